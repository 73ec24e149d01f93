import { cp, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { apply, connect, type Connection, loadRealmConfig, type RealmConfig, runCli } from "@siec/admin-scripts";
import type { Browser } from "playwright-core";
import { expect, vi } from "vitest";
import { realmConfigDir } from "../../stack/realm";
import { launchChromium } from "../../testing/browser";
import { testStack } from "./keycloak";

/** A copy of the project's realm-config/ declaring a realm of another name, so a test has its own. */
export async function realmConfigCopy(realm: string): Promise<string> {
  const directory = await mkdtemp(path.join(tmpdir(), `realm-config-${realm}-`));
  await cp(realmConfigDir, directory, { recursive: true });
  const realmFile = path.join(directory, "realm.yaml");
  await writeFile(realmFile, (await readFile(realmFile, "utf8")).replace(/^realm: siec$/m, `realm: ${realm}`));
  return directory;
}

export function uniqueRealm(label: string): string {
  return `${label}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 5)}`;
}

export async function loadConfig(directory: string, environment: Record<string, string> = {}): Promise<RealmConfig> {
  return loadRealmConfig(directory, environment);
}

export function adminConnection(url: string, realm: string, admin: { username: string; password: string }): Connection {
  return connect({ url, realm, credentials: { kind: "admin", ...admin } });
}

/** A realm of the test's own, applied from a copy of realm-config/ read with `environment`. */
export async function appliedRealmConfigCopy(
  realm: string,
  environment: Record<string, string> = {},
): Promise<{ directory: string; connection: Connection; config: RealmConfig }> {
  const { keycloakUrl, admin } = testStack();
  const directory = await realmConfigCopy(realm);
  const connection = adminConnection(keycloakUrl, realm, admin);
  const config = await loadConfig(directory, environment);
  expect((await apply(connection, config)).failed).toBeUndefined();
  return { directory, connection, config };
}

/**
 * Applies the files exported to `directory` from `realm` to a fresh realm named after `label`,
 * hands its connection and config to `check`, then deletes it.
 */
export async function checkExportOnFreshRealm(
  directory: string,
  realm: string,
  label: string,
  check: (connection: Connection, config: RealmConfig) => Promise<void>,
): Promise<void> {
  const copy = uniqueRealm(label);
  const realmFile = path.join(directory, "realm.yaml");
  await writeFile(realmFile, (await readFile(realmFile, "utf8")).replace(`realm: ${realm}`, `realm: ${copy}`));
  const config = await loadConfig(directory, { SMTP_PASSWORD: "unused" });
  const connection = adminConnection(testStack().keycloakUrl, copy, testStack().admin);
  try {
    expect((await apply(connection, config)).failed).toBeUndefined();
    await check(connection, config);
  } finally {
    await connection.api.realms.del({ realm: copy });
  }
}

/** realm-config's SMTP variables for the run's SMTP server (or another one, on `port`). */
export function smtpVariables(port = testStack().smtp.port): { SMTP_HOST: string; SMTP_PORT: string } {
  return { SMTP_HOST: testStack().smtp.host, SMTP_PORT: String(port) };
}

/**
 * A realm of the test's own, applied from a copy of realm-config/ with the run's SMTP server, for
 * the `users` commands: the CLI's environment points at it, its output is silenced.
 */
export async function realmForUserCommands(
  realm: string,
  options: { smtpPort?: number } = {},
): Promise<{ directory: string; connection: Connection; config: RealmConfig }> {
  const { keycloakUrl, admin } = testStack();
  const smtp = smtpVariables(options.smtpPort);
  const applied = await appliedRealmConfigCopy(realm, smtp);
  vi.stubEnv("KEYCLOAK_URL", keycloakUrl);
  vi.stubEnv("KEYCLOAK_ADMIN", admin.username);
  vi.stubEnv("KEYCLOAK_ADMIN_PASSWORD", admin.password);
  vi.stubEnv("SMTP_HOST", smtp.SMTP_HOST);
  vi.stubEnv("SMTP_PORT", smtp.SMTP_PORT);
  vi.spyOn(console, "log").mockImplementation(() => {});
  vi.spyOn(console, "error").mockImplementation(() => {});
  return applied;
}

/** realmForUserCommands, with a browser for what the CLI's e-mails lead to. */
export async function realmAndBrowserForUserCommands(
  realm: string,
): Promise<{ directory: string; connection: Connection; browser: Browser }> {
  const { directory, connection } = await realmForUserCommands(realm);
  return { directory, connection, browser: await launchChromium() };
}

/** Closes what realmAndBrowserForUserCommands opened, deletes the realm and undoes the mocks. */
export async function closeRealmAndBrowser(
  realm: string,
  { connection, browser }: { connection: Connection; browser?: Browser },
): Promise<void> {
  await browser?.close();
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
  await connection.api.realms.del({ realm });
}

/** Runs the CLI in-process with the run's Keycloak and its admin; returns the exit code and what it printed. */
export async function runCliOnTestStack(argv: string[]): Promise<{ code: number; output: string }> {
  const { keycloakUrl, admin } = testStack();
  vi.stubEnv("KEYCLOAK_URL", keycloakUrl);
  vi.stubEnv("KEYCLOAK_ADMIN", admin.username);
  vi.stubEnv("KEYCLOAK_ADMIN_PASSWORD", admin.password);
  const log = vi.spyOn(console, "log").mockImplementation(() => {});
  const error = vi.spyOn(console, "error").mockImplementation(() => {});
  try {
    const code = await runCli(argv);
    const output = [...log.mock.calls, ...error.mock.calls].flat().map(String).join("\n");
    return { code, output };
  } finally {
    log.mockRestore();
    error.mockRestore();
    vi.unstubAllEnvs();
  }
}
