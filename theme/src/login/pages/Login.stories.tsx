import { EXTENSION_FORM_FIELDS } from "@siec/contract";
import { fieldErrors, mock, webAuthnChallenge, withProConnect } from "./storyMocks";

const linkingAccount = { registrationDisabled: true, login: { username: "marie.dupont@ac-creteil.fr" } };

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
  // The realm declares ProConnect: its button above the form.
  proConnect: mock("login.ftl", withProConnect),
  proConnectEnglish: mock("login.ftl", withProConnect, "en"),
  // After ProConnect, an account has the address: its password links the two (Keycloak's first-broker-login).
  linkAccount: mock("login.ftl", {
    ...linkingAccount,
    message: { type: "info", summary: "Pour lier votre compte à ProConnect, saisissez son mot de passe." },
  }),
  linkAccountWrongPassword: mock("login.ftl", {
    ...linkingAccount,
    messagesPerField: fieldErrors({ username: "${invalidUserMessage}" }),
  }),
  linkAccountEnglish: mock(
    "login.ftl",
    {
      ...linkingAccount,
      message: { type: "info", summary: "To link your account to ProConnect, enter its password." },
    },
    "en",
  ),
};
