import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { repoRoot } from "./paths";

/** What the stack and the production tests read of docker-compose.prod.yml, as written (before interpolation). */
export interface ComposeService {
  image?: string;
  profiles?: string[];
  build?: unknown;
  command?: string[];
  ports?: string[];
  expose?: string[];
  volumes?: string[];
  networks?: string[] | Record<string, { aliases?: string[] } | null>;
  environment?: Record<string, string>;
  healthcheck?: { test: string[] };
  depends_on?: Record<string, { condition: string }>;
  restart?: string;
}

export interface ComposeFile {
  /** Keycloak's options shared by every node, in production and in the local production shape. */
  "x-keycloak-options": Record<string, string>;
  services: Record<string, ComposeService>;
  networks?: Record<string, { internal?: boolean } | null>;
  volumes?: Record<string, unknown>;
}

export const productionComposePath = path.join(repoRoot, "docker-compose.prod.yml");
export const proxyTemplatePath = path.join(repoRoot, "deploy", "nginx", "portail.conf.template");

export function productionCompose(): ComposeFile {
  // Compose merges `<<: *anchor` keys: the nodes' environments take the shared options so.
  return parse(readFileSync(productionComposePath, "utf8"), { merge: true }) as ComposeFile;
}

/** One `${…}` of a Compose value: `${NAME}`, `${NAME:?message}`, `${NAME:-default}`… */
export interface ComposeVariable {
  name: string;
  /** `:?`, `?`, `:-`, `-`, `:+`, `+`, or "" for a bare `${NAME}` / `$NAME`. */
  operator: string;
  argument: string;
}

const VARIABLE = /\$\$|\$\{(\w+)(?:(:?[?+-])([^}]*))?\}|\$(\w+)/g;

export function composeVariables(value: string): ComposeVariable[] {
  const found: ComposeVariable[] = [];
  for (const match of value.matchAll(VARIABLE)) {
    if (match[0] === "$$") continue;
    found.push({ name: (match[1] ?? match[4])!, operator: match[2] ?? "", argument: match[3] ?? "" });
  }
  return found;
}

/**
 * Compose's interpolation of one value with the given variables: `$$` is a literal `$`,
 * `${NAME:?message}` fails when NAME is unset or empty, `${NAME:-default}` falls back.
 */
export function interpolate(value: string, variables: Record<string, string | undefined>): string {
  return value.replace(VARIABLE, (whole, braced?: string, operator?: string, argument?: string, bare?: string) => {
    if (whole === "$$") return "$";
    const name = (braced ?? bare)!;
    const set = variables[name];
    const missing = operator?.startsWith(":") ? !set : set === undefined;
    switch (operator?.replace(":", "")) {
      case "?":
        if (missing) throw new Error(`${name}: ${argument}`);
        return set!;
      case "-":
        return missing ? argument! : set!;
      case "+":
        return missing ? "" : argument!;
      default:
        return set ?? "";
    }
  });
}

/** A service's environment as the container gets it. */
export function serviceEnvironment(
  service: ComposeService,
  variables: Record<string, string | undefined>,
): Record<string, string> {
  return Object.fromEntries(
    Object.entries(service.environment ?? {}).map(([name, value]) => [name, interpolate(String(value), variables)]),
  );
}

/** Keycloak's `KC_NAME_OF_OPTION=value` environment as the `--name-of-option=value` options of kc.sh. */
export function keycloakOptions(environment: Record<string, string>): string[] {
  return Object.entries(environment)
    .filter(([name]) => name.startsWith("KC_"))
    .map(([name, value]) => `--${name.slice(3).toLowerCase().replaceAll("_", "-")}=${value}`);
}

/**
 * The options every production node runs with, whatever the machine: `x-keycloak-options` of
 * docker-compose.prod.yml, which its nodes merge into their environment and the local production
 * shape (KEYCLOAK_NODES=2) passes to kc.sh.
 */
export function sharedKeycloakOptions(): string[] {
  return keycloakOptions(productionCompose()["x-keycloak-options"]);
}
