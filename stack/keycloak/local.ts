import { existsSync, readFileSync } from "node:fs";
import { cp, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { lastLines } from "../commands";
import { StackError } from "../errors";
import { cacheDir } from "../paths";
import { startSupervised } from "../supervised-process";
import { assertJava, ensureDistribution } from "./distribution";
import { serverArguments, serverEnvironment, type ServerSettings } from "./options";
import { waitUntilReady, type KeycloakServer } from "./server";

export interface LocalKeycloakOptions extends ServerSettings {
  version: string;
  /** Each name gets its own server folder (and database), e.g. `dev`, `test`, `bench`. */
  instance: string;
  themeJar?: string;
  startTimeoutMs?: number;
}

const THEME_JAR_NAME = "siec-theme.jar";

export async function startLocalKeycloak(options: LocalKeycloakOptions): Promise<KeycloakServer> {
  await assertJava();
  const home = await prepareInstance(options);
  const pidFile = path.join(home, "siec-stack.pid");
  assertNotRunning(pidFile, options.instance);

  const logFile = path.join(cacheDir, "logs", `keycloak-${options.instance}.log`);
  await mkdir(path.dirname(logFile), { recursive: true });
  const server = startSupervised(path.join(home, "bin", "kc.sh"), serverArguments(options), {
    cwd: home,
    logFile,
    env: {
      ...process.env,
      JAVA_OPTS_KC_HEAP: process.env.JAVA_OPTS_KC_HEAP ?? "-Xms256m -Xmx1g",
      ...serverEnvironment(options),
    },
  });
  await writeFile(pidFile, String(server.group));
  const stop = async () => {
    await server.stop();
    await rm(pidFile, { force: true });
  };

  const url = `http://localhost:${options.httpPort}`;
  const timeoutMs = options.startTimeoutMs ?? 240_000;
  const outcome = await waitUntilReady(`http://localhost:${options.managementPort}/health/ready`, {
    timeoutMs,
    hasExited: server.hasExited,
  });
  if (outcome !== "ready") {
    await stop();
    const reason = outcome === "exited" ? "stopped during start-up" : `was not ready after ${timeoutMs / 1000} s`;
    throw new StackError(
      `Keycloak (${options.instance}) ${reason}. Last lines of ${logFile}:\n${lastLines(readFileSync(logFile, "utf8"), 30)}`,
      "Read the log above; a port in use or a broken provider jar are the usual causes.",
    );
  }
  return { url, admin: options.admin, runtime: "local", hostAddress: "localhost", logFile, stop };
}

function assertNotRunning(pidFile: string, instance: string): void {
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, "utf8"));
  try {
    process.kill(pid, 0);
  } catch {
    return; // left by a run that was killed; the process is gone
  }
  throw new StackError(
    `The '${instance}' Keycloak is already running (process group ${pid}).`,
    `Stop the other run first (Ctrl-C in its terminal, or \`kill -- -${pid}\`).`,
  );
}

/** A server folder of its own, copied once from the pristine distribution, with the theme jar in providers/. */
async function prepareInstance(options: LocalKeycloakOptions): Promise<string> {
  const home = path.join(cacheDir, "keycloak", "instances", `${options.instance}-${options.version}`);
  if (!existsSync(path.join(home, "bin", "kc.sh"))) {
    const distribution = await ensureDistribution(options.version);
    await rm(home, { recursive: true, force: true });
    await cp(distribution, home, { recursive: true });
  }
  await installThemeJar(path.join(home, "providers"), options.themeJar);
  return home;
}

/** Copies only when the content changed: a new file makes Keycloak rebuild itself (≈20 s). */
async function installThemeJar(providers: string, themeJar: string | undefined): Promise<void> {
  const installed = path.join(providers, THEME_JAR_NAME);
  if (!themeJar) {
    await rm(installed, { force: true });
    return;
  }
  const wanted = await readFile(themeJar);
  if (existsSync(installed) && wanted.equals(await readFile(installed))) return;
  await writeFile(installed, wanted);
}
