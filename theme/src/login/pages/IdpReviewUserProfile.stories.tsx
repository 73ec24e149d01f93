import { fieldErrors, mock, profileAttributes } from "./storyMocks";

const profile = { attributesByName: profileAttributes };

export const stories = {
  default: mock("idp-review-user-profile.ftl", { profile }),
  invalidEmail: mock("idp-review-user-profile.ftl", {
    profile,
    messagesPerField: fieldErrors({ email: "${invalidEmailMessage}" }),
  }),
};
