import { mock } from "./storyMocks";

const oauth = {
  code: "5-1N4CIzfi1aprIQjmylI-9e3spLCWW9i5d-GDcs-Sw",
  client: "dexco",
  clientScopesRequested: [
    { consentScreenText: "${profileScopeConsentText}" },
    { consentScreenText: "${emailScopeConsentText}" },
    { consentScreenText: "Vos dossiers", dynamicScopeParameter: "session 2026" },
  ],
};

export const stories = {
  default: mock("login-oauth-grant.ftl", { oauth }),
  english: mock("login-oauth-grant.ftl", { oauth }, "en"),
};
