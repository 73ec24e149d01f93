/**
 * `users import --dry-run` refuses a row the realm's user profile refuses with the server's own
 * rule and words (issue 23, finding 2): the extension's siec-profile-check says each refusal in the
 * operator's language, from the login theme's messages (Keycloak's and the portal's,
 * theme/src/login/i18n.ts) and the realm's texts (realm-config/texts.yaml), as the sign-in pages
 * do. A validator's own `error-message` shows its words, never its key, in French and in English.
 */
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { parse } from "yaml";
import { runCli } from "../../admin-scripts/src/cli";
import { watchRequests } from "../../admin-scripts/src/keycloak/http";
import type { Connection } from "../../admin-scripts/src/keycloak/connection";
import { HEADER, accountsFile } from "../../testing/accounts-files";
import { messageIn, type Language } from "../../admin-scripts/src/messages";
import { serverSays } from "../support/profile-words";
import { testStack } from "../support/keycloak";
import { closeRealmAndBrowser, realmForUserCommands, uniqueRealm } from "../support/realm-config";
import { accountMessages } from "../../theme/src/account/i18n";
import { loginTranslations } from "../support/login-translations";

vi.mock("keycloakify/login/i18n/noJsx", () => import("../support/login-translations"));

/** The realm's own texts (the profile names them `${key}`). */
const realmTexts = parse(readFileSync(new URL("../../realm-config/texts.yaml", import.meta.url), "utf8")) as Record<
  Language,
  Record<string, string>
>;

/** A row the user profile's `rule` refuses, as the CLI says it in `language`: file, line, column, value, rule, words. */
function refusedRow(
  language: Language,
  file: string,
  where: { line: number; column: string; value?: string },
  rule: string,
  words: string,
): string {
  const refusal = messageIn(language, "row.refusedByProfile", { rule, reason: words });
  if (where.value === undefined) return refusal;
  return messageIn(language, "csv.where", {
    file,
    line: where.line,
    column: messageIn(language, "csv.whereColumn", { column: where.column }),
    value: messageIn(language, "csv.whereValue", { value: where.value }),
    message: refusal,
  });
}

describe("users import --dry-run says the user profile's refusals in the server's words", () => {
  const realm = uniqueRealm("profile-words");
  let directory: string;
  let connection: Connection;
  let theme: Record<Language, Record<string, string>>;
  const writes = () => watchRequests(testStack().keycloakUrl).writes;

  /** What a dry run of `lines` printed on stderr, and its exit code, in `language` (French without --lang). */
  async function dryRun(lines: string[], language?: Language) {
    const file = await accountsFile(`${HEADER}\n${lines.join("\n")}\n`);
    const errors = vi.mocked(console.error);
    const from = errors.mock.calls.length;
    const before = writes();
    const code = await runCli([
      ...(language ? ["--lang", language] : []),
      "--config",
      directory,
      "users",
      "import",
      file,
      "--dry-run",
    ]);
    expect(writes() - before).toBe(0);
    return { file, code, said: errors.mock.calls.slice(from).flat().join("\n") };
  }

  beforeAll(async () => {
    ({ directory, connection } = await realmForUserCommands(realm));
    vi.spyOn(console, "error").mockImplementation(() => {});
    theme = (await loginTranslations()) as Record<Language, Record<string, string>>;
  });

  afterAll(() => closeRealmAndBrowser(realm, { connection }));

  it.each([
    [undefined, "fr"],
    ["en", "en"],
  ] as const)(
    "names file, line, column, value, rule and a custom error-message's words, not its key (--lang %s)",
    async (asked, language) => {
      const name = "\u202Eeliw";
      const { file, code, said } = await dryRun(
        [
          "ok@example.org;Durand;Camille;0751234A;dexco",
          `bidi@example.org;${name};Camille;;`,
          "uai@example.org;Durand;Camille;123;",
        ],
        asked,
      );
      expect(code).toBe(1);
      // The theme's words (theme/src/login/i18n.ts) and the realm's (realm-config/texts.yaml).
      const nameWords = theme[language].siecPersonNameInvisibleCharacter!;
      const uaiWords = realmTexts[language]["profile.attributes.etablissement.invalid"]!;
      expect(nameWords).toBeTruthy();
      expect(uaiWords).toBeTruthy();
      expect(said).toContain(
        refusedRow(
          language,
          file,
          { line: 3, column: "nom", value: name },
          "siecPersonNameInvisibleCharacter",
          nameWords,
        ),
      );
      expect(said).toContain(
        refusedRow(
          language,
          file,
          { line: 4, column: "établissement", value: "123" },
          "${profile.attributes.etablissement.invalid}",
          uaiWords,
        ),
      );
      // The words, never a key left unsaid.
      expect(said).not.toMatch(/: \$\{|: siecPerson|: error-/);
    },
  );

  it.each([undefined, "en"] as const)(
    "says Keycloak's own rules (e-mail, length, person name) as the sign-in pages do (--lang %s)",
    async (asked) => {
      const language: Language = asked ?? "fr";
      const long = "D".repeat(256);
      const { file, code, said } = await dryRun(
        ["jeanne.dupont@;Dupont;Jeanne;;", `long@example.org;${long};Camille;;`, "markup@example.org;<b>;Camille;;"],
        asked,
      );
      expect(code).toBe(1);
      expect(said).toContain(
        refusedRow(
          language,
          file,
          { line: 2, column: "email", value: "jeanne.dupont@" },
          "error-invalid-email",
          serverSays("error-invalid-email", [], {}, language),
        ),
      );
      // A value this long is named by its length, not echoed.
      expect(said).toContain(
        refusedRow(
          language,
          file,
          { line: 3, column: "nom" },
          "error-invalid-length-too-long",
          serverSays("error-invalid-length-too-long", ["nom", "0", "255"], {}, language),
        ),
      );
      // The portal's theme says Keycloak's person-name rule in its own words, those of "Mon compte".
      const personName = theme[language]["error-person-name-invalid-character"]!;
      expect(personName).toBe(accountMessages[language]["error-person-name-invalid-character"]);
      expect(said).toContain(
        refusedRow(
          language,
          file,
          { line: 4, column: "nom", value: "<b>" },
          "error-person-name-invalid-character",
          personName,
        ),
      );
    },
  );
});
