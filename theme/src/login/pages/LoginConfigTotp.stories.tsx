import { fieldErrors, mock } from "./storyMocks";

export const stories = {
  scan: mock("login-config-totp.ftl"),
  typeTheKey: mock("login-config-totp.ftl", { mode: "manual" }),
  wrongCode: mock("login-config-totp.ftl", { messagesPerField: fieldErrors({ totp: "${invalidTotpMessage}" }) }),
  askedByTheApp: mock("login-config-totp.ftl", { isAppInitiatedAction: true }),
  english: mock("login-config-totp.ftl", {}, "en"),
};
