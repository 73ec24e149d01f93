import { fieldErrors, mock, webAuthnChallenge } from "./storyMocks";

export const stories = {
  default: mock("login-passkeys-conditional-authenticate.ftl", { ...webAuthnChallenge, isUserIdentified: "false" }),
  unknownUser: mock("login-passkeys-conditional-authenticate.ftl", {
    ...webAuthnChallenge,
    isUserIdentified: "false",
    login: { username: "camille.martin@example.org" },
    messagesPerField: fieldErrors({ username: "${invalidUserMessage}" }),
  }),
  english: mock(
    "login-passkeys-conditional-authenticate.ftl",
    { ...webAuthnChallenge, isUserIdentified: "false" },
    "en",
  ),
};
