import { mock } from "./storyMocks";

const codes = ["K7QM2XRB9TZP", "W4HN8DVC3LJS", "P9TB6QKM2RXF", "C3VZ7HWN5GDL", "M8RJ4TPB6KQX"];
const recoveryAuthnCodesConfigBean = {
  generatedRecoveryAuthnCodesList: codes,
  generatedRecoveryAuthnCodesAsString: codes.join(","),
  generatedAt: 1767225600000,
};

export const stories = {
  default: mock("login-recovery-authn-code-config.ftl", { recoveryAuthnCodesConfigBean }),
  askedByTheApp: mock("login-recovery-authn-code-config.ftl", {
    recoveryAuthnCodesConfigBean,
    isAppInitiatedAction: true,
  }),
  english: mock("login-recovery-authn-code-config.ftl", { recoveryAuthnCodesConfigBean }, "en"),
};
