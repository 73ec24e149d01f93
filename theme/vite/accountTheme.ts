import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/**
 * The account theme ("Mon compte"), written into Keycloakify's build before it makes the jar
 * (its postBuild hook runs in the build's resources directory).
 *
 * Keycloak's account console renders the theme's index.ftl and the page signs in to the Account
 * REST API itself. Keycloakify's own single-page account theme is Keycloak's PatternFly console;
 * the portal's is this theme's bundle, so index.ftl is the login pages' template, whose generic
 * data script serializes the account console's data as well, with these changes: the page id and
 * template name, the theme type, and where the bundle is (the login theme's resources: one copy
 * in the jar).
 */
export function writeAccountTheme(themeName: string): void {
  const loginDir = join("theme", themeName, "login");
  const accountDir = join("theme", themeName, "account");
  mkdirSync(accountDir, { recursive: true });

  const page = [
    ['"pageId": "login.ftl"', '"pageId": "index.ftl"'],
    ['"ftlTemplateFileName": "login.ftl"', '"ftlTemplateFileName": "index.ftl"'],
    ['"themeType": "login"', '"themeType": "account"'],
    // resourceUrl is …/resources/<version>/account/<theme>; the bundle is the login theme's.
    ['"resourcesPath": resourceUrl }', '"resourcesPath": resourceUrl?replace("/account/", "/login/") }'],
  ].reduce(
    (text, [search, replacement]) => replaceOnce(text, search!, replacement!),
    readFileSync(join(loginDir, "login.ftl"), "utf8"),
  );
  writeFileSync(join(accountDir, "index.ftl"), page);

  // The environment variables (footer links) and the languages, as the login theme has them.
  const properties = readFileSync(join(loginDir, "theme.properties"), "utf8");
  writeFileSync(join(accountDir, "theme.properties"), replaceOnce(properties, "parent=keycloak", "parent=base"));
}

function replaceOnce(text: string, search: string, replacement: string): string {
  const count = text.split(search).length - 1;
  if (count !== 1)
    throw new Error(`Keycloakify's page template changed: "${search}" found ${count} times, expected once.`);
  return text.replace(search, replacement);
}
