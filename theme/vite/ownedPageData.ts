import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
// The contract's source by path: Vite and Keycloakify load this config with Node, which does not
// run the contract package's TypeScript; a relative import is bundled into the config instead.
import { CLIENT_ATTRIBUTES, EXTENSION_FORM_FIELDS } from "../../contract/src/index";

const pageDataDir = join(import.meta.dirname, "..", "src", "login", "pageData");
const FRAME = "frame.ftl";

/**
 * The pages people meet on every sign-in send only the data they use, from the theme's own
 * templates (src/login/pageData/<page>.ftl), in place of Keycloakify's generic data script, which
 * walks Keycloak's whole data model on every request and was most of the page's server cost.
 * The rest of Keycloakify's page (its head, the bundle's tags) is kept as it wrote it; the page
 * still begins with its one data script (the Content-Security-Policy allows it by its hash).
 * Runs in Keycloakify's postBuild hook, in the build's resources directory.
 */
export function writeOwnedPageData(themeName: string, environmentVariables: readonly { name: string }[]): void {
  const constants = {
    themeName,
    robotCheckField: EXTENSION_FORM_FIELDS.robotCheck,
    clientAttributes: Object.values(CLIENT_ATTRIBUTES),
    properties: environmentVariables.map(({ name }) => name),
  };
  const frame = readFileSync(join(pageDataDir, FRAME), "utf8");
  for (const page of readdirSync(pageDataDir).filter((file) => file.endsWith(".ftl") && file !== FRAME)) {
    const target = join("theme", themeName, "login", page);
    const generic = readFileSync(target, "utf8");
    const script = /^(<!DOCTYPE html><html[^>]*><head><script>)([\s\S]*?)(\n<\/script>)/.exec(generic);
    if (!script) throw new Error(`Keycloakify's ${page} no longer begins with its data script: ${target}`);
    const owned = [
      `<#assign siec = ${JSON.stringify(constants)}>`,
      // The head's tags that follow use it (Keycloakify's resources path).
      `<#assign xKeycloakify = { "resourcesPath": url.resourcesPath }>`,
      frame,
      readFileSync(join(pageDataDir, page), "utf8"),
    ].join("\n");
    writeFileSync(target, script[1] + owned + script[3] + generic.slice(script[0].length));
  }
}
