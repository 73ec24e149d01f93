/**
 * Attack tests (issues 7 and 13), without a server: what realm-config/ refuses before anything
 * reaches Keycloak. An app's links (help guide, legal notice) are rendered as `<a href>` by the
 * theme, so a `javascript:` or `data:` URL there would be a script one click away. A public field
 * (an app's description, shown on the sign-in page and in plans) reading an environment variable
 * would publish it: only declared variables are read, secret ones in secret fields only.
 */
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { clientsKind } from "../../admin-scripts/src/clients";
import { clientSchema } from "../../admin-scripts/src/clients/schema";
import { diffKind } from "../../admin-scripts/src/reconcile/plan";
import { smtpKind } from "../../admin-scripts/src/smtp";
import { InvalidRealmConfig, loadRealmConfig, planAsJson, renderPlan, runCli, type Problem } from "@siec/admin-scripts";
import { realmConfigDir } from "../../stack/realm";
import { realmConfigCopy } from "../support/realm-config";
import { said, words } from "../support/cli-messages";

const app = {
  clientId: "app",
  name: "App",
  type: "public",
  pkce: "S256",
  rootUrl: "https://app.example.org",
  redirectUris: ["https://app.example.org/"],
  webOrigins: ["https://app.example.org"],
  branding: { helpGuideUrl: "https://app.example.org/guide.pdf" },
};

describe("a client of realm-config/clients/", () => {
  it("is accepted with web addresses (the control case)", () => {
    expect(clientSchema.safeParse(app).success).toBe(true);
  });

  it.each([
    ["branding.helpGuideUrl", { branding: { helpGuideUrl: "javascript:alert(document.cookie)" } }],
    ["branding.legalNoticeUrl", { branding: { legalNoticeUrl: "data:text/html,<script>alert(1)</script>" } }],
    ["rootUrl", { rootUrl: "javascript:alert(1)//" }],
    ["webOrigins", { webOrigins: ["javascript:alert(1)"] }],
    ["redirectUris", { redirectUris: ["javascript:alert(1)//app.example.org/"] }],
    ["redirectUris (wildcard)", { redirectUris: ["https://app.example.org/*"] }],
    ["postLogoutRedirectUris", { postLogoutRedirectUris: ["data:text/html,x"] }],
  ])("refuses a script URL or a wildcard in %s", (_field, change) => {
    expect(clientSchema.safeParse({ ...app, ...change }).success).toBe(false);
  });

  it("refuses a public client without PKCE S256", () => {
    expect(clientSchema.safeParse({ ...app, pkce: undefined }).success).toBe(false);
  });

  it("the project's realm-config/ passes these rules", async () => {
    const config = await loadRealmConfig(realmConfigDir, {});
    expect(config.clients.length).toBeGreaterThan(0);
  });
});

describe("realm-config/required-actions.yaml", () => {
  it("declares deleting one's own account (delete_account) disabled: the account space offers no deletion", async () => {
    const config = await loadRealmConfig(realmConfigDir, {});
    expect(config.requiredActions).toContainEqual(expect.objectContaining({ alias: "delete_account", enabled: false }));
  });
});

describe("a realm-config file", () => {
  it("holding a YAML alias bomb (billion laughs) is refused with a clear error naming it, not a stack trace", async () => {
    const directory = await realmConfigCopy("alias-bomb");
    const levels = ["a: &a [x, x, x, x, x, x, x, x, x, x]"];
    for (let level = 1; level < 9; level++) {
      const previous = String.fromCharCode(96 + level);
      const name = String.fromCharCode(97 + level);
      levels.push(`${name}: &${name} [${Array(10).fill(`*${previous}`).join(", ")}]`);
    }
    await writeFile(path.join(directory, "roles.yaml"), `${levels.join("\n")}\n`);
    const loading = loadRealmConfig(directory, {});
    await expect(loading).rejects.toThrow(InvalidRealmConfig);
    const [problem] = ((await loading.catch((error: unknown) => error)) as InvalidRealmConfig).problems;
    expect(problem).toMatchObject({ file: expect.stringMatching(/roles\.yaml$/), line: 1 });
    expect(words(problem!.message)).toMatch(said("config.tooManyAliases"));
  });
});

describe("a realm-config file reading the environment", () => {
  // With a quote, which a plan's JSON escapes: the value is masked before it is quoted.
  const smtpPassword = 'smtp-pw-Zq8#x"3';
  const environment = {
    SMTP_USER: "portail",
    SMTP_PASSWORD: smtpPassword,
    KEYCLOAK_ADMIN_PASSWORD: "admin-pw",
    HOME: "/root",
  };

  afterEach(() => {
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
  });

  /** A copy of realm-config/ with `edit` made to one of its files. */
  async function configWith(file: string, edit: (content: string) => string): Promise<string> {
    const directory = await realmConfigCopy("variables");
    const target = path.join(directory, file);
    await writeFile(target, edit(await readFile(target, "utf8")));
    return directory;
  }

  async function problemsOf(directory: string): Promise<Problem[]> {
    const error = await loadRealmConfig(directory, environment).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(InvalidRealmConfig);
    return (error as InvalidRealmConfig).problems;
  }

  const withAuthentication = (content: string) => content.replace(/^# ( {2}|authentication)/gm, "$1");

  it.each([
    [
      "the SMTP password, with an empty default",
      "${SMTP_PASSWORD:-}",
      said("variables.secretInPublicField", { reference: "${SMTP_PASSWORD}" }),
    ],
    [
      "the bootstrap admin's password",
      "${KEYCLOAK_ADMIN_PASSWORD}",
      said("variables.looksSecret", { reference: "${KEYCLOAK_ADMIN_PASSWORD}" }),
    ],
    ["any other variable", "${HOME}", said("variables.unknown", { reference: "${HOME}" })],
  ])(
    "in a client's description, %s, is refused with file, line, field and variable",
    async (_name, reference, message) => {
      const directory = await configWith("clients/basa.yaml", (content) =>
        content.replace(/^description: .*$/m, `description: "BASA ${reference}"`),
      );
      const line = (await readFile(path.join(directory, "clients/basa.yaml"), "utf8"))
        .split("\n")
        .findIndex((text) => text.startsWith("description:"));
      const problems = await problemsOf(directory);
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatchObject({ line: line + 1, path: "description" });
      expect(words(problems[0]!.message)).toMatch(message);
      expect(problems[0]!.file).toMatch(/clients\/basa\.yaml$/);
      expect(JSON.stringify(problems)).not.toContain(smtpPassword);
    },
  );

  it("refuses an app's address read from another app's file, or a secret-looking one", async () => {
    const other = await configWith("clients/basa.yaml", (content) => content.replace("${BASA_URL:-", "${DEXCO_URL:-"));
    expect(words((await problemsOf(other))[0]!.message)).toMatch(
      said("variables.unknown", { reference: "${DEXCO_URL}" }),
    );
    const database = await configWith("clients/basa.yaml", (content) =>
      content.replace("${BASA_URL:-", "${DATABASE_URL:-"),
    );
    expect(words((await problemsOf(database))[0]!.message)).toMatch(
      said("variables.unknown", { reference: "${DATABASE_URL}" }),
    );
  });

  it("refuses an alias that repeats the secret field into a public one", async () => {
    const directory = await configWith("smtp.yaml", (content) =>
      withAuthentication(content)
        .replace("password: ${SMTP_PASSWORD}", "password: &password ${SMTP_PASSWORD}")
        .concat("replyTo: *password\n"),
    );
    const [problem] = await problemsOf(directory);
    expect(problem).toMatchObject({ path: "replyTo" });
    expect(words(problem!.message)).toMatch(said("config.secretAlias", { alias: "password" }));
  });

  /** What the CLI prints on stderr for `args`, with SMTP_PASSWORD set and no Keycloak to reach. */
  async function cliErrors(...args: string[]): Promise<{ code: number; printed: string }> {
    vi.stubEnv("SMTP_PASSWORD", smtpPassword);
    vi.stubEnv("KEYCLOAK_URL", "http://127.0.0.1:9");
    const printed: string[] = [];
    vi.spyOn(console, "error").mockImplementation((text: string) => void printed.push(text));
    return { code: await runCli(args), printed: printed.join("\n") };
  }

  it.each([["validate"], ["plan"], ["apply", "--yes"]])(
    "%s refuses it before connecting to Keycloak",
    async (command, ...options) => {
      const directory = await configWith("clients/basa.yaml", (content) =>
        content.replace(/^description: .*$/m, 'description: "BASA ${SMTP_PASSWORD:-}"'),
      );
      const { code, printed } = await cliErrors("--config", directory, command, ...options);
      expect(code).toBe(1);
      expect(printed).toMatch(
        new RegExp(
          `clients/basa\\.yaml:\\d+: description: ${said("variables.secretInPublicField", { reference: "${SMTP_PASSWORD}" }).source}`,
        ),
      );
    },
  );

  it("reads the SMTP password in its secret field, and the plan masks it", async () => {
    const directory = await configWith("smtp.yaml", withAuthentication);
    const config = await loadRealmConfig(directory, environment);
    expect(config.smtp?.authentication?.password).toBe(smtpPassword);
    const changes = diffKind(smtpKind, config.smtp, undefined, "siec");
    expect(renderPlan(changes, "siec", environment)).toMatch(/password: \(secret\)/);
    expect(renderPlan(changes, "siec", environment)).not.toContain(smtpPassword);
    expect(JSON.stringify(planAsJson(changes, "siec", environment))).not.toContain("smtp-pw");
  });

  it("masks the SMTP password's value wherever else it appears, in the plan and the CLI's errors", async () => {
    // Pasted in clear into a public field: no variable to refuse, the value is masked all the same.
    const directory = await configWith("clients/basa.yaml", (content) =>
      content
        .replace(/^description: .*$/m, `description: 'BASA ${smtpPassword}'`)
        .replace("defaultClientScopes: [etablissement]", `defaultClientScopes: ['${smtpPassword}']`),
    );
    const { code, printed } = await cliErrors("--config", directory, "validate");
    expect(code).toBe(1);
    expect(printed).toMatch(said("config.scopeNotDeclared", { scope: "(secret)" }));
    expect(printed).not.toContain(smtpPassword);

    const { clients } = await loadRealmConfig(
      await configWith("clients/basa.yaml", (content) =>
        content.replace(/^description: .*$/m, `description: 'BASA ${smtpPassword}'`),
      ),
      environment,
    );
    const changes = diffKind(clientsKind, clients, new Map(), "siec");
    expect(renderPlan(changes, "siec", environment)).toContain('description: "BASA (secret)"');
    expect(renderPlan(changes, "siec", environment)).not.toContain("smtp-pw");
    expect(JSON.stringify(planAsJson(changes, "siec", environment))).toContain('"BASA (secret)"');
    expect(JSON.stringify(planAsJson(changes, "siec", environment))).not.toContain("smtp-pw");
  });
});
