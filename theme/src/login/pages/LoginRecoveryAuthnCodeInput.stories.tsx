import { fieldErrors, mock } from "./storyMocks";

const recoveryAuthnCodesInputBean = { codeNumber: 3 };

export const stories = {
  default: mock("login-recovery-authn-code-input.ftl", { recoveryAuthnCodesInputBean }),
  wrongCode: mock("login-recovery-authn-code-input.ftl", {
    recoveryAuthnCodesInputBean,
    messagesPerField: fieldErrors({ recoveryCodeInput: "${recovery-codes-error-invalid}" }),
  }),
  english: mock("login-recovery-authn-code-input.ftl", { recoveryAuthnCodesInputBean }, "en"),
};
