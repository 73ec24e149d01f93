/**
 * Secrets (issue 7): whatever the CLI prints (plans, JSON plans, apply's progress, exports, apps'
 * kits, import summaries, errors) never holds a secret it was given or created, and what it writes
 * to files holds them only where it must (the temporary passwords, for their owner only).
 */
import { randomBytes } from "node:crypto";
import { readFile, readdir, rename, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Connection } from "@siec/admin-scripts";
import { accountsFile, generatedAccounts } from "../../testing/accounts-files";
import { said, saying } from "../support/cli-messages";
import { startCli } from "../support/cli-process";
import { testStack } from "../support/keycloak";
import { adminConnection, realmConfigCopy, uniqueRealm } from "../support/realm-config";

describe("secrets in what the CLI prints and writes", () => {
  const realm = uniqueRealm("secrets");
  const smtpPassword = `smtp-${randomBytes(9).toString("base64url")}`;
  let directory: string;
  let connection: Connection;
  let environment: NodeJS.ProcessEnv;
  /** Every secret of the run, found as they appear: none may be printed. */
  const secrets = new Map<string, string>();
  /** Everything every run printed. */
  let printed = "";

  async function cli(...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
    const run = await startCli(["--config", directory, ...args], environment).exited;
    printed += `${run.stdout}\n${run.stderr}\n`;
    return run;
  }

  beforeAll(async () => {
    const { keycloakUrl, admin } = testStack();
    directory = await realmConfigCopy(realm);
    // A mail server with a password, and the confidential example client (both off by default).
    const smtpFile = path.join(directory, "smtp.yaml");
    await writeFile(smtpFile, (await readFile(smtpFile, "utf8")).replace(/^# ( {2}|authentication)/gm, "$1"));
    const clients = path.join(directory, "clients");
    await rename(path.join(clients, "exemple-serveur.yaml.example"), path.join(clients, "exemple-serveur.yaml"));
    connection = adminConnection(keycloakUrl, realm, admin);
    environment = {
      ...process.env,
      KEYCLOAK_URL: keycloakUrl,
      KEYCLOAK_ADMIN: admin.username,
      KEYCLOAK_ADMIN_PASSWORD: admin.password,
      SMTP_USER: "portail",
      SMTP_PASSWORD: smtpPassword,
    };
    secrets.set("the admin password", admin.password);
    secrets.set("the SMTP password", smtpPassword);
  });

  afterAll(async () => {
    await connection.api.realms.del({ realm });
  });

  it("plan, apply and export mask the SMTP password", async () => {
    expect((await cli("validate")).code).toBe(0);
    const planned = await cli("plan");
    expect(planned.code).toBe(2);
    expect(planned.stdout).toMatch(/password: \(secret\)/);
    const json = JSON.parse((await cli("plan", "--json")).stdout) as unknown;
    expect(JSON.stringify(json)).toContain('"secret":true');
    expect((await cli("apply", "--yes")).code).toBe(0);
    expect((await connection.api.realms.findOne({ realm }))!.smtpServer).toMatchObject({ auth: "true" });

    environment.SMTP_PASSWORD = `${smtpPassword}-new`;
    secrets.set("the new SMTP password", environment.SMTP_PASSWORD);
    expect((await cli("apply", "--yes")).code).toBe(0);

    const out = path.join(directory, "..", `${realm}-export`);
    expect((await cli("export", "--out", out)).code).toBe(0);
    const exported = await Promise.all(
      (await readdir(out, { recursive: true })).map(async (file) => {
        const full = path.join(out, file);
        return (await stat(full)).isFile() ? readFile(full, "utf8") : "";
      }),
    );
    expect(exported.join("\n")).toContain("password: ${SMTP_PASSWORD}");
    for (const content of exported) expect(content).not.toContain(smtpPassword);
  });

  it("the apps' kits and the service account never show a client secret", async () => {
    for (const clientId of ["exemple-serveur", "siec-admin-cli"]) {
      const [client] = await connection.api.clients.find({ realm, clientId });
      secrets.set(
        `the secret of ${clientId}`,
        (await connection.api.clients.getClientSecret({ realm, id: client!.id! })).value!,
      );
    }
    expect((await cli("apps", "config", "exemple-serveur")).code).toBe(0);
    expect((await cli("apps", "config", "exemple-serveur", "--json")).code).toBe(0);
    expect((await cli("apps", "list", "--json")).code).toBe(0);

    // The day-to-day runs go through the service account: its secret is in the environment.
    environment = {
      ...environment,
      KEYCLOAK_ADMIN: "",
      KEYCLOAK_ADMIN_PASSWORD: "",
      KEYCLOAK_CLIENT_ID: "siec-admin-cli",
      KEYCLOAK_CLIENT_SECRET: secrets.get("the secret of siec-admin-cli"),
    };
    expect((await cli("plan")).code).toBe(0);
  });

  it("temporary passwords go to their file only, readable by its owner alone", async () => {
    const file = await accountsFile(generatedAccounts(5, "secret-import"));
    const passwordsFile = path.join(path.dirname(file), "mots-de-passe.csv");
    const imported = await cli("users", "import", "--temporary-password", "--passwords-file", passwordsFile, file);
    expect(imported.code, imported.stderr).toBe(0);
    expect((await stat(passwordsFile)).mode & 0o777).toBe(0o600);
    const rows = (await readFile(passwordsFile, "utf8")).trim().split("\n").slice(1);
    expect(rows).toHaveLength(5);
    for (const row of rows) secrets.set(`the temporary password of ${row.split(";")[0]}`, row.split(";")[3]!);
  });

  it("errors do not repeat the credentials that were refused", async () => {
    const wrong = `wrong-${randomBytes(9).toString("base64url")}`;
    secrets.set("a refused client secret", wrong);
    environment.KEYCLOAK_CLIENT_SECRET = wrong;
    const refused = await cli("plan");
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(
      said("connection.refused", { who: saying("connection.serviceAccount", { clientId: "siec-admin-cli", realm }) }),
    );
  });

  it("none of the secrets above was ever printed", () => {
    expect(secrets.size).toBeGreaterThanOrEqual(10);
    for (const [name, value] of secrets) expect(printed.includes(value), `${name} was printed`).toBe(false);
  });
});
