import { mock } from "./storyMocks";

export const stories = {
  default: mock("link-idp-action.ftl", { idpDisplayName: "Éducation nationale" }),
  english: mock("link-idp-action.ftl", { idpDisplayName: "Éducation nationale" }, "en"),
};
