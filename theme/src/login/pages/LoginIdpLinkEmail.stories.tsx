import { mock } from "./storyMocks";

// ProConnect found the account of that address; Keycloak e-mails it a link to prove it is the person's.
const link = {
  idpAlias: "Proconnect",
  idpDisplayName: "ProConnect",
  brokerContext: { username: "marie.dupont@ac-creteil.fr" },
  // The account's password is the other way (realm-config/flows.yaml): "Essayer une autre méthode".
  auth: { showTryAnotherWayLink: true },
};

export const stories = {
  default: mock("login-idp-link-email.ftl", link),
  english: mock("login-idp-link-email.ftl", link, "en"),
};
