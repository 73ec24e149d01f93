import { fieldErrors, mock, webAuthnChallenge } from "./storyMocks";

const auth = { attemptedUsername: "camille.martin@example.org" };

export const stories = {
  default: mock("login-password.ftl", { auth }),
  wrongPassword: mock("login-password.ftl", {
    auth,
    messagesPerField: fieldErrors({ password: "${invalidUserMessage}" }),
  }),
  withPasskeys: mock("login-password.ftl", {
    auth,
    ...webAuthnChallenge,
    isUserIdentified: "true",
    enableWebAuthnConditionalUI: true,
  }),
  english: mock("login-password.ftl", { auth }, "en"),
};
