import { mock } from "./storyMocks";

export const stories = {
  askedByTheApp: mock("delete-account-confirm.ftl", { triggered_from_aia: true }),
  english: mock("delete-account-confirm.ftl", { triggered_from_aia: true }, "en"),
};
