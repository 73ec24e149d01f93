import { fieldErrors, mock, profileAttributes } from "./storyMocks";

const profile = {
  attributesByName: { email: { ...profileAttributes.email, value: "camille.martin@example.org" } },
};

export const stories = {
  askedByTheApp: mock("update-email.ftl", { profile, isAppInitiatedAction: true }),
  emailTaken: mock("update-email.ftl", {
    profile,
    isAppInitiatedAction: true,
    messagesPerField: fieldErrors({ email: "${emailExistsMessage}" }),
  }),
  english: mock("update-email.ftl", { profile, isAppInitiatedAction: true }, "en"),
};
