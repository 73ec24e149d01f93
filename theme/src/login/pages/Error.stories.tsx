import { mock } from "./storyMocks";

export const stories = {
  generic: mock("error.ftl", {
    message: { type: "error", summary: "${invalidCodeMessage}" },
    client: { baseUrl: "https://dexco.siec.education.fr/" },
  }),
  // After ProConnect, no account has the address (Keycloak's federatedIdentityUnavailableMessage, formatted).
  unknownAddress: mock("error.ftl", {
    message: { type: "error", summary: "Aucun compte du portail n’a l’adresse marie.dupont@ac-creteil.fr." },
  }),
  unknownAddressEnglish: mock(
    "error.ftl",
    { message: { type: "error", summary: "No account of the portal has the address marie.dupont@ac-creteil.fr." } },
    "en",
  ),
  expiredLink: mock("error.ftl", { message: { type: "error", summary: "${expiredActionTokenNoSessionMessage}" } }),
};
