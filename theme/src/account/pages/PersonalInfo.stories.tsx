import { marie, story } from "./storyMocks";

export const stories = {
  default: story("", {}),
  noSchool: story("", { profile: { ...marie, attributes: {} } }),
  emailByOperators: story("", {}, "fr", { updateEmailActionEnabled: false }),
  loading: story("", { pending: true }),
  serverDown: story("", { failing: true }),
  english: story("", {}, "en"),
  fromAnApp: story("", {}, "fr", { referrerName: "DEXCO", referrer_uri: "https://dexco.siec.education.fr/" }),
};
