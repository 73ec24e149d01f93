import { mock, profileAttributes, siecLivePasswordPolicies } from "./storyMocks";

const register = {
  profile: { attributesByName: profileAttributes },
  passwordRequired: true,
  passwordPolicies: siecLivePasswordPolicies,
};

export const stories = {
  default: mock("register.ftl", register),
  withTerms: mock("register.ftl", { ...register, termsAcceptanceRequired: true }),
  english: mock("register.ftl", register, "en"),
};
