import { fieldErrors, mock, webAuthnChallenge, withProConnect } from "./storyMocks";

export const stories = {
  default: mock("login-username.ftl"),
  unknownUser: mock("login-username.ftl", {
    login: { username: "camille.martin@example.org" },
    messagesPerField: fieldErrors({ username: "${invalidUserMessage}" }),
  }),
  withPasskeys: mock("login-username.ftl", {
    ...webAuthnChallenge,
    isUserIdentified: "false",
    enableWebAuthnConditionalUI: true,
  }),
  english: mock("login-username.ftl", {}, "en"),
  proConnect: mock("login-username.ftl", withProConnect),
};
