import { mock } from "./storyMocks";

export const stories = {
  default: mock("login-verify-email.ftl", { user: { email: "camille.martin@example.org" } }),
};
