import { fieldErrors, mock, profileAttributes } from "./storyMocks";

const profile = { attributesByName: profileAttributes };

export const stories = {
  activation: mock("login-update-profile.ftl", { profile }),
  invalidEmail: mock("login-update-profile.ftl", {
    profile,
    messagesPerField: fieldErrors({ email: "${invalidEmailMessage}" }),
  }),
};
