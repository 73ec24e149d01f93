/**
 * Attack test (issue 21, finding 10): an export of the accounts must read back. The portal holds
 * accounts without names: a compte principal's colleague ("Mon établissement", the extension's
 * siec-establishment makes it with its address and school only) gives them at first sign-in,
 * when Keycloak's user profile asks for what it requires of the person (VERIFY_PROFILE). An
 * operator's `users export` of such a directory must then be a file `users import` takes
 * unchanged, with no write. Against the run's real Keycloak, in a realm of the test's own.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { runCli } from "../../admin-scripts/src/cli";
import type { RealmConfig } from "../../admin-scripts/src/catalogue";
import type { Connection } from "../../admin-scripts/src/keycloak/connection";
import { watchRequests } from "../../admin-scripts/src/keycloak/http";
import { HEADER, accountsFile } from "../../testing/accounts-files";
import { CookieJar, codeFlowUrlAt, exchangeCodeAt, loginAction, pageId, pkce } from "../../testing/browserless";
import { testStack, uniqueEmail } from "../support/keycloak";
import { closeRealmAndBrowser, realmForUserCommands, uniqueRealm } from "../support/realm-config";

const password = "Examens2026$ok";

describe("an export of accounts without names (finding 10)", () => {
  const realm = uniqueRealm("read-back");
  let directory: string;
  let config: RealmConfig;
  let connection: Connection;
  const users = (...args: string[]) => runCli(["--config", directory, "users", ...args]);
  const writes = () => watchRequests(testStack().keycloakUrl).writes;
  /** The exit code, the writes it made and what it printed on stderr, so that a failure shows why. */
  async function run(...args: string[]) {
    const errors = vi.mocked(console.error);
    const from = errors.mock.calls.length;
    const before = writes();
    const code = await users(...args);
    return { code, writes: writes() - before, said: errors.mock.calls.slice(from).flat().join("\n") };
  }

  /** An account as Mon établissement makes one: an address, a school, the realm's default role; no names. */
  async function colleague(label: string, more: { firstName?: string; lastName?: string; password?: string } = {}) {
    const email = uniqueEmail(label);
    const { id } = await connection.api.users.create({
      realm,
      username: email,
      email,
      enabled: true,
      // The first-connexion e-mail's link proves the address.
      emailVerified: true,
      ...(more.firstName && { firstName: more.firstName }),
      ...(more.lastName && { lastName: more.lastName }),
      attributes: { etablissement: ["0751234A"] },
      ...(more.password && { credentials: [{ type: "password", value: more.password, temporary: false }] }),
    });
    return { email, id };
  }

  beforeAll(async () => {
    ({ directory, config, connection } = await realmForUserCommands(realm));
  });

  afterAll(() => closeRealmAndBrowser(realm, { connection }));

  it("users export writes a file that users import reads back unchanged, with no write", async () => {
    const named = uniqueEmail("read-back-named");
    expect((await run("import", await accountsFile(`${HEADER}\n${named};Durand;Camille;0751234A;dexco\n`))).code).toBe(
      0,
    );
    const nameless = await colleague("read-back-nameless");
    const halfNamed = await colleague("read-back-half", { lastName: "Martin" });

    const exported = path.join(path.dirname(await accountsFile("")), "export.csv");
    expect(await users("export", "--out", exported)).toBe(0);
    const text = await readFile(exported, "utf8");
    expect(text).toContain(`${nameless.email};;;0751234A;;`);
    expect(text).toContain(`${halfNamed.email};Martin;;0751234A;;`);

    expect(await run("import", exported)).toEqual({ code: 0, writes: 0, said: "" });

    const again = path.join(path.dirname(exported), "again.csv");
    expect(await users("export", "--out", again)).toBe(0);
    expect(await readFile(again, "utf8")).toBe(text);
  });

  it("holds no name its import would refuse: the user profile refuses a name that reorders the text (U+202E)", async () => {
    // Keycloak's person-name rule lets such a name through, and one with a C1 control: the profile's
    // own pattern refuses them, with its own message (siecPersonNameInvisibleCharacter, the theme's
    // words), so the person cannot give one in Mon compte that an export would not read back.
    for (const lastName of ["\u202Eeliw", "Durand\u2066x", "\u200FDurand", "Durand\u009B"]) {
      const email = uniqueEmail("read-back-bidi");
      const refused = await connection.api.users
        .create({ realm, username: email, email, enabled: true, firstName: "Camille", lastName })
        .then(
          () => undefined,
          (error: { response?: { status: number }; responseData?: unknown }) => ({
            status: error.response?.status,
            body: error.responseData,
          }),
        );
      expect(refused, JSON.stringify(lastName)).toMatchObject({
        status: 400,
        body: { field: "lastName", errorMessage: "siecPersonNameInvisibleCharacter" },
      });
    }
  });

  it("an import creates an account without names, and an empty name cell keeps the name its owner gave", async () => {
    const created = uniqueEmail("read-back-created");
    const owner = await colleague("read-back-owner", { firstName: "Inès", lastName: "Leroy" });
    const file = await accountsFile(`${HEADER}\n${created};;;0751234A;dexco\n${owner.email};;;0751234A;\n`);
    expect(await run("import", file)).toMatchObject({ code: 0 });

    const [account] = await connection.api.users.find({ realm, email: created, exact: true });
    expect(account).toBeDefined();
    expect([account!.firstName ?? "", account!.lastName ?? ""]).toEqual(["", ""]);
    expect(await connection.api.users.findOne({ realm, id: owner.id })).toMatchObject({
      firstName: "Inès",
      lastName: "Leroy",
    });
  });

  it("the person without names gives them at first sign-in, as the user profile requires of them", async () => {
    const { email, id } = await colleague("read-back-first", { password });
    const app = config.clients.find((client) => client.clientId === "dpecotheque")!;
    const client = { clientId: app.clientId, redirectUri: app.redirectUris[0]! };
    const jar = new CookieJar(testStack().keycloakUrl);
    const { verifier, challenge } = pkce();
    const stopAt = client.redirectUri;
    const signInPage = await jar.follow(codeFlowUrlAt(jar.keycloakUrl, realm, client, { code_challenge: challenge }), {
      stopAt,
    });
    const asked = await jar.follow(loginAction(signInPage.body), { form: { username: email, password }, stopAt });
    expect(asked.location, "no code before the names are given").toBeNull();
    expect(pageId(asked.body)).toBe("login-update-profile.ftl");

    const given = await jar.follow(loginAction(asked.body), {
      form: { email, firstName: "Louise", lastName: "Bernard" },
      stopAt,
    });
    const code = given.location ? new URL(given.location).searchParams.get("code") : null;
    expect(code, `page ${pageId(given.body)}`).toBeTruthy();
    await exchangeCodeAt(jar.keycloakUrl, realm, client, code!, verifier);
    expect(await connection.api.users.findOne({ realm, id })).toMatchObject({
      firstName: "Louise",
      lastName: "Bernard",
    });
  });
});
