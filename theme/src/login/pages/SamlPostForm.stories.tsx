import { mock } from "./storyMocks";

// "#" is not an http(s) address: the preview shows the page without posting it.
export const stories = {
  default: mock("saml-post-form.ftl", { samlPost: { url: "#", SAMLResponse: "PHNhbWxwOlJlc3BvbnNlLz4=" } }),
  english: mock("saml-post-form.ftl", { samlPost: { url: "#", SAMLResponse: "PHNhbWxwOlJlc3BvbnNlLz4=" } }, "en"),
};
