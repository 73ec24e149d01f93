import { mock } from "./storyMocks";

const link = { idpAlias: "Proconnect", idpDisplayName: "ProConnect" };

export const stories = {
  default: mock("login-idp-link-confirm.ftl", link),
  english: mock("login-idp-link-confirm.ftl", link, "en"),
};
