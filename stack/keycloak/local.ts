import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { cp, mkdir, readFile, readdir, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { lastLines, runCommand } from "../commands";
import { StackError } from "../errors";
import { cacheDir } from "../paths";
import { startSupervised } from "../supervised-process";
import { assertJava, ensureDistribution } from "./distribution";
import { optimizedArguments, serverArguments, serverEnvironment, type ServerSettings } from "./options";
import { waitUntilReady, type KeycloakServer } from "./server";

export interface LocalKeycloakOptions extends ServerSettings {
  version: string;
  /** Each name gets its own server folder (and database), e.g. `dev`, `test`, `bench`. */
  instance: string;
  /**
   * When that folder is in use by another run, take `<instance>-2`, `-3`… instead of failing
   * (two test runs at once); the dev stack fails instead, as its ports clash anyway.
   */
  parallel?: boolean;
  providerJars?: string[];
  startTimeoutMs?: number;
  /** The CPUs the server may run on (`taskset -c`), e.g. `0` or `0,1`: the benchmarks pin nodes. */
  cpus?: string;
}

export async function startLocalKeycloak(options: LocalKeycloakOptions): Promise<KeycloakServer> {
  await assertJava();
  const { home, name, release } = await claimInstance(options);
  const logFile = logFileOf(name);
  const { args, environment } = await readyToStart(home, options, logFile);
  const kc = path.join(home, "bin", "kc.sh");
  const [program, programArgs] = options.cpus ? ["taskset", ["-c", options.cpus, kc, ...args]] : [kc, args];
  const server = startSupervised(program, programArgs, { cwd: home, logFile, env: environment });
  // A server that ended on its own (killed, crashed) frees its folder for the next start.
  void server.exited.then(release);
  const stop = async (stopOptions?: { kill?: boolean }) => {
    await server.stop(stopOptions?.kill ? 0 : undefined);
    await release();
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
      `Keycloak (${name}) ${reason}. Last lines of ${logFile}:\n${lastLines(readFileSync(logFile, "utf8"), 30)}`,
      "Read the log above; a port in use or a broken provider jar are the usual causes.",
    );
  }
  return {
    url,
    managementUrl: `http://localhost:${options.managementPort}`,
    pid: server.group,
    admin: options.admin,
    runtime: "local",
    hostAddress: "localhost",
    logFile,
    hasExited: server.hasExited,
    exited: server.exited,
    stop,
  };
}

function logFileOf(name: string): string {
  return path.join(cacheDir, "logs", `keycloak-${name}.log`);
}

/** The server folder copied and given its jars, built when in production mode: its arguments and environment. */
async function readyToStart(
  home: string,
  options: LocalKeycloakOptions,
  logFile: string,
): Promise<{ args: string[]; environment: NodeJS.ProcessEnv }> {
  await prepareInstance(home, options);
  await mkdir(path.dirname(logFile), { recursive: true });
  const environment = {
    ...process.env,
    JAVA_OPTS_KC_HEAP: process.env.JAVA_OPTS_KC_HEAP ?? "-Xms256m -Xmx1g",
    ...serverEnvironment(options),
  };
  // Only this machine reaches it (the management port inherits the address).
  const args = serverArguments({
    ...options,
    extraOptions: ["--http-host=127.0.0.1", ...(options.extraOptions ?? [])],
  });
  if (options.command !== "start") return { args, environment };
  const { build, start } = optimizedArguments(args);
  await buildOnce(home, build, environment, logFile);
  return { args: start, environment };
}

/**
 * Keycloak's `update-compatibility` command (its rolling-update guide), run by the production-mode
 * server `options` describes, with the options it starts with: `metadata` by the version running
 * now writes `file`; `check` by the next one reads it. The folder is the one that server starts
 * from, built once for both. Exit code 0: a rolling update is possible; 3: stop every node first.
 */
export async function updateCompatibility(
  step: "metadata" | "check",
  file: string,
  options: LocalKeycloakOptions,
): Promise<{ exitCode: number; output: string }> {
  await assertJava();
  const home = instanceHome(options.instance, options.version);
  const { args, environment } = await readyToStart(home, options, logFileOf(`${options.instance}-${step}`));
  const [, ...startOptions] = args;
  return new Promise((resolve, reject) =>
    execFile(
      path.join(home, "bin", "kc.sh"),
      ["update-compatibility", step, ...startOptions, `--file=${file}`],
      { cwd: home, env: environment, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const exitCode = typeof error?.code === "number" ? error.code : error ? -1 : 0;
        if (exitCode === -1) reject(error!);
        else resolve({ exitCode, output: `${stdout}${stderr}` });
      },
    ),
  );
}

/**
 * Production mode's `kc.sh build`, run only when the build options differ from the last build of
 * this folder: a node then starts `--optimized`, in seconds less.
 */
async function buildOnce(home: string, build: string[], env: NodeJS.ProcessEnv, logFile: string): Promise<void> {
  const marker = path.join(home, ".siec-build");
  // Keycloak refuses to start --optimized once a provider jar changed since the build.
  const providers = createHash("sha256");
  for (const jar of (await readdir(path.join(home, "providers"))).filter((name) => name.endsWith(".jar")).sort())
    providers.update(jar).update(await readFile(path.join(home, "providers", jar)));
  const wanted = `${build.join(" ")}\nproviders ${providers.digest("hex")}\n`;
  if (existsSync(marker) && (await readFile(marker, "utf8")) === wanted) return;
  await rm(marker, { force: true });
  try {
    await runCommand(path.join(home, "bin", "kc.sh"), build, {
      cwd: home,
      env,
      installHint: "Java 17 or later is needed.",
    });
  } catch (error) {
    const output = (error as { stdout?: string; stderr?: string }).stdout ?? "";
    await writeFile(logFile, output);
    throw new StackError(
      `\`kc.sh ${build.join(" ")}\` failed. Last lines:\n${lastLines(output, 30)}`,
      "Read the lines above: an option Keycloak does not know, or a broken provider jar.",
    );
  }
  await writeFile(marker, wanted);
}

const instancesDir = path.join(cacheDir, "keycloak", "instances");

function instanceHome(name: string, version: string): string {
  return path.join(instancesDir, `${name}-${version}`);
}

/**
 * Takes a server folder for this process: a lock file holding our pid, created exclusively, and
 * taken over only from a process that is gone.
 */
async function claimInstance(
  options: LocalKeycloakOptions,
): Promise<{ home: string; name: string; release: () => Promise<void> }> {
  await mkdir(instancesDir, { recursive: true });
  for (let slot = 1; ; slot++) {
    const name = slot === 1 ? options.instance : `${options.instance}-${slot}`;
    const home = instanceHome(name, options.version);
    const lockFile = `${home}.lock`;
    const owner = await lockOwner(lockFile);
    if (owner === undefined) {
      try {
        await writeFile(lockFile, String(process.pid), { flag: "wx" });
        return { home, name, release: () => rm(lockFile, { force: true }) };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
        continue; // another run took it between our look and our write
      }
    }
    if (!options.parallel) {
      throw new StackError(
        `The '${name}' Keycloak is already used by process ${owner}.`,
        `Stop that run first (Ctrl-C in its terminal, or \`kill ${owner}\`).`,
      );
    }
  }
}

/** The live process holding the lock; a lock left by a killed run is removed. */
async function lockOwner(lockFile: string): Promise<number | undefined> {
  if (!existsSync(lockFile)) return undefined;
  const pid = Number(await readFile(lockFile, "utf8"));
  try {
    process.kill(pid, 0);
    return pid;
  } catch {
    await rm(lockFile, { force: true });
    return undefined;
  }
}

/** A server folder of its own, copied once from the pristine distribution, with the theme jar in providers/. */
async function prepareInstance(home: string, options: LocalKeycloakOptions): Promise<void> {
  if (!existsSync(path.join(home, "bin", "kc.sh"))) {
    const distribution = await ensureDistribution(options.version);
    const partial = `${home}.partial`;
    await rm(partial, { recursive: true, force: true });
    await cp(distribution, partial, { recursive: true });
    await rm(home, { recursive: true, force: true });
    await rename(partial, home);
  }
  await installProviders(path.join(home, "providers"), options.providerJars ?? []);
}
/**
 * Copies each jar only when its content changed (a new file makes Keycloak rebuild itself, ≈20 s),
 * and removes the project's jars no longer wanted.
 */
async function installProviders(providers: string, jars: string[]): Promise<void> {
  const wanted = new Set(jars.map((jar) => path.basename(jar)));
  for (const file of await readdir(providers)) {
    if (file.startsWith("siec-") && !wanted.has(file)) await rm(path.join(providers, file));
  }
  for (const jar of jars) {
    const installed = path.join(providers, path.basename(jar));
    const content = await readFile(jar);
    if (!existsSync(installed) || !content.equals(await readFile(installed))) await writeFile(installed, content);
  }
}
