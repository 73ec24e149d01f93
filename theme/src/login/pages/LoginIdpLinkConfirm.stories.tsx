import { mock } from "./storyMocks";

export const stories = {
  default: mock("login-idp-link-confirm.ftl", { idpAlias: "education-nationale" }),
  english: mock("login-idp-link-confirm.ftl", { idpAlias: "education-nationale" }, "en"),
};
