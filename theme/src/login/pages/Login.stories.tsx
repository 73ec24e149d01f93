import { EXTENSION_FORM_FIELDS } from "@siec/contract";
import { fieldErrors, mock, webAuthnChallenge } from "./storyMocks";

export const stories = {
  default: mock("login.ftl"),
  wrongCredentials: mock("login.ftl", {
    login: { username: "camille.martin@example.org" },
    messagesPerField: fieldErrors({ username: "${invalidUserMessage}" }),
  }),
  // "Je ne suis pas un robot" refused by the server (a replayed or expired answer).
  robotCheckFailed: mock("login.ftl", {
    login: { username: "camille.martin@example.org" },
    messagesPerField: fieldErrors({ [EXTENSION_FORM_FIELDS.robotCheck]: "${robotCheckFailedMessage}" }),
  }),
  lockedAccount: mock("login.ftl", { message: { type: "error", summary: "${accountTemporarilyDisabledMessage}" } }),
  disabledAccount: mock("login.ftl", { message: { type: "error", summary: "${accountDisabledMessage}" } }),
  emailSent: mock("login.ftl", { message: { type: "success", summary: "${emailSentMessage}" } }),
  // An e-mailed link opened after it expired, in the browser that asked for it.
  expiredLink: mock("login.ftl", {
    message: { type: "error", summary: "${expiredActionTokenSessionExistsMessage}" },
  }),
  // The realm enables passkeys: "Se connecter avec une clé d'accès" below the password form.
  passkeys: mock("login.ftl", { ...webAuthnChallenge, enableWebAuthnConditionalUI: true, isUserIdentified: "false" }),
  withoutClient: mock("login.ftl", { client: { clientId: "", name: "", description: "", attributes: {} } }),
  english: mock("login.ftl", {}, "en"),
};
