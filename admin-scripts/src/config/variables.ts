/**
 * The environment variables realm-config/ may read, declared once: loading refuses any other, and
 * the README's list is checked against this one. A public variable's value may be shown (by a plan,
 * on the sign-in page); a secret one is read only in a field its kind declares secret
 * (`secretFields`), and its value is masked wherever the CLI prints it.
 */
import { existsSync } from "node:fs";
import { readdir } from "node:fs/promises";
import path from "node:path";
import { clientsKind } from "../clients";
import { said, type MessageKey, type Said } from "../messages/said";

export interface RealmConfigVariable {
  name: string;
  secret: boolean;
  /** What it sets, and where: its message in the catalogue. */
  sets: MessageKey;
}

export const REALM_CONFIG_VARIABLES: readonly RealmConfigVariable[] = [
  { name: "SMTP_HOST", secret: false, sets: "variable.smtpHost" },
  { name: "SMTP_PORT", secret: false, sets: "variable.smtpPort" },
  { name: "SMTP_STARTTLS", secret: false, sets: "variable.smtpStarttls" },
  { name: "SMTP_SSL", secret: false, sets: "variable.smtpSsl" },
  { name: "SMTP_USER", secret: false, sets: "variable.smtpUser" },
  { name: "SMTP_PASSWORD", secret: true, sets: "variable.smtpPassword" },
  { name: "INVITATION_LIFESPAN", secret: false, sets: "variable.invitationLifespan" },
  { name: "PROCONNECT_ENABLED", secret: false, sets: "variable.proconnectEnabled" },
  { name: "PROCONNECT_ISSUER", secret: false, sets: "variable.proconnectIssuer" },
  { name: "PROCONNECT_CLIENT_ID", secret: false, sets: "variable.proconnectClientId" },
  { name: "PROCONNECT_CLIENT_SECRET", secret: true, sets: "variable.proconnectClientSecret" },
];

/** The family of the apps' addresses: each file of clients/ reads its own, BASA_URL in clients/basa.yaml. */
export const APP_URLS = "<APP>_URL";

export const MASK = "(secret)";

// Names of credentials, keys and tokens: never read by a public field, even as an app's address.
const LOOKS_SECRET =
  /PASSW|PASSPHRASE|SECRET|TOKEN|CREDENTIAL|PRIVATE|APIKEY|(^|_)(PASS|PWD|KEY|AUTH|SALT|COOKIE|SESSION|DSN|CERT)S?(_|$)/;

/** `<APP>_URL` of a file of the clients folder (`clients/exemple-serveur.yaml`: EXEMPLE_SERVEUR_URL). */
export function appUrlVariable(fileInConfig: string): string | undefined {
  const match = /^([a-z0-9-]+)\.ya?ml$/i.exec(path.relative(clientsKind.folder, fileInConfig));
  return match ? `${match[1]!.toUpperCase().replaceAll("-", "_")}_URL` : undefined;
}

/**
 * The values `environment` gives the variables realm-config/ in `directory` may read: what a server
 * is applied with, which `npm start` records so that the CLI reads realm-config the same way.
 */
export async function variableValues(
  directory: string,
  environment: Record<string, string | undefined>,
): Promise<Record<string, string>> {
  const clients = path.join(directory, clientsKind.folder);
  const appUrls = existsSync(clients)
    ? (await readdir(clients)).map((name) => appUrlVariable(path.join(clientsKind.folder, name)))
    : [];
  const names = [...REALM_CONFIG_VARIABLES.map((variable) => variable.name), ...appUrls];
  return Object.fromEntries(names.flatMap((name) => (name && environment[name] ? [[name, environment[name]]] : [])));
}

export function isSecretVariable(name: string): boolean {
  return REALM_CONFIG_VARIABLES.some((variable) => variable.secret && variable.name === name);
}

/**
 * Why a value may not read `${variable}`; undefined when it may. `fileInConfig` is the file's path
 * in realm-config/; `secretField`, whether its kind declares the field secret.
 */
export function refusalOf(variable: string, fileInConfig: string, secretField: boolean): Said | undefined {
  const reference = `\${${variable}}`;
  const declared = REALM_CONFIG_VARIABLES.find((candidate) => candidate.name === variable);
  if (declared?.secret) {
    return secretField ? undefined : said("variables.secretInPublicField", { reference, sets: said(declared.sets) });
  }
  if (LOOKS_SECRET.test(variable) && !secretField) {
    return said("variables.looksSecret", { reference });
  }
  const appUrl = appUrlVariable(fileInConfig);
  if (declared || variable === appUrl) return undefined;
  const names = [...REALM_CONFIG_VARIABLES.map((candidate) => candidate.name), appUrl ?? APP_URLS];
  return said("variables.unknown", { reference, names: names.join(", ") });
}

/** The values of the secret variables set in `environment`, longest first. */
export function secretValues(environment: Record<string, string | undefined>): string[] {
  return REALM_CONFIG_VARIABLES.flatMap((variable) => {
    const value = variable.secret ? environment[variable.name] : undefined;
    return value ? [value] : [];
  }).sort((a, b) => b.length - a.length);
}

/** `value` with each secret value of `environment` replaced by the mask, in every string it holds. */
export function maskSecretValues<Value>(value: Value, environment: Record<string, string | undefined>): Value {
  const secrets = secretValues(environment);
  const mask = (item: unknown): unknown => {
    if (typeof item === "string") return secrets.reduce((text, secret) => text.replaceAll(secret, MASK), item);
    if (Array.isArray(item)) return item.map(mask);
    if (typeof item === "object" && item !== null) {
      return Object.fromEntries(Object.entries(item).map(([key, child]) => [key, mask(child)]));
    }
    return item;
  };
  return secrets.length === 0 ? value : (mask(value) as Value);
}
