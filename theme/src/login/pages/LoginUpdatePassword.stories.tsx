import { fieldErrors, mock, siecLivePasswordPolicies } from "./storyMocks";

const withPolicy = {
  passwordPolicies: siecLivePasswordPolicies,
  auth: { attemptedUsername: "camille.martin@example.org" },
};

export const stories = {
  default: mock("login-update-password.ftl", withPolicy),
  rejectedByServer: mock("login-update-password.ftl", {
    ...withPolicy,
    messagesPerField: fieldErrors({ password: "${invalidPasswordNotEmailMessage}" }),
  }),
  mismatchFromServer: mock("login-update-password.ftl", {
    ...withPolicy,
    messagesPerField: fieldErrors({ "password-confirm": "${notMatchPasswordMessage}" }),
  }),
  shortPolicy: mock("login-update-password.ftl", { passwordPolicies: { length: 8, digits: 2 } }),
  english: mock("login-update-password.ftl", withPolicy, "en"),
};
