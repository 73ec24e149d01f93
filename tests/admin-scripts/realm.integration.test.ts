import { mkdir, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type AuthenticationExecutionInfoRepresentation from "@keycloak/keycloak-admin-client/lib/defs/authenticationExecutionInfoRepresentation";
import { STACK_DESCRIPTION_FILE, type StackDescription } from "@siec/contract";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { runCli } from "../../admin-scripts/src/cli";
import type { RealmConfig } from "../../admin-scripts/src/catalogue";
import type { Connection } from "../../admin-scripts/src/keycloak/connection";
import { apply } from "../../admin-scripts/src/reconcile/apply";
import { applyFolder } from "../../admin-scripts/src/reconcile/apply-folder";
import { exportRealm } from "../../admin-scripts/src/reconcile/export";
import { plan } from "../../admin-scripts/src/reconcile/plan";
import { testStack } from "../support/keycloak";
import {
  adminConnection,
  appliedRealmConfigCopy,
  checkExportOnFreshRealm,
  realmConfigCopy,
  smtpVariables,
  uniqueRealm,
} from "../support/realm-config";
import type { Said } from "../../admin-scripts/src/messages/said";
import { said, saying, words } from "../support/cli-messages";

/** An execution as the tests compare it: its level of nesting, its authenticator or subflow, its requirement. */
const shownStep = (step: AuthenticationExecutionInfoRepresentation) => [
  step.level,
  step.authenticationFlow ? step.displayName : step.providerId,
  step.requirement,
];

const writesOf = async (connection: Connection, work: () => Promise<unknown>) => {
  const before = connection.stats.writes;
  await work();
  return connection.stats.writes - before;
};

describe("apply to a server that does not have the realm", () => {
  const realm = uniqueRealm("rac");
  let config: RealmConfig;
  let connection: Connection;

  beforeAll(async () => {
    ({ config, connection } = await appliedRealmConfigCopy(realm));
  });

  afterAll(async () => {
    await connection.api.realms.del({ realm });
  });

  it("creates every setting, read back through the admin API", async () => {
    const { api } = connection;
    const live = await api.realms.findOne({ realm });
    expect(live).toMatchObject({
      displayName: "Portail d'authentification - Maison des examens",
      loginTheme: "siec",
      emailTheme: "siec",
      defaultLocale: "fr",
      supportedLocales: expect.arrayContaining(["fr", "en"]),
      registrationAllowed: false,
      registrationEmailAsUsername: true,
      loginWithEmailAllowed: true,
      duplicateEmailsAllowed: false,
      resetPasswordAllowed: true,
      verifyEmail: true,
      bruteForceProtected: true,
      failureFactor: 5,
      revokeRefreshToken: true,
      ssoSessionIdleTimeout: 1800,
      actionTokenGeneratedByUserLifespan: 3600,
      actionTokenGeneratedByAdminLifespan: 259_200,
      resetCredentialsFlow: "siec reset credentials",
      eventsEnabled: true,
      adminEventsEnabled: true,
      browserSecurityHeaders: expect.objectContaining({ xFrameOptions: "SAMEORIGIN", xContentTypeOptions: "nosniff" }),
      smtpServer: expect.objectContaining({
        from: "ne-pas-repondre@siec.education.fr",
        fromDisplayName: "SIEC - Maison des examens",
      }),
    });
    expect(live?.attributes?.["actionTokenGeneratedByUserLifespan.reset-credentials"]).toBe("3600");
    expect(live).toMatchObject({ eventsExpiration: 90 * 86_400, attributes: { adminEventsExpiration: "31536000" } });
    expect([...live!.eventsListeners!].sort()).toEqual([
      "email",
      "jboss-logging",
      "siec-last-sign-in",
      "siec-previous-address",
    ]);
    // Passkeys: discoverable keys the device verifies, named for the SIEC; the policy's other fields keep Keycloak's defaults.
    expect(live).toMatchObject({
      webAuthnPolicyPasswordlessPasskeysEnabled: true,
      webAuthnPolicyPasswordlessRpEntityName: "SIEC - Maison des examens",
      webAuthnPolicyPasswordlessResidentKey: "required",
      webAuthnPolicyPasswordlessUserVerificationRequirement: "required",
      webAuthnPolicyPasswordlessSignatureAlgorithms: ["ES256", "RS256"],
    });
    expect(live?.passwordPolicy).toBe(
      "length(12) and maxLength(128) and upperCase(1) and lowerCase(1) and digits(1) and specialChars(1) and " +
        "regexPattern(^(?=.*[$@%*+\\-_!]).*$) and notUsername(undefined) and notEmail(undefined) and passwordHistory(5)",
    );

    const actions = (await api.authenticationManagement.getRequiredActions()).sort((a, b) => a.priority! - b.priority!);
    const declared = config.requiredActions!.map((action) => [action.alias, action.enabled]);
    expect(actions.slice(0, declared.length).map((action) => [action.alias, action.enabled])).toEqual(declared);
    expect(declared.slice(0, 3)).toEqual([
      ["UPDATE_PASSWORD", true],
      ["VERIFY_EMAIL", true],
      ["UPDATE_PROFILE", true],
    ]);
    // The operators' second factor is set up at sign-in through it (flows.yaml).
    expect(declared).toContainEqual(["CONFIGURE_TOTP", true]);
    // "Ajouter une clé d'accès" in the account space goes through it.
    expect(declared).toContainEqual(["webauthn-register-passwordless", true]);

    const profile = await api.users.getProfile({ realm });
    expect(profile.attributes?.find((attribute) => attribute.name === "etablissement")).toMatchObject({
      multivalued: true,
      permissions: { view: ["admin", "user"], edit: ["admin"] },
      validations: { pattern: { pattern: "^[0-9]{7}[A-Z]$" } },
    });

    const steps = await api.authenticationManagement.getExecutions({ realm, flow: "siec reset credentials" });
    expect(steps.map(shownStep)).toEqual([
      [0, "siec-reset-credentials-choose-user", "REQUIRED"],
      [0, "siec-reset-credential-email", "REQUIRED"],
      [0, "siec-email-link-verifies-address", "REQUIRED"],
      [0, "siec reset credentials operators second factor", "CONDITIONAL"],
      [1, "conditional-user-role", "REQUIRED"],
      [1, "conditional-credential", "REQUIRED"],
      [1, "auth-otp-form", "REQUIRED"],
      [0, "siec reset credentials principals second factor", "CONDITIONAL"],
      [1, "conditional-user-role", "REQUIRED"],
      [1, "conditional-user-attribute", "REQUIRED"],
      [1, "conditional-credential", "REQUIRED"],
      [1, "auth-otp-form", "REQUIRED"],
      [0, "siec reset credentials second factor if set up", "CONDITIONAL"],
      [1, "conditional-user-role", "REQUIRED"],
      [1, "conditional-user-attribute", "REQUIRED"],
      [1, "conditional-user-configured", "REQUIRED"],
      [1, "conditional-credential", "REQUIRED"],
      [1, "auth-otp-form", "REQUIRED"],
      [0, "reset-password", "REQUIRED"],
    ]);
    const emailStep = steps.find((step) => step.providerId === "siec-reset-credential-email")!;
    const emailLimit = await api.authenticationManagement.getConfig({ realm, id: emailStep.authenticationConfig! });
    expect(emailLimit.config).toEqual({ emailsPerAddressPerHour: "3" });
    expect(live?.browserFlow).toBe("siec browser");
    expect(await api.realms.getRealmLocalizationTexts({ realm, selectedLocale: "fr" })).toMatchObject({
      "profile.attributes.etablissement": "Établissements",
    });
    expect(await api.realms.getRealmLocalizationTexts({ realm, selectedLocale: "en" })).toMatchObject({
      "profile.attributes.etablissement": "Schools",
    });
    const signIn = await api.authenticationManagement.getExecutions({ realm, flow: "siec browser" });
    expect(signIn.map(shownStep)).toEqual([
      [0, "auth-cookie", "ALTERNATIVE"],
      [0, "siec browser forms", "ALTERNATIVE"],
      [1, "siec-username-password-form", "REQUIRED"],
      [1, "siec browser operators second factor", "CONDITIONAL"],
      [2, "conditional-user-role", "REQUIRED"],
      [2, "conditional-credential", "REQUIRED"],
      [2, "auth-otp-form", "REQUIRED"],
      [1, "siec browser principals second factor", "CONDITIONAL"],
      [2, "conditional-user-role", "REQUIRED"],
      [2, "conditional-user-attribute", "REQUIRED"],
      [2, "conditional-credential", "REQUIRED"],
      [2, "auth-otp-form", "REQUIRED"],
      [1, "siec browser second factor if set up", "CONDITIONAL"],
      [2, "conditional-user-role", "REQUIRED"],
      [2, "conditional-user-attribute", "REQUIRED"],
      [2, "conditional-user-configured", "REQUIRED"],
      [2, "conditional-credential", "REQUIRED"],
      [2, "auth-otp-form", "REQUIRED"],
    ]);
    const condition = signIn.find((step) => step.providerId === "conditional-user-role")!;
    expect(
      (await api.authenticationManagement.getConfig({ realm, id: condition.authenticationConfig! })).config,
    ).toEqual({ condUserRole: "gestionnaire" });

    expect((await api.roles.findOneByName({ realm, name: "gestionnaire" }))?.description).toContain("Opérateur");

    const [dexco] = await api.clients.find({ realm, clientId: "dexco" });
    expect(dexco).toMatchObject({
      name: "DEXCO",
      description: "Plateforme de dématérialisation des dossiers candidat.",
      publicClient: true,
      implicitFlowEnabled: false,
      directAccessGrantsEnabled: false,
      redirectUris: expect.arrayContaining(["http://localhost:5174/"]),
      attributes: expect.objectContaining({
        "pkce.code.challenge.method": "S256",
        "post.logout.redirect.uris": "http://localhost:5174/",
        "siec.help-guide-url": "http://localhost:5174/guide-connexion.pdf",
      }),
    });
    const scopes = await api.clients.listDefaultClientScopes({ realm, id: dexco!.id! });
    expect(scopes.map((scope) => scope.name)).toContain("etablissement");

    const [cli] = await api.clients.find({ realm, clientId: "siec-admin-cli" });
    const serviceAccount = await api.clients.getServiceAccountUser({ realm, id: cli!.id! });
    const [management] = await api.clients.find({ realm, clientId: "realm-management" });
    const granted = await api.users.listClientRoleMappings({
      realm,
      id: serviceAccount.id!,
      clientUniqueId: management!.id!,
    });
    expect(granted.map((role) => role.name).sort()).toEqual(
      [
        "manage-clients",
        "manage-realm",
        "manage-users",
        "query-groups",
        "query-users",
        "view-clients",
        "view-realm",
        "view-users",
        "view-identity-providers",
      ].sort(),
    );

    const [group] = await api.groups.find({ realm, search: "dexco", exact: true });
    const mappings = await api.groups.listRoleMappings({ realm, id: group!.id! });
    expect(Object.keys(mappings.clientMappings ?? {})).toEqual(["dexco"]);
  });

  it("makes zero write requests the second time", async () => {
    const writes = await writesOf(connection, async () => {
      const report = await apply(connection, config);
      expect(report).toEqual({ done: [] });
    });
    expect(writes).toBe(0);
  });

  it("converges a flow's subflows: a change by hand inside one, then a changed subflow, each applied once", async () => {
    const { api } = connection;
    const signIn = () => api.authenticationManagement.getExecutions({ realm, flow: "siec browser" });
    const otp = (await signIn()).find((step) => step.providerId === "auth-otp-form")!;
    await api.authenticationManagement.updateExecution(
      { realm, flow: "siec browser operators second factor" },
      { ...otp, requirement: "DISABLED" },
    );
    const drift = await plan(connection, config);
    expect(drift.map((change) => [change.kind, change.target, change.fields.map((field) => field.path)])).toEqual([
      ["flows", "flow siec browser", ["steps"]],
    ]);
    expect(drift[0]!.fields[0]!.before).toContain("    auth-otp-form (DISABLED)");
    // The flow's steps are rewritten: its subflows are removed and made again under their names.
    expect((await apply(connection, config)).done).toHaveLength(1);
    expect(await plan(connection, config)).toEqual([]);

    // The operators' subflow asks for the code of anyone who has an app, operators or not.
    const changed = structuredClone(config);
    const forms = changed.flows!.find((flow) => flow.alias === "siec browser")!.steps[1]!;
    if (!("subflow" in forms)) throw new Error("test set-up: siec browser's second step is a subflow");
    forms.steps.push({
      subflow: "siec browser own second factor",
      description: "",
      requirement: "CONDITIONAL",
      steps: [
        { authenticator: "conditional-user-configured", requirement: "REQUIRED" },
        { authenticator: "auth-otp-form", requirement: "REQUIRED" },
      ],
    });
    const changes = await plan(connection, changed);
    expect(changes.map((change) => change.target)).toEqual(["flow siec browser"]);
    expect((changes[0]!.fields[0]!.after as (Said | string)[]).map((line) => words(line))).toEqual(
      expect.arrayContaining([
        `  ${saying("plan.subflow", { indent: "", name: "siec browser own second factor", details: "CONDITIONAL" })}`,
        "    conditional-user-configured (REQUIRED)",
      ]),
    );
    expect((await apply(connection, changed)).failed).toBeUndefined();
    expect(await plan(connection, changed)).toEqual([]);
    expect((await signIn()).map(shownStep).slice(-3)).toEqual([
      [1, "siec browser own second factor", "CONDITIONAL"],
      [2, "conditional-user-configured", "REQUIRED"],
      [2, "auth-otp-form", "REQUIRED"],
    ]);

    // And back: the subflow and its steps are removed, the flow is as flows.yaml declares it.
    expect((await apply(connection, config)).done.map((change) => change.target)).toEqual(["flow siec browser"]);
    expect(await plan(connection, config)).toEqual([]);
    expect(await writesOf(connection, () => apply(connection, config))).toBe(0);
  });

  it("shows drift made by hand in plan, field by field, and apply repairs it", async () => {
    const { api } = connection;
    await api.realms.update({ realm }, { displayName: "Changé à la main", failureFactor: 30 });
    const [dexco] = await api.clients.find({ realm, clientId: "dexco" });
    await api.clients.update({ realm, id: dexco!.id! }, { ...dexco, redirectUris: ["https://evil.example/"] });

    const changes = await plan(connection, config);
    expect(changes.map((change) => [change.kind, change.target, change.fields.map((field) => field.path)])).toEqual([
      ["realm settings", `realm ${realm}`, ["displayName", "failureFactor"]],
      ["clients", "client dexco", ["redirectUris"]],
    ]);
    expect(changes[0]!.fields[0]).toMatchObject({
      before: "Changé à la main",
      after: "Portail d'authentification - Maison des examens",
    });

    const report = await apply(connection, config);
    expect(report.done).toHaveLength(2);
    expect(await plan(connection, config)).toEqual([]);
  });

  it("exports the realm as files that rebuild it: export, apply to a fresh realm, plan shows nothing", async () => {
    const out = await mkdtemp(path.join(tmpdir(), "realm-export-"));
    const files = await exportRealm(connection, out);
    expect(files).toEqual(
      expect.arrayContaining(["realm.yaml", "password-policy.yaml", "clients/dexco.yaml", "groups.yaml"]),
    );

    await checkExportOnFreshRealm(out, realm, "rac-copy", async (copyConnection, exported) => {
      expect(await plan(copyConnection, exported)).toEqual([]);
      const renamed = { ...config, realm: { ...config.realm, realm: copyConnection.realm } };
      expect(await plan(copyConnection, renamed)).toEqual([]);
    });
  });
});

describe("the CLI", () => {
  it("plan exits 2 when something would change and 0 when nothing would, writing nothing", async () => {
    const { keycloakUrl, admin } = testStack();
    const realm = uniqueRealm("rac-cli");
    const directory = await realmConfigCopy(realm);
    vi.stubEnv("KEYCLOAK_URL", keycloakUrl);
    vi.stubEnv("KEYCLOAK_ADMIN", admin.username);
    vi.stubEnv("KEYCLOAK_ADMIN_PASSWORD", admin.password);
    const connection = adminConnection(keycloakUrl, realm, admin);
    const output = vi.spyOn(console, "log").mockImplementation(() => {});
    try {
      const writes = await writesOf(connection, async () =>
        expect(await runCli(["--config", directory, "plan", "--json"])).toBe(2),
      );
      expect(writes).toBe(0);
      const json = JSON.parse(String(output.mock.calls.at(-1)![0])) as { summary: { create: number } };
      expect(json.summary.create).toBeGreaterThan(10);

      expect(await runCli(["--config", directory, "apply", "--yes"])).toBe(0);
      expect(await runCli(["--config", directory, "plan"])).toBe(0);
      expect(output.mock.calls.at(-1)![0]).toBe(saying("plan.noChanges", { realm }));
    } finally {
      output.mockRestore();
      vi.unstubAllEnvs();
      await connection.api.realms.del({ realm }).catch(() => {});
    }
  });

  it("plan against the stack npm start runs on other ports reads realm-config with the values it was applied with", async () => {
    const { keycloakUrl, admin } = testStack();
    const realm = uniqueRealm("rac-stack");
    const directory = await realmConfigCopy(realm);
    // As `APP_PORT=5273 npm start` applies realm-config: the example app's client on that port.
    const { connection, variables } = await applyFolder({
      directory,
      url: keycloakUrl,
      credentials: { kind: "admin", ...admin },
      environment: { ...smtpVariables(), DPECOTHEQUE_URL: "http://localhost:5273" },
    });
    const folder = await mkdtemp(path.join(tmpdir(), "stack-"));
    await mkdir(path.join(folder, ".cache"));
    const describeStack = (realmConfigVariables: Record<string, string>) =>
      writeFile(
        path.join(folder, STACK_DESCRIPTION_FILE),
        JSON.stringify({
          keycloak: {
            url: keycloakUrl,
            admin,
            nodes: [{ pid: process.pid, url: keycloakUrl, managementUrl: "" }],
            database: { kind: "h2", url: "" },
          },
          mail: { inboxUrl: "", smtpPort: 0 },
          realmConfigVariables,
        } satisfies StackDescription),
      );
    for (const name of ["KEYCLOAK_URL", "KEYCLOAK_ADMIN", "KEYCLOAK_ADMIN_PASSWORD", ...Object.keys(variables)])
      vi.stubEnv(name, undefined);
    const output = vi.spyOn(console, "log").mockImplementation(() => {});
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    const cwd = process.cwd();
    process.chdir(folder);
    try {
      await describeStack(variables);
      expect(await runCli(["--config", directory, "plan"])).toBe(0);
      expect(output.mock.calls.at(-1)![0]).toBe(saying("plan.noChanges", { realm }));
      expect(errors.mock.calls.flat()).toContain(
        saying("connection.localStackValues", {
          names: "SMTP_HOST, SMTP_PORT, DPECOTHEQUE_URL",
          file: STACK_DESCRIPTION_FILE,
        }),
      );
      // Without them, plan would take the example app back to its default port.
      await describeStack({});
      expect(await runCli(["--config", directory, "plan"])).toBe(2);
      expect(output.mock.calls.at(-1)![0]).toContain("http://localhost:5173");
    } finally {
      process.chdir(cwd);
      output.mockRestore();
      errors.mockRestore();
      vi.unstubAllEnvs();
      await connection.api.realms.del({ realm }).catch(() => {});
    }
  });

  it("refuses a bad file before making any request", async () => {
    const { keycloakUrl, admin } = testStack();
    const realm = uniqueRealm("rac-bad");
    const directory = await realmConfigCopy(realm);
    const lifespans = path.join(directory, "lifespans.yaml");
    await writeFile(
      lifespans,
      (await readFile(lifespans, "utf8")).replace("accessToken: 5m", "accessToken: 5 minutes"),
    );
    vi.stubEnv("KEYCLOAK_URL", keycloakUrl);
    vi.stubEnv("KEYCLOAK_ADMIN", admin.username);
    vi.stubEnv("KEYCLOAK_ADMIN_PASSWORD", admin.password);
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    const connection = adminConnection(keycloakUrl, realm, admin);
    try {
      const before = { ...connection.stats };
      expect(await runCli(["--config", directory, "apply", "--yes"])).toBe(1);
      expect(connection.stats).toEqual(before);
      expect(String(errors.mock.calls[0]![0])).toMatch(
        new RegExp(`lifespans\\.yaml:5: accessToken: ${said("schema.duration").source}`),
      );
    } finally {
      errors.mockRestore();
      vi.unstubAllEnvs();
    }
  });
});
