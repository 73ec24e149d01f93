import { mock } from "./storyMocks";

export const stories = {
  default: mock("login-idp-link-confirm-override.ftl", { idpDisplayName: "Éducation nationale" }),
  english: mock("login-idp-link-confirm-override.ftl", { idpDisplayName: "Éducation nationale" }, "en"),
};
