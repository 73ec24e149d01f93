/**
 * Attack tests (issue 13, issue 23 finding 2): `users import` checks every account it would write
 * with the realm's user profile on the server (the extension's siec-profile-check: Keycloak's own
 * validators), since Keycloak's partial import skips them (keycloak#52310). A value the server
 * refuses is refused before any write, in --dry-run too, with the server's rule; a change of the
 * realm's user profile is followed at once. Against the run's real Keycloak, in a realm of the test's own.
 */
import KeycloakAdminClient from "@keycloak/keycloak-admin-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { profileCheckUrl, type ProfileRefusal } from "@siec/contract";
import type { RealmConfig } from "../../admin-scripts/src/catalogue";
import type { Connection } from "../../admin-scripts/src/keycloak/connection";
import { watchRequests } from "../../admin-scripts/src/keycloak/http";
import { useLanguage } from "../../admin-scripts/src/messages";
import { planAccountsImport } from "../../admin-scripts/src/users/import-accounts";
import { InvalidAccountsFile, type RowProblem } from "../../admin-scripts/src/users/read-csv";
import { HEADER, accountsFile } from "../../testing/accounts-files";
import { said, saying, TEST_LANGUAGE, words } from "../support/cli-messages";
import { serverSays } from "../support/profile-words";
import { accountMessages } from "../../theme/src/account/i18n";
import { testStack } from "../support/keycloak";
import { closeRealmAndBrowser, realmForUserCommands, uniqueRealm } from "../support/realm-config";

describe("users import checks every account with the server's user profile", () => {
  const realm = uniqueRealm("profile");
  let config: RealmConfig;
  let connection: Connection;
  const writes = () => watchRequests(testStack().keycloakUrl).writes;

  /** The rows' problems and the accounts the import would create, as --dry-run finds them. */
  async function dryRun(
    lines: string[],
  ): Promise<{ problems: (Omit<RowProblem, "message"> & { message: string })[]; create: string[] }> {
    const file = await accountsFile(`${HEADER}\n${lines.join("\n")}\n`);
    const before = writes();
    try {
      const planned = await planAccountsImport(connection, config, file, {
        language: TEST_LANGUAGE,
        rejectedFile: `${file}.rejected.csv`,
      });
      const problems = await planAccountsImport(connection, config, file, { language: TEST_LANGUAGE }).then(
        () => [],
        (error: unknown) => {
          if (error instanceof InvalidAccountsFile) return error.problems;
          throw error;
        },
      );
      return {
        problems: problems.map((problem) => ({ ...problem, message: words(problem.message) })),
        create: planned.plan.create.map((account) => account.email),
      };
    } finally {
      expect(writes() - before).toBe(0);
    }
  }

  /** The user profile's `rule` refusing a row, in the server's words. */
  const refused = (rule: string, parameters?: string[]) =>
    saying("row.refusedByProfile", {
      rule,
      // The portal theme says the person-name rule in "Mon compte"'s words (users-profile-words test).
      reason: serverSays(rule, parameters, {
        "error-person-name-invalid-character": accountMessages[TEST_LANGUAGE]["error-person-name-invalid-character"],
      }),
    });
  const PERSON_NAME = refused("error-person-name-invalid-character");

  /** Runs `change` on the realm's user profile for the time of `test`, then puts it back. */
  async function withProfile(
    change: (attribute: { name?: string; validations?: Record<string, unknown>; required?: unknown }) => object,
    test: () => Promise<void>,
  ) {
    const live = await connection.api.users.getProfile({ realm });
    const attributes = live.attributes!.map((attribute) => ({ ...attribute, ...change(attribute) }));
    await connection.api.users.updateProfile({ ...live, attributes, realm });
    try {
      await test();
    } finally {
      await connection.api.users.updateProfile({ ...live, realm });
    }
  }

  beforeAll(async () => {
    // The engines' problems are worded in the run's language (runCli's choice; here, the tests').
    useLanguage(TEST_LANGUAGE);
    ({ config, connection } = await realmForUserCommands(realm));
  });

  afterAll(() => closeRealmAndBrowser(realm, { connection }));

  it.each([
    ["a formula", "=HYPERLINK(A1)"],
    ["a formula with a sum", "@SUM(A1:A9)"],
    ["a DDE formula", "=cmd|' /C calc'!A0"],
    ["a Markdown link", "[Camille](javascript:alert(1))"],
    ["a template", "{{constructor.constructor('alert(1)')()}}"],
  ])("refuses %s as a last name with the server's person-name rule: %s", async (_name, lastName) => {
    const { problems, create } = await dryRun([
      `camille@example.org;${lastName};Camille;;`,
      "zoe@example.org;Lefèvre;Zoé;;",
    ]);
    expect(problems).toEqual([{ line: 2, column: "nom", value: lastName, message: PERSON_NAME }]);
    expect(create).toEqual(["zoe@example.org"]);
  });

  it("lets through the names Keycloak takes, a formula Keycloak takes included (users export disarms it)", async () => {
    const { problems, create } = await dryRun(["a@example.org;O'Neil;Jean-Paul;;", "b@example.org;-1+1;+A1+A2;;"]);
    expect(problems).toEqual([]);
    expect(create).toHaveLength(2);
  });

  it("refuses a name longer than Keycloak's 255 characters with the profile's length rule", async () => {
    const long = "D".repeat(256);
    const { problems, create } = await dryRun([`camille@example.org;${long};Camille;0751234A;dexco`]);
    expect(problems).toEqual([
      { line: 2, column: "nom", value: long, message: refused("error-invalid-length-too-long", ["nom", "0", "255"]) },
    ]);
    expect(create).toEqual([]);
  });

  it.each([
    ["U+202E", "\u202Eeliw"],
    ["U+2066", "Durand\u2066x"],
    ["U+200F", "\u200FDurand"],
    ["a C1 control", "Durand\u009B"],
  ])("refuses a name holding %s (it could read as another) with the profile's own rule", async (_name, lastName) => {
    const { problems } = await dryRun([`camille@example.org;${lastName};Camille;0751234A;dexco`]);
    expect(problems).toEqual([
      {
        line: 2,
        column: "nom",
        value: lastName,
        // Its words are the theme's (users-profile-words.integration.test.ts).
        message: expect.stringMatching(said("row.refusedByProfile", { rule: "siecPersonNameInvisibleCharacter" })),
      },
    ]);
  });

  it("refuses an address and a UAI code the profile refuses, each with its rule", async () => {
    const { problems } = await dryRun(["jeanne.dupont@;Dupont;Jeanne;;", "paul@example.org;Martin;Paul;075123A;"]);
    expect(problems).toEqual([
      { line: 2, column: "email", value: "jeanne.dupont@", message: refused("error-invalid-email") },
      {
        line: 3,
        column: "établissement",
        value: "075123A",
        message: refused("${profile.attributes.etablissement.invalid}"),
      },
    ]);
  });

  it("follows a shorter length set in the realm's user profile", async () => {
    await withProfile(
      (attribute) =>
        attribute.name === "lastName" ? { validations: { ...attribute.validations, length: { max: 10 } } } : {},
      async () => {
        const { problems } = await dryRun(["camille@example.org;Durand-Martinez;Camille;;"]);
        expect(problems).toEqual([
          {
            line: 2,
            column: "nom",
            value: "Durand-Martinez",
            message: refused("error-invalid-length-too-long", ["nom", "0", "10"]),
          },
        ]);
      },
    );
  });

  it("follows a UAI pattern the realm's user profile narrows, in the words of the profile's own message", async () => {
    const message = "${profile.attributes.etablissement.invalid}";
    await withProfile(
      (attribute) =>
        attribute.name === "etablissement"
          ? { validations: { pattern: { pattern: "^075[0-9]{4}[A-Z]$", "error-message": message } } }
          : {},
      async () => {
        const { problems } = await dryRun(["camille@example.org;Durand;Camille;0751234A|0931234b;"]);
        expect(problems).toEqual([
          { line: 2, column: "établissement", value: "0751234A|0931234b", message: refused(message) },
        ]);
      },
    );
  });

  it("refuses an empty last name once the realm's user profile requires it of operators too", async () => {
    await withProfile(
      (attribute) => (attribute.name === "lastName" ? { required: { roles: ["admin", "user"] } } : {}),
      async () => {
        const { problems } = await dryRun(["camille@example.org;;Camille;;"]);
        expect(problems).toEqual([
          {
            line: 2,
            column: "nom",
            value: "",
            message: refused("error-user-attribute-required"),
          },
        ]);
      },
    );
  });

  it("is refused to a caller who may not manage users, and checks without writing", async () => {
    const token = await connection.api.getAccessToken();
    const check = (authorization: string) =>
      fetch(profileCheckUrl(testStack().keycloakUrl, realm), {
        method: "POST",
        headers: { authorization, "content-type": "application/json" },
        body: JSON.stringify([{ username: "x@example.org", email: "x@example.org", lastName: "<b>", attributes: {} }]),
      });
    expect((await check("Bearer not-a-token")).status).toBe(401);
    const answer = await check(`Bearer ${token}`);
    expect(answer.status).toBe(200);
    const [refusals] = (await answer.json()) as ProfileRefusal[][];
    expect(refusals).toEqual([
      expect.objectContaining({ attribute: "lastName", code: "error-person-name-invalid-character" }),
    ]);
    expect(await connection.api.users.count({ realm, search: "x@example.org" })).toBe(0);
  });

  it("is refused to a signed-in person without the right to manage users, and to a token of another client's user", async () => {
    const username = `no-rights-${Date.now()}`;
    const password = "Sans-Droits-2026!";
    await connection.api.users.create({
      realm: "master",
      username,
      enabled: true,
      credentials: [{ type: "password", value: password, temporary: false }],
    });
    const person = new KeycloakAdminClient({ baseUrl: testStack().keycloakUrl, realmName: "master" });
    await person.auth({ grantType: "password", clientId: "admin-cli", username, password });
    const answer = await fetch(profileCheckUrl(testStack().keycloakUrl, realm), {
      method: "POST",
      headers: { authorization: `Bearer ${await person.getAccessToken()}`, "content-type": "application/json" },
      body: JSON.stringify([{ username: "y@example.org", email: "y@example.org", attributes: {} }]),
    });
    expect(answer.status).toBe(403);
  });

  it("answers a locale it does not offer, or a hostile one, in the realm's default language, and never fails on it", async () => {
    const token = await connection.api.getAccessToken();
    const candidate = [{ username: "z@example.org", email: "z@example.org", lastName: "<b>", attributes: {} }];
    const wordsIn = async (locale: string) => {
      const answer = await fetch(profileCheckUrl(testStack().keycloakUrl, realm, locale), {
        method: "POST",
        headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
        body: JSON.stringify(candidate),
      });
      expect(answer.status, locale).toBe(200);
      return ((await answer.json()) as ProfileRefusal[][])[0]![0]!.message;
    };
    const french = await wordsIn("fr");
    for (const hostile of ["de", "../../../etc/passwd", "fr'\"><script>alert(1)</script>", "x".repeat(5_000), ""])
      expect(await wordsIn(hostile), hostile.slice(0, 40)).toBe(french);
    expect(await wordsIn("en")).not.toBe(french);
  });
});
