import { mock } from "./storyMocks";

const auth = {
  authenticationSelections: [
    { authExecId: "otp", displayName: "otp-display-name", helpText: "otp-help-text" },
    { authExecId: "webauthn", displayName: "webauthn-display-name", helpText: "webauthn-help-text" },
    {
      authExecId: "recovery",
      displayName: "auth-recovery-authn-code-form-display-name",
      helpText: "auth-recovery-authn-code-form-help-text",
    },
  ],
};

export const stories = {
  default: mock("select-authenticator.ftl", { auth }),
  english: mock("select-authenticator.ftl", { auth }, "en"),
};
