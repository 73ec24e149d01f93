import { mock } from "./storyMocks";

const registration = {
  challenge: "dGhlLXNpZWMtcG9ydGFsLWNoYWxsZW5nZQ",
  userid: "Y2FtaWxsZS1tYXJ0aW4",
  username: "camille.martin@example.org",
  signatureAlgorithms: ["-7", "-257"],
  rpEntityName: "siec",
  rpId: "connexion.siec.education.fr",
  excludeCredentialIds: "",
};

export const stories = {
  default: mock("webauthn-register.ftl", registration),
  askedByTheApp: mock("webauthn-register.ftl", { ...registration, isAppInitiatedAction: true }),
  english: mock("webauthn-register.ftl", registration, "en"),
  passkey: mock("webauthn-register.ftl", { ...registration, requireResidentKey: "Yes" }),
  passkeyEnglish: mock("webauthn-register.ftl", { ...registration, requireResidentKey: "Yes" }, "en"),
};
