/** Which SIEC app this instance plays, and where its portal is: from VITE_* variables. */
import type { AppDescription } from "./app-description";

/** Every app of realm-config/clients/, put in by vite.config.ts at build time. */
declare const __SIEC_APPS__: Record<string, AppDescription>;

export const portal = {
  url: (import.meta.env.VITE_KEYCLOAK_URL ?? "http://localhost:8080").replace(/\/+$/, ""),
  realm: import.meta.env.VITE_KEYCLOAK_REALM ?? "siec",
  clientId: import.meta.env.VITE_KEYCLOAK_CLIENT_ID ?? "dpecotheque",
};

export const app: AppDescription = __SIEC_APPS__[portal.clientId] ?? {
  clientId: portal.clientId,
  name: portal.clientId,
  description: "",
  helpGuidePath: "/guide-connexion.pdf",
  legalNoticePath: "/mentions-legales",
};
