import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { repoRoot } from "../../stack/paths";

/** What the production tests read of docker-compose.prod.yml, as written (before interpolation). */
export interface ComposeService {
  image?: string;
  build?: unknown;
  command?: string[];
  ports?: string[];
  expose?: string[];
  volumes?: string[];
  networks?: string[];
  environment?: Record<string, string>;
  healthcheck?: { test: string[] };
  depends_on?: Record<string, { condition: string }>;
  restart?: string;
}

export interface ComposeFile {
  services: Record<string, ComposeService>;
  networks?: Record<string, { internal?: boolean } | null>;
  volumes?: Record<string, unknown>;
}

export const productionComposePath = path.join(repoRoot, "docker-compose.prod.yml");
export const proxyTemplatePath = path.join(repoRoot, "deploy", "nginx", "portail.conf.template");

export function productionCompose(): ComposeFile {
  return parse(readFileSync(productionComposePath, "utf8")) as ComposeFile;
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
