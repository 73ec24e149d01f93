import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { runCli } from "../../admin-scripts/src/cli";
import { watchRequests } from "../../admin-scripts/src/keycloak/http";
import { signInUrl } from "../../stack/sign-in-urls";
import { HEADER, accountsFile, generatedAccounts } from "../../testing/accounts-files";
import { rowProblem, said, saying, TEST_LANGUAGE } from "../support/cli-messages";
import { serverSays } from "../support/profile-words";
import { accountMessages } from "../../theme/src/account/i18n";
import { startCli } from "../support/cli-process";
import { inbox, testStack } from "../support/keycloak";
import {
  adminConnection,
  closeRealmAndBrowser,
  realmAndBrowserForUserCommands,
  uniqueRealm,
} from "../support/realm-config";
import { SENDER } from "../support/wording";

const NEW_PASSWORD = "Nouveau-Mot2passe!";
/** The user profile's rule of UAI codes, a message of the realm's texts. */
const UAI_RULE = "${profile.attributes.etablissement.invalid}";
/** A row refused by the realm's user profile's `rule`, in the server's words. */
const refusedByProfile = (rule: string, parameters?: string[]) =>
  saying("row.refusedByProfile", {
    rule,
    // The portal theme says the person-name rule in "Mon compte"'s words (users-profile-words test).
    reason: serverSays(rule, parameters, {
      "error-person-name-invalid-character": accountMessages[TEST_LANGUAGE]["error-person-name-invalid-character"],
    }),
  });

describe("users import against the real server", () => {
  const realm = uniqueRealm("users");
  let directory: string;
  let connection: ReturnType<typeof adminConnection>;
  let browser: Browser;
  const cli = (...args: string[]) => runCli(["--config", directory, "users", ...args]);
  const writes = () => watchRequests(testStack().keycloakUrl).writes;
  /** The exit code of an import, with what it printed on stderr, so that a failure shows why. */
  const importSaying = async (file: string) => {
    const errors = vi.mocked(console.error);
    const from = errors.mock.calls.length;
    const code = await cli("import", file);
    return { code, said: errors.mock.calls.slice(from).flat().join("\n") };
  };

  beforeAll(async () => {
    ({ directory, connection, browser } = await realmAndBrowserForUserCommands(realm));
  });

  afterAll(() => closeRealmAndBrowser(realm, { connection, browser }));

  it("imports 200 accounts, then a re-import of the same file makes zero writes", async () => {
    const file = await accountsFile(generatedAccounts(200, "bulk"));
    expect(await cli("import", file)).toBe(0);
    expect(await connection.api.users.count({ realm, search: "bulk." })).toBe(200);
    const [sample] = await connection.api.users.find({ realm, email: "bulk.00007@example.org", exact: true });
    expect(sample).toMatchObject({
      firstName: "Prénom00007",
      lastName: "Nom00007",
      attributes: expect.objectContaining({ etablissement: ["1000007A"] }),
    });
    // The realm's default roles, as an account made by POST /users has: "Mon compte" needs them.
    const roles = await connection.api.users.listRealmRoleMappings({ realm, id: sample!.id! });
    expect(roles.map((role) => role.name)).toEqual([`default-roles-${realm}`]);

    const before = writes();
    expect(await cli("import", file)).toBe(0);
    expect(writes() - before).toBe(0);
  });

  it("updates only the rows that changed, and export gives a file that import reads back unchanged", async () => {
    const original = generatedAccounts(3, "change", "dexco");
    expect(await cli("import", await accountsFile(original))).toBe(0);
    const changed = original
      .replace("Nom00001", "Nouveau-Nom")
      .replace(/(change\.00002@example\.org;.*;)dexco;$/m, "$1basa;");
    expect(changed).toContain(";basa;");
    const before = writes();
    expect(await cli("import", await accountsFile(changed))).toBe(0);
    expect(writes() - before).toBe(3); // one user update, one group join, one group leave

    const exported = path.join(path.dirname(await accountsFile("")), "export.csv");
    expect(await runCli(["--config", directory, "users", "export", "--out", exported])).toBe(0);
    const afterExport = writes();
    expect(await cli("import", exported)).toBe(0);
    expect(writes() - afterExport).toBe(0);
  });

  it("refuses a bad file whole: the message names the line, and nothing is written", async () => {
    const errors = vi.mocked(console.error);
    const before = writes();
    const file = await accountsFile(`${HEADER}\nok@example.org;A;B;;\nbad@example.org;A;B;123;dexco\n`);
    expect(await cli("import", file)).toBe(1);
    expect(String(errors.mock.calls.at(-1)?.[0])).toContain(
      rowProblem(file, { line: 3, column: "établissement", value: "123" }, refusedByProfile(UAI_RULE)),
    );
    expect(writes() - before).toBe(0);
    expect(await connection.api.users.count({ realm, search: "ok@example.org" })).toBe(0);
  });

  it("--skip-invalid imports the valid rows and writes the rejected ones to a file to fix", async () => {
    const file = await accountsFile(
      `${HEADER}\nskip.ok@example.org;A;B;;\nskip.bad@example.org;A;B;123;\n`,
      "skip.csv",
    );
    expect(await cli("import", file, "--skip-invalid")).toBe(0);
    expect(await connection.api.users.count({ realm, search: "skip.ok@example.org" })).toBe(1);
    const rejected = await readFile(file.replace(/\.csv$/, ".rejected.csv"), "utf8");
    expect(rejected).toContain("skip.bad@example.org;A;B;123;");
    expect(rejected).toContain(serverSays(UAI_RULE));
  });

  it("refuses before any partial import a name the live user profile refuses, as POST /users does, and creates no such account", async () => {
    const link = "[Camille](javascript:alert(1))";
    const markup = "<img src=x onerror=alert(1)>";
    const posted = await connection.api.users
      .create({
        realm,
        username: "live-rules.posted@example.org",
        email: "live-rules.posted@example.org",
        firstName: link,
        lastName: "Durand",
      })
      .then(
        () => 201,
        (error: { response?: Response }) => error.response?.status,
      );
    expect(posted).toBe(400);

    const errors = vi.mocked(console.error);
    const file = await accountsFile(
      `${HEADER}\nlive-rules.ok@example.org;Durand;Camille;;dexco\nlive-rules.link@example.org;Durand;${link};;dexco\nlive-rules.img@example.org;Durand;${markup};;dexco\n`,
      "live-rules.csv",
    );
    const before = writes();
    expect(await cli("import", file)).toBe(1);
    const refused = String(errors.mock.calls.at(-1)?.[0]);
    expect(refused).toContain(
      rowProblem(
        file,
        { line: 3, column: "prénom", value: link },
        refusedByProfile("error-person-name-invalid-character"),
      ),
    );
    expect(refused).toMatch(
      said("csv.where", {
        file,
        line: 4,
        column: saying("csv.whereColumn", { column: "prénom" }),
        value: saying("csv.whereValue", { value: markup }),
      }),
    );
    expect(writes() - before).toBe(0);
    expect(await connection.api.users.count({ realm, search: "live-rules." })).toBe(0);

    expect(await cli("import", file, "--skip-invalid")).toBe(0);
    const created = await connection.api.users.find({ realm, search: "live-rules.", max: 10 });
    expect(created.map((user) => user.email)).toEqual(["live-rules.ok@example.org"]);
    const rejected = await readFile(file.replace(/\.csv$/, ".rejected.csv"), "utf8");
    expect(rejected).toContain(`live-rules.link@example.org;Durand;${link};;dexco;`);
    expect(rejected).toContain(`live-rules.img@example.org;Durand;${markup};;dexco;`);
  });

  it("checks the rows with the user profile the realm has now, in --dry-run too", async () => {
    const live = await connection.api.users.getProfile({ realm });
    const attributes = live.attributes!.map((attribute) =>
      attribute.name === "lastName"
        ? { ...attribute, validations: { ...attribute.validations, length: { max: 10 } } }
        : attribute,
    );
    await connection.api.users.updateProfile({ ...live, attributes, realm });
    try {
      const errors = vi.mocked(console.error);
      const before = writes();
      const file = await accountsFile(`${HEADER}\nshorter-name@example.org;Durand-Martinez;Camille;;\n`);
      expect(await cli("import", file, "--dry-run")).toBe(1);
      expect(String(errors.mock.calls.at(-1)?.[0])).toContain(
        rowProblem(
          file,
          { line: 2, column: "nom", value: "Durand-Martinez" },
          refusedByProfile("error-invalid-length-too-long", ["nom", "0", "10"]),
        ),
      );
      expect(writes() - before).toBe(0);
    } finally {
      await connection.api.users.updateProfile({ ...live, realm });
    }
  });

  it("--invite sends the first-connexion e-mail, whose link sets a password", async () => {
    const email = `invite.${Date.now()}@example.org`;
    expect(
      await cli(
        "import",
        await accountsFile(`${HEADER}\n${email};Martin;Camille;0751234A;dexco\n`),
        "--invite",
        "--rate",
        "50",
      ),
    ).toBe(0);
    const message = await inbox().waitFor(email);
    expect(message.from.address).toBe(SENDER.address);
    const link = message.links.find((candidate) => candidate.includes("/login-actions/action-token"));
    expect(link).toBeDefined();

    const page = await browser.newPage();
    await page.goto(link!);
    // Keycloak first names the actions asked, with a link to go on.
    const proceed = page.locator('a[href*="action-token"]:not([href*="kc_locale"])');
    await page.locator('input[name="password-new"]').or(proceed).first().waitFor();
    if (await proceed.count()) await proceed.first().click();
    await page.fill('input[name="password-new"]', NEW_PASSWORD);
    await page.fill('input[name="password-confirm"]', NEW_PASSWORD);
    await page.locator('[type="submit"]').first().click();
    await page.waitForLoadState("networkidle");
    await page.close();

    const [user] = await connection.api.users.find({ realm, email, exact: true });
    const credentials = await connection.api.users.getCredentials({ realm, id: user!.id! });
    expect(credentials.map((credential) => credential.type)).toContain("password");
    expect(user!.attributes?.invitation?.[0]).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });

  it("--temporary-password writes a password for the owner's eyes only, and first sign-in forces its change", async () => {
    const email = `temporaire.${Date.now()}@example.org`;
    const passwords = path.join(path.dirname(await accountsFile("")), "mots-de-passe.csv");
    expect(
      await cli(
        "import",
        await accountsFile(`${HEADER}\n${email};Petit;Léa;;dexco\n`),
        "--temporary-password",
        "--passwords-file",
        passwords,
      ),
    ).toBe(0);
    const row = (await readFile(passwords, "utf8")).split("\n").find((line) => line.startsWith(email))!;
    const temporary = row.split(";")[3]!;
    expect(vi.mocked(console.log).mock.calls.flat().join("\n")).not.toContain(temporary);

    const page = await browser.newPage();
    await page.goto(
      signInUrl(testStack().keycloakUrl, realm, { clientId: "dexco", redirectUri: "http://localhost:5174/" }),
    );
    await page.fill('input[name="username"]', email);
    await page.fill('input[name="password"]', temporary);
    await page.locator('[type="submit"]').first().click();
    await page.waitForSelector('input[name="password-new"]');
    await page.fill('input[name="password-new"]', NEW_PASSWORD);
    await page.fill('input[name="password-confirm"]', NEW_PASSWORD);
    await page.locator('[type="submit"]').first().click();
    // The realm verifies e-mail addresses: that is the next step of this first sign-in.
    await page.waitForURL(/execution=VERIFY_EMAIL/);
    await page.close();

    const [user] = await connection.api.users.find({ realm, email, exact: true });
    expect(user!.requiredActions).not.toContain("UPDATE_PASSWORD");
    const [credential] = await connection.api.users.getCredentials({ realm, id: user!.id! });
    expect(credential).toMatchObject({ type: "password" });
  });

  it("an import killed in the middle completes on re-run, with nothing lost or doubled", async () => {
    const file = await accountsFile(generatedAccounts(1500, "killed"));
    const run = startCli(["--config", directory, "users", "import", file]);
    await run.reached("progress.accounts", 500);
    run.child.kill("SIGKILL");
    await run.exited;
    const partial = await connection.api.users.count({ realm, search: "killed." });
    expect(partial).toBeGreaterThan(0);
    expect(partial).toBeLessThan(1500);

    expect(await importSaying(file)).toMatchObject({ code: 0 });
    expect(await connection.api.users.count({ realm, search: "killed." })).toBe(1500);
    const before = writes();
    expect(await cli("import", file)).toBe(0);
    expect(writes() - before).toBe(0);
  });

  it("two imports of the same file at once both finish, and each account is created once", async () => {
    const file = await accountsFile(generatedAccounts(300, "twice"));
    const runs = await Promise.all([importSaying(file), importSaying(file)]);
    expect(runs).toMatchObject([{ code: 0 }, { code: 0 }]);
    expect(await connection.api.users.count({ realm, search: "twice." })).toBe(300);
    const before = writes();
    expect(await cli("import", file)).toBe(0);
    expect(writes() - before).toBe(0);
  });
});
