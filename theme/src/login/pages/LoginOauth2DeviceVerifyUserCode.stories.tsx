import { mock } from "./storyMocks";

export const stories = {
  default: mock("login-oauth2-device-verify-user-code.ftl"),
  wrongCode: mock("login-oauth2-device-verify-user-code.ftl", {
    message: { type: "error", summary: "${oauth2DeviceInvalidUserCodeMessage}" },
  }),
  english: mock("login-oauth2-device-verify-user-code.ftl", {}, "en"),
};
