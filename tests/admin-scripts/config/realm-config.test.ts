import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { InvalidRealmConfig, type Problem } from "../../../admin-scripts/src/config/problems";
import { loadRealmConfig } from "../../../admin-scripts/src/config/realm-config";
import { realmSettingsSchema } from "../../../admin-scripts/src/realm/schema";
import { smtpSchema } from "../../../admin-scripts/src/smtp/schema";
import { realmConfigDir } from "../../../stack/realm";
import { said, saying, words } from "../../support/cli-messages";

/**
 * What zod says of `value` refused by the field at `path` of a realm-config schema, in the language
 * it speaks now: its generic errors come from its own catalogue (French or English).
 */
function zodSays(
  schema: { safeParse(value: unknown): { error?: { issues: { path: PropertyKey[]; message: string }[] } } },
  whole: unknown,
  path: string,
): RegExp {
  const issue = schema.safeParse(whole).error!.issues.find((candidate) => candidate.path.join(".") === path)!;
  const message = issue.message;
  return new RegExp(message.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
}

/** A copy of the project's realm-config/ with one file edited. */
async function configWith(file: string, edit: (content: string) => string): Promise<string> {
  const directory = await mkdtemp(path.join(tmpdir(), "realm-config-"));
  await cp(realmConfigDir, directory, { recursive: true });
  const target = path.join(directory, file);
  await writeFile(target, edit(await readFile(target, "utf8")));
  return directory;
}

async function problemsOf(directory: string, environment: Record<string, string> = {}): Promise<Problem[]> {
  try {
    await loadRealmConfig(directory, environment);
  } catch (error) {
    if (error instanceof InvalidRealmConfig) return error.problems;
    throw error;
  }
  throw new Error("the configuration was accepted");
}

/** The line (from 1) on which `text` ends in the project's `file` once edited. */
async function lineOf(file: string, edit: (content: string) => string, text: string): Promise<number> {
  const content = edit(await readFile(path.join(realmConfigDir, file), "utf8"));
  const start = content.indexOf(text);
  if (start < 0) throw new Error(`test set-up: "${text}" not found in the edited ${file}`);
  return content.slice(0, start + text.length).split("\n").length;
}

function replace(search: string, replacement: string) {
  return (content: string) => {
    if (!content.includes(search)) throw new Error(`test set-up: "${search}" not found`);
    return content.replace(search, replacement);
  };
}

describe("the project's realm-config/", () => {
  it("is valid with the dev defaults alone", async () => {
    const config = await loadRealmConfig(realmConfigDir, {});
    expect(config.realm.realm).toBe("siec");
    expect(config.clients.map((client) => client.clientId)).toEqual([
      "basa",
      "basics",
      "dexco",
      "dpecotheque",
      "eabsence",
      "siec-admin-cli",
    ]);
    expect(config.smtp).toMatchObject({ host: "localhost", port: 1025, from: "ne-pas-repondre@siec.education.fr" });
    expect(config.lifespans?.emailLinks.perAction["reset-credentials"]).toBe(3600);
  });

  it("takes per-environment values from variables", async () => {
    const config = await loadRealmConfig(realmConfigDir, {
      SMTP_HOST: "smtp.siec.example",
      DEXCO_URL: "https://dexco.siec.education.fr",
    });
    expect(config.smtp?.host).toBe("smtp.siec.example");
    expect(config.clients.find((client) => client.clientId === "dexco")?.redirectUris[0]).toBe(
      "https://dexco.siec.education.fr/",
    );
  });
});

describe("a bad realm-config/ is refused with file, line, path and what was expected", () => {
  const cases: {
    name: string;
    file: string;
    edit: (content: string) => string;
    environment?: Record<string, string>;
    /** Where the problem is: the line of the edited file on which this text ends. */
    lineAt?: string;
    expected: Omit<Partial<Problem>, "message" | "line"> & { message: RegExp };
  }[] = [
    {
      name: "a YAML syntax error",
      file: "smtp.yaml",
      edit: replace("port: ${SMTP_PORT:-1025}", "port: [${SMTP_PORT:-1025}"),
      expected: { file: "smtp.yaml", message: said("config.invalidYaml") },
    },
    {
      name: "a variable without value nor default",
      file: "smtp.yaml",
      edit: replace(
        "# authentication:\n#   user: ${SMTP_USER}\n#   password: ${SMTP_PASSWORD}",
        "authentication:\n  user: ${SMTP_USER}\n  password: x",
      ),
      lineAt: "  user: ${SMTP_USER}",
      expected: { file: "smtp.yaml", message: said("variables.unset", { variable: "SMTP_USER" }) },
    },
    {
      name: "an unknown setting (a typo)",
      file: "realm.yaml",
      edit: replace("  verifyEmail: true", "  verifyEmial: true"),
      lineAt: "verifyEmial",
      expected: {
        file: "realm.yaml",
        path: "login.verifyEmial",
        message: said("config.unknownSetting", { key: "verifyEmial" }),
      },
    },
    {
      name: "a value of the wrong type",
      file: "realm.yaml",
      edit: replace("failuresBeforeLockout: 5", "failuresBeforeLockout: five"),
      expected: {
        file: "realm.yaml",
        path: "bruteForce.failuresBeforeLockout",
        message: zodSays(
          realmSettingsSchema,
          { bruteForce: { failuresBeforeLockout: "five" } },
          "bruteForce.failuresBeforeLockout",
        ),
      },
    },
    {
      name: "a duration that is not one",
      file: "lifespans.yaml",
      edit: replace("accessToken: 5m", "accessToken: 5 minutes"),
      lineAt: "accessToken: 5 minutes",
      expected: { file: "lifespans.yaml", path: "accessToken", message: said("schema.duration") },
    },
    {
      name: "two clients with the same client id",
      file: "clients/basa.yaml",
      edit: replace("clientId: basa", "clientId: dexco"),
      expected: {
        file: "dexco.yaml",
        path: "clientId",
        message: said("config.duplicateName", { label: saying("name.clientId"), name: "dexco" }),
      },
    },
    {
      name: "a client role that does not exist",
      file: "groups.yaml",
      edit: replace("clientRoles: { dexco: [utilisateur] }", "clientRoles: { dexco: [administrateur] }"),
      expected: {
        file: "groups.yaml",
        path: "0.clientRoles.dexco.0",
        message: said("config.clientRoleNotDeclared", { role: "administrateur", clientId: "dexco" }),
      },
    },
    {
      name: "a flow bound but not defined",
      file: "realm.yaml",
      edit: replace("resetCredentials: siec reset credentials", "resetCredentials: siec reset"),
      expected: {
        file: "realm.yaml",
        path: "flowBindings.resetCredentials",
        message: said("config.flowNotDeclared", { alias: "siec reset" }),
      },
    },
    {
      name: "a policy part that is not id(argument)",
      file: "password-policy.yaml",
      edit: (content) => `${content}other: ["hashIterations 210000"]\n`,
      expected: { file: "password-policy.yaml", path: "other.0", message: said("schema.invalidPolicyPart") },
    },
    {
      name: "an unknown password policy",
      file: "password-policy.yaml",
      edit: (content) => `${content}other: ["lenght(12)"]\n`,
      expected: {
        file: "password-policy.yaml",
        path: "other.0",
        message: said("schema.unknownPolicy", { id: "lenght" }),
      },
    },
    {
      name: "a regex that does not compile",
      file: "password-policy.yaml",
      edit: (content) => `${content}other: ["regexPattern([a-z)"]\n`,
      expected: {
        file: "password-policy.yaml",
        path: "other.0",
        message: said("schema.invalidPolicyPart", {
          reason: "Invalid regular expression: /[a-z/: Unterminated character class",
        }),
      },
    },
    {
      name: "a wildcard in a redirect URI",
      file: "clients/dexco.yaml",
      edit: replace(
        "  - ${DEXCO_URL:-http://localhost:5174}/silent-check-sso.html",
        "  - https://*.siec.education.fr/*",
      ),
      expected: { file: "dexco.yaml", path: "redirectUris.1", message: said("schema.exactUrl") },
    },
    {
      name: "a public client without PKCE",
      file: "clients/dexco.yaml",
      edit: replace("pkce: S256\n", ""),
      expected: { file: "dexco.yaml", path: "pkce", message: said("schema.publicNeedsPkce") },
    },
    {
      name: "a default locale outside the locales",
      file: "realm.yaml",
      edit: replace("default: fr", "default: de"),
      expected: { file: "realm.yaml", path: "internationalization.default", message: said("schema.defaultLocale") },
    },
    {
      name: "an unknown client scope",
      file: "clients/basa.yaml",
      edit: replace("defaultClientScopes: [etablissement]", "defaultClientScopes: [etablissements]"),
      expected: {
        file: "basa.yaml",
        path: "defaultClientScopes.0",
        message: said("config.scopeNotDeclared", { scope: "etablissements" }),
      },
    },
    {
      name: "a sender that is not an e-mail address",
      file: "smtp.yaml",
      edit: replace("from: ne-pas-repondre@siec.education.fr", "from: ne-pas-repondre"),
      expected: { file: "smtp.yaml", path: "from", message: zodSays(smtpSchema, { from: "ne-pas-repondre" }, "from") },
    },
    {
      name: "a user-profile label whose text is missing",
      file: "user-profile.yaml",
      edit: replace("$${profile.attributes.dateNaissance}", "$${profile.attributes.birthDate}"),
      expected: {
        file: "user-profile.yaml",
        path: "attributes.4.displayName",
        message: said("config.textNotDeclared", { key: "profile.attributes.birthDate" }),
      },
    },
    {
      name: "a text in one language only",
      file: "texts.yaml",
      edit: replace(
        "  profile.attributes.dateNaissance: Date de naissance\n",
        "  profile.attributes.dateNaissance: Date de naissance\n  profile.attributes.extra: Extra\n",
      ),
      expected: {
        file: "texts.yaml",
        path: "en",
        message: said("schema.textMissingIn", { key: "profile.attributes.extra", locale: "en" }),
      },
    },
    {
      name: "markup in a text",
      file: "texts.yaml",
      edit: replace("Date de naissance", "<b>Date</b> de naissance"),
      expected: { file: "texts.yaml", path: "fr.profile.attributes.dateNaissance", message: said("schema.plainText") },
    },
    {
      name: "a typo in a step of a subflow's subflow",
      file: "flows.yaml",
      edit: replace(
        "            - authenticator: auth-otp-form\n              requirement:",
        "            - authenticator: auth-otp-form\n              requirment:",
      ),
      lineAt: "auth-otp-form\n              requirment",
      expected: {
        file: "flows.yaml",
        path: "0.steps.1.steps.1.steps.2.requirment",
        message: said("config.unknownSetting", { key: "requirment" }),
      },
    },
    {
      name: "a subflow without steps",
      file: "flows.yaml",
      edit: replace("      steps: *operators-second-factor", "      steps: []"),
      lineAt: "steps: []",
      expected: { file: "flows.yaml", path: "1.steps.3.steps", message: said("schema.flowNeedsStep") },
    },
    {
      name: "a CONDITIONAL subflow without a condition",
      file: "flows.yaml",
      edit: replace(
        "      steps: *operators-second-factor",
        "      steps:\n        - authenticator: auth-otp-form\n          requirement: REQUIRED",
      ),
      lineAt:
        "operators second factor\n      description: The authenticator app's code, for SIEC operators\n      requirement: CONDITIONAL\n      steps:",
      expected: { file: "flows.yaml", path: "1.steps.3.steps", message: said("schema.conditionalNeedsCondition") },
    },
    {
      name: "an authenticator step CONDITIONAL",
      file: "flows.yaml",
      edit: replace(
        "    - authenticator: reset-password\n      requirement: REQUIRED",
        "    - authenticator: reset-password\n      requirement: CONDITIONAL",
      ),
      lineAt: "reset-password\n      requirement: CONDITIONAL",
      expected: {
        file: "flows.yaml",
        path: "1.steps.6.requirement",
        message: said("schema.onlySubflowConditional"),
      },
    },
    {
      name: "a subflow not named after its flow",
      file: "flows.yaml",
      edit: replace("- subflow: siec browser forms", "- subflow: forms"),
      lineAt: "- subflow: forms",
      expected: {
        file: "flows.yaml",
        path: "0.steps.1.subflow",
        message: said("schema.subflowName", { flow: "siec browser" }),
      },
    },
    {
      name: "a subflow name used twice in the realm",
      file: "flows.yaml",
      edit: replace("- subflow: siec reset credentials operators second factor", "- subflow: siec reset credentials"),
      lineAt: "- subflow: siec reset credentials",
      expected: {
        file: "flows.yaml",
        path: "1.steps.3.subflow",
        message: said("schema.flowTwice", { name: "siec reset credentials" }),
      },
    },
    {
      name: "a required action listed twice",
      file: "required-actions.yaml",
      edit: replace("- alias: UPDATE_PASSWORD", "- alias: VERIFY_EMAIL\n  enabled: false\n- alias: UPDATE_PASSWORD"),
      expected: {
        file: "required-actions.yaml",
        path: "2.alias",
        message: said("schema.actionTwice", { alias: "VERIFY_EMAIL" }),
      },
    },
  ];

  for (const { name, file, edit, lineAt, environment, expected } of cases) {
    it(name, async () => {
      const problems = await problemsOf(await configWith(file, edit), environment);
      const { message, file: expectedFile, ...location } = expected;
      const problem = problems.find((candidate) => message.test(words(candidate.message)));
      expect(problem, `problems were: ${JSON.stringify(problems)}`).toBeDefined();
      expect(problem!.file.endsWith(expectedFile!)).toBe(true);
      expect(problem).toMatchObject(location);
      if (lineAt !== undefined) expect(problem!.line).toBe(await lineOf(file, edit, lineAt));
    });
  }

  it("names a missing realm.yaml", async () => {
    const directory = await configWith("realm.yaml", (content) => content);
    await rm(path.join(directory, "realm.yaml"));
    expect(words((await problemsOf(directory))[0]!.message)).toMatch(
      said("config.missingFile", { file: "realm.yaml" }),
    );
  });

  it("reports every problem of every file at once", async () => {
    const directory = await configWith(
      "realm.yaml",
      replace("failuresBeforeLockout: 5", "failuresBeforeLockout: five"),
    );
    await writeFile(
      path.join(directory, "lifespans.yaml"),
      (await readFile(path.join(directory, "lifespans.yaml"), "utf8")).replace("5m", "5 minutes"),
    );
    expect((await problemsOf(directory)).map((problem) => path.basename(problem.file)).sort()).toEqual([
      "lifespans.yaml",
      "realm.yaml",
    ]);
  });
});
