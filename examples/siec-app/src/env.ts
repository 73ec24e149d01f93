/** Where the portal is and which SIEC app this instance plays, from VITE_* variables. */
export const portal = {
  url: import.meta.env.VITE_KEYCLOAK_URL ?? "http://localhost:8080",
  realm: import.meta.env.VITE_KEYCLOAK_REALM ?? "siec",
  clientId: import.meta.env.VITE_KEYCLOAK_CLIENT_ID ?? "dpecotheque",
};
