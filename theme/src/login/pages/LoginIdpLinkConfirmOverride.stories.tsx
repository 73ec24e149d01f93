import { mock } from "./storyMocks";

export const stories = {
  default: mock("login-idp-link-confirm-override.ftl", { idpDisplayName: "ProConnect" }),
  english: mock("login-idp-link-confirm-override.ftl", { idpDisplayName: "ProConnect" }, "en"),
};
