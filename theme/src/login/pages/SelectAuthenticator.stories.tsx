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

// The two proofs that the account is the person's, to link ProConnect to it.
const proConnectProof = {
  authenticationSelections: ["idp-email-verification", "idp-username-password-form"].map((authenticator) => ({
    authExecId: authenticator,
    displayName: `${authenticator}-display-name`,
    helpText: `${authenticator}-help-text`,
  })),
};

export const stories = {
  default: mock("select-authenticator.ftl", { auth }),
  proconnect: mock("select-authenticator.ftl", { auth: proConnectProof }),
  english: mock("select-authenticator.ftl", { auth }, "en"),
};
