import { describe, expect, it } from "vitest";
import {
  integrationKit,
  NotAnApp,
  serverUrlOf,
  unknownClientMessage,
  type Discovery,
  type LiveApp,
} from "../../../admin-scripts/src/apps/kit";
import { renderAppList, renderKit, spokenKit } from "../../../admin-scripts/src/commands/apps-text";
import { useLanguage } from "../../../admin-scripts/src/messages";
import { saying, TEST_LANGUAGE, words } from "../../support/cli-messages";

// The kit as `apps config` words it: in the language runCli would choose.
useLanguage(TEST_LANGUAGE);

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
  const kit = spokenKit(integrationKit(dpecotheque, "siec", discovery));

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
    expect(text).toContain(`DPECothèque (dpecotheque): ${saying("apps.type.public")}`);
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
      new RegExp(
        `${saying("apps.kit.redirectUris")} +https://dpecotheque\\.example/\n +https://dpecotheque\\.example/silent-check-sso\\.html`,
      ),
    );
    expect(text).toMatch(new RegExp(`${saying("apps.kit.defaultClientScopes")} +basic, etablissement, profile`));
    expect(text).toMatch(new RegExp(`${saying("apps.kit.clientRoles")} +utilisateur`));
    expect(text).not.toContain(saying("apps.kit.warnings"));
  });

  it("warns about what would break a single-page app", () => {
    const broken = spokenKit(
      integrationKit(
        { ...dpecotheque, redirectUris: ["https://dpecotheque.example/"], webOrigins: [], postLogoutRedirectUris: [] },
        "siec",
        discovery,
      ),
    );
    expect(broken.warnings).toEqual([
      saying("apps.warning.noPostLogoutUri"),
      saying("apps.warning.noSilentCheckSso", { uri: "https://dpecotheque.example/silent-check-sso.html" }),
      saying("apps.warning.noWebOrigin", { origin: "https://dpecotheque.example" }),
    ]);
    expect(renderKit(broken)).toContain(
      `${saying("apps.kit.warnings")}\n  ! ${saying("apps.warning.noPostLogoutUri")}`,
    );
  });
});

describe("the integration kit of a confidential client", () => {
  const kit = spokenKit(integrationKit(server, "siec", discovery));

  it("has no keycloak-js part and never a secret, only where it comes from", () => {
    expect(kit.keycloakJs).toBeUndefined();
    expect(kit.oidc.token_endpoint_auth_method).toBe("client_secret_basic");
    expect(kit.oidc.client_secret).toBe(
      saying("apps.secretNotPrinted", { variable: "OIDC_CLIENT_SECRET", clientId: "exemple-serveur" }),
    );
    expect(kit.environment).toEqual({
      OIDC_ISSUER: "https://sso.siec.example/realms/siec",
      OIDC_CLIENT_ID: "exemple-serveur",
      OIDC_CLIENT_SECRET: saying("apps.secretPlaceholder", { clientId: "exemple-serveur" }),
      OIDC_REDIRECT_URI: "https://serveur.example/auth/callback",
      OIDC_POST_LOGOUT_REDIRECT_URI: "https://serveur.example/",
    });
    const text = renderKit(kit);
    expect(text).toContain(`exemple-serveur): ${saying("apps.type.confidential")}`);
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
    expect(words(unknownClientMessage("dpecoteque", "siec", ["basa", "dpecotheque"]))).toBe(
      saying("apps.unknownClient", { clientId: "dpecoteque", realm: "siec", existing: "basa, dpecotheque" }),
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
        saying("apps.list.count", { count: 2, realm: "siec" }),
        "  dpecotheque      public        https://dpecotheque.example  DPECothèque",
        `  exemple-serveur  confidential  https://dpecotheque.example  ${saying("apps.list.disabled", { name: "Exemple d'application serveur" })}`,
      ].join("\n"),
    );
  });
});
