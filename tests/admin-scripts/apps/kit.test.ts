import { describe, expect, it } from "vitest";
import {
  integrationKit,
  NotAnApp,
  renderAppList,
  renderKit,
  serverUrlOf,
  unknownClientMessage,
  type Discovery,
  type LiveApp,
} from "../../../admin-scripts/src/apps/kit";

const discovery: Discovery = {
  issuer: "https://sso.siec.example/realms/siec",
  authorization_endpoint: "https://sso.siec.example/realms/siec/protocol/openid-connect/auth",
  token_endpoint: "https://sso.siec.example/realms/siec/protocol/openid-connect/token",
  userinfo_endpoint: "https://sso.siec.example/realms/siec/protocol/openid-connect/userinfo",
  end_session_endpoint: "https://sso.siec.example/realms/siec/protocol/openid-connect/logout",
  jwks_uri: "https://sso.siec.example/realms/siec/protocol/openid-connect/certs",
};

const dpecotheque: LiveApp = {
  clientId: "dpecotheque",
  name: "DPECothèque",
  description: "Plateforme de dématérialisation",
  type: "public",
  enabled: true,
  rootUrl: "https://dpecotheque.example",
  redirectUris: ["https://dpecotheque.example/", "https://dpecotheque.example/silent-check-sso.html"],
  postLogoutRedirectUris: ["https://dpecotheque.example/"],
  webOrigins: ["https://dpecotheque.example"],
  pkce: "S256",
  defaultClientScopes: ["basic", "etablissement", "profile"],
  roles: ["utilisateur"],
};

const server: LiveApp = {
  ...dpecotheque,
  clientId: "exemple-serveur",
  name: "Exemple d'application serveur",
  type: "confidential",
  redirectUris: ["https://serveur.example/auth/callback"],
  postLogoutRedirectUris: ["https://serveur.example/"],
  webOrigins: [],
};

describe("the integration kit of a public client", () => {
  const kit = integrationKit(dpecotheque, "siec", discovery);

  it("gives keycloak-js its configuration and the recommended init options", () => {
    expect(kit.keycloakJs).toEqual({
      config: { url: "https://sso.siec.example", realm: "siec", clientId: "dpecotheque" },
      initOptions: {
        onLoad: "check-sso",
        pkceMethod: "S256",
        silentCheckSsoRedirectUri: "https://dpecotheque.example/silent-check-sso.html",
      },
    });
    expect(kit.oidc).toMatchObject({ ...discovery, client_id: "dpecotheque", token_endpoint_auth_method: "none" });
    expect(kit.oidc.client_secret).toBeUndefined();
    expect(kit.environment).toBeUndefined();
    expect(kit.warnings).toEqual([]);
  });

  it("prints copyable code, the endpoints and the client's URIs", () => {
    const text = renderKit(kit);
    expect(text).toContain("DPECothèque (dpecotheque): public client");
    expect(text).toContain(
      [
        "  const keycloak = new Keycloak({",
        '    "url": "https://sso.siec.example",',
        '    "realm": "siec",',
        '    "clientId": "dpecotheque"',
        "  });",
      ].join("\n"),
    );
    expect(text).toContain('"silentCheckSsoRedirectUri": "https://dpecotheque.example/silent-check-sso.html"');
    expect(text).toMatch(
      /end_session_endpoint +https:\/\/sso\.siec\.example\/realms\/siec\/protocol\/openid-connect\/logout/,
    );
    expect(text).toMatch(
      /redirect URIs +https:\/\/dpecotheque\.example\/\n +https:\/\/dpecotheque\.example\/silent-check-sso\.html/,
    );
    expect(text).toMatch(/default client scopes +basic, etablissement, profile/);
    expect(text).toMatch(/client roles +utilisateur/);
    expect(text).not.toContain("Warnings");
  });

  it("warns about what would break a single-page app", () => {
    const broken = integrationKit(
      { ...dpecotheque, redirectUris: ["https://dpecotheque.example/"], webOrigins: [], postLogoutRedirectUris: [] },
      "siec",
      discovery,
    );
    expect(broken.warnings).toEqual([
      "No post-logout redirect URI: after sign-out, people stay on the portal's page.",
      "https://dpecotheque.example/silent-check-sso.html is not a redirect URI: add it to redirectUris, or check-sso cannot run silently.",
      "No web origin: the browser cannot call the token endpoint from https://dpecotheque.example (CORS); add it to webOrigins.",
    ]);
    expect(renderKit(broken)).toContain("Warnings\n  ! No post-logout redirect URI");
  });
});

describe("the integration kit of a confidential client", () => {
  const kit = integrationKit(server, "siec", discovery);

  it("has no keycloak-js part and never a secret, only where it comes from", () => {
    expect(kit.keycloakJs).toBeUndefined();
    expect(kit.oidc.token_endpoint_auth_method).toBe("client_secret_basic");
    expect(kit.oidc.client_secret).toMatch(/^not printed: set OIDC_CLIENT_SECRET/);
    expect(kit.environment).toEqual({
      OIDC_ISSUER: "https://sso.siec.example/realms/siec",
      OIDC_CLIENT_ID: "exemple-serveur",
      OIDC_CLIENT_SECRET: "<secret: Clients > exemple-serveur > Credentials; never in git>",
      OIDC_REDIRECT_URI: "https://serveur.example/auth/callback",
      OIDC_POST_LOGOUT_REDIRECT_URI: "https://serveur.example/",
    });
    const text = renderKit(kit);
    expect(text).toContain("exemple-serveur): confidential client");
    expect(text).toContain("  OIDC_REDIRECT_URI=https://serveur.example/auth/callback");
    expect(text).not.toContain("keycloak-js");
  });
});

describe("what is not an app", () => {
  it("refuses a service account", () => {
    expect(() =>
      integrationKit({ ...server, clientId: "siec-admin-cli", type: "service-account" }, "siec", discovery),
    ).toThrow(NotAnApp);
  });

  it("names the clients the realm has when one is unknown", () => {
    expect(unknownClientMessage("dpecoteque", "siec", ["basa", "dpecotheque"])).toBe(
      "No client dpecoteque in realm siec. Its clients: basa, dpecotheque.",
    );
  });
});

describe("helpers", () => {
  it("takes the server URL browsers use from the issuer", () => {
    expect(serverUrlOf("https://sso.example/auth/realms/siec", "siec")).toBe("https://sso.example/auth");
    expect(serverUrlOf("http://localhost:8080/realms/siec", "siec")).toBe("http://localhost:8080");
  });

  it("lists apps one a line", () => {
    expect(renderAppList([dpecotheque, { ...server, enabled: false }], "siec")).toBe(
      [
        "2 client(s) in realm siec:",
        "  dpecotheque      public        https://dpecotheque.example  DPECothèque",
        "  exemple-serveur  confidential  https://dpecotheque.example  Exemple d'application serveur (disabled)",
      ].join("\n"),
    );
  });
});
