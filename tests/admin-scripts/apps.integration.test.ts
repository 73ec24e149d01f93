import { copyFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { IntegrationKit, LiveApp } from "../../admin-scripts/src/apps/kit";
import { runCli } from "../../admin-scripts/src/cli";
import type { Connection } from "../../admin-scripts/src/keycloak/connection";
import { apply } from "../../admin-scripts/src/reconcile/apply";
import { testStack } from "../support/keycloak";
import { adminConnection, loadConfig, realmConfigCopy, uniqueRealm } from "../support/realm-config";
import { saying } from "../support/cli-messages";

/** `apps list` and `apps config` against a realm made from realm-config/ plus the server-app example. */
describe("the apps commands", () => {
  const realm = uniqueRealm("apps");
  let directory: string;
  let connection: Connection;

  beforeAll(async () => {
    const { keycloakUrl, admin } = testStack();
    directory = await realmConfigCopy(realm);
    await copyFile(
      path.join(directory, "clients", "exemple-serveur.yaml.example"),
      path.join(directory, "clients", "exemple-serveur.yaml"),
    );
    connection = adminConnection(keycloakUrl, realm, admin);
    expect((await apply(connection, await loadConfig(directory))).failed).toBeUndefined();
    vi.stubEnv("KEYCLOAK_URL", keycloakUrl);
    vi.stubEnv("KEYCLOAK_ADMIN", admin.username);
    vi.stubEnv("KEYCLOAK_ADMIN_PASSWORD", admin.password);
    vi.stubEnv("KEYCLOAK_CLIENT_ID", "");
    vi.stubEnv("KEYCLOAK_REALM", "");
  });

  afterAll(async () => {
    vi.unstubAllEnvs();
    await connection.api.realms.del({ realm });
  });

  /** Runs the CLI in-process; what it printed on standard output and on standard error. */
  async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
    const out = vi.spyOn(console, "log").mockImplementation(() => {});
    const err = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      const code = await runCli(["--config", directory, ...argv]);
      const text = (spy: typeof out) => spy.mock.calls.map((call) => call.map(String).join(" ")).join("\n");
      return { code, out: text(out), err: text(err) };
    } finally {
      out.mockRestore();
      err.mockRestore();
    }
  }

  it("lists the realm's clients, Keycloak's own left out", async () => {
    const { code, out } = await run("apps", "list", "--json");
    expect(code).toBe(0);
    const apps = JSON.parse(out) as LiveApp[];
    expect(apps.map((app) => [app.clientId, app.type])).toEqual([
      ["basa", "public"],
      ["basics", "public"],
      ["dexco", "public"],
      ["dpecotheque", "public"],
      ["eabsence", "public"],
      ["exemple-serveur", "confidential"],
      ["siec-admin-cli", "service-account"],
    ]);
  });

  it("gives a single-page app its keycloak-js configuration and the realm's live endpoints", async () => {
    const { keycloakUrl } = testStack();
    const { code, out } = await run("apps", "config", "dpecotheque", "--json");
    expect(code).toBe(0);
    const kit = JSON.parse(out) as IntegrationKit;
    const discovery = (await (
      await fetch(`${keycloakUrl}/realms/${realm}/.well-known/openid-configuration`)
    ).json()) as Record<string, string>;
    expect(kit.keycloakJs).toEqual({
      config: { url: keycloakUrl, realm, clientId: "dpecotheque" },
      initOptions: {
        onLoad: "check-sso",
        pkceMethod: "S256",
        silentCheckSsoRedirectUri: "http://localhost:5173/silent-check-sso.html",
      },
    });
    expect(kit.oidc).toEqual({
      issuer: discovery.issuer,
      authorization_endpoint: discovery.authorization_endpoint,
      token_endpoint: discovery.token_endpoint,
      userinfo_endpoint: discovery.userinfo_endpoint,
      end_session_endpoint: discovery.end_session_endpoint,
      jwks_uri: discovery.jwks_uri,
      client_id: "dpecotheque",
      token_endpoint_auth_method: "none",
      code_challenge_method: "S256",
    });
    expect(kit.redirectUris.sort()).toEqual(["http://localhost:5173/", "http://localhost:5173/silent-check-sso.html"]);
    expect(kit.postLogoutRedirectUris).toEqual(["http://localhost:5173/"]);
    expect(kit.defaultClientScopes).toContain("etablissement");
    expect(kit.roles).toEqual(["utilisateur"]);
    expect(kit.warnings).toEqual([]);

    const text = await run("apps", "config", "dpecotheque");
    expect(text.out).toContain(`    "silentCheckSsoRedirectUri": "http://localhost:5173/silent-check-sso.html"`);
    expect(text.out).toContain(`end_session_endpoint        ${discovery.end_session_endpoint}`);
  });

  it("tells a server app where its secret comes from, and never prints the secret", async () => {
    const [client] = await connection.api.clients.find({ realm, clientId: "exemple-serveur" });
    const { value: secret } = await connection.api.clients.getClientSecret({ realm, id: client!.id! });
    expect(secret).toBeTruthy();
    for (const argv of [
      ["apps", "config", "exemple-serveur"],
      ["apps", "config", "exemple-serveur", "--json"],
    ]) {
      const { code, out } = await run(...argv);
      expect(code).toBe(0);
      expect(out).not.toContain(secret!);
      expect(out).toContain("OIDC_CLIENT_SECRET");
      expect(out).not.toContain("keycloakJs");
    }
    expect((await run("apps", "config", "exemple-serveur")).out).toContain(
      "OIDC_REDIRECT_URI=http://localhost:3000/auth/callback",
    );
  });

  it("names the existing clients when the one asked for does not exist", async () => {
    const { code, out, err } = await run("apps", "config", "dpecoteque");
    expect(code).toBe(1);
    expect(out).toBe("");
    expect(err).toBe(
      saying("apps.unknownClient", {
        clientId: "dpecoteque",
        realm,
        existing: "basa, basics, dexco, dpecotheque, eabsence, exemple-serveur, siec-admin-cli",
      }),
    );
    expect((await run("apps", "config", "siec-admin-cli")).err).toBe(
      saying("apps.serviceAccount", { clientId: "siec-admin-cli" }),
    );
  });
});
