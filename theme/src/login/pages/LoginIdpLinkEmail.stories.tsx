import { mock } from "./storyMocks";

const link = { idpAlias: "Éducation nationale", brokerContext: { username: "camille.martin@example.org" } };

export const stories = {
  default: mock("login-idp-link-email.ftl", link),
  english: mock("login-idp-link-email.ftl", link, "en"),
};
