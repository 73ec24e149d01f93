import { fieldErrors, mock, siecLivePasswordPolicies } from "./storyMocks";

const withPolicy = {
  passwordPolicies: siecLivePasswordPolicies,
  auth: { attemptedUsername: "camille.martin@example.org" },
};

export const stories = {
  default: mock("login-update-password.ftl", withPolicy),
  // Keycloak sends a policy refusal as the page's error; the page shows it under the field.
  rejectedByServer: mock("login-update-password.ftl", {
    ...withPolicy,
    message: { type: "error", summary: "${invalidPasswordNotEmailMessage}" },
  }),
  rejectedSpecialCharacter: mock("login-update-password.ftl", {
    ...withPolicy,
    message: { type: "error", summary: "${invalidPasswordRegexPatternMessage}" },
  }),
  mismatchFromServer: mock("login-update-password.ftl", {
    ...withPolicy,
    messagesPerField: fieldErrors({ "password-confirm": "${notMatchPasswordMessage}" }),
  }),
  shortPolicy: mock("login-update-password.ftl", { passwordPolicies: { length: 8, digits: 2 } }),
  english: mock("login-update-password.ftl", withPolicy, "en"),
};
