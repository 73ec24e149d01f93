import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { delimiter, dirname, join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { writeContractJava } from "./contract-java";
import { keycloakVersion } from "./keycloak-version";
import {
  areProviderJarsFresh,
  extensionDir,
  extensionJarPath,
  repoRoot,
  sourceHash,
  sourceHashPath,
  themeDir,
  themeJarPath,
} from "./provider-jars";

/**
 * `npm run build:theme`: builds the theme jar (Vite, then Keycloakify) and the extension jar
 * (Maven, for the Keycloak version of .env) into theme/dist_keycloak/. With --if-stale, only when
 * their sources changed since the last build.
 */

const lockPath = join(themeDir, "node_modules", ".cache", "siec-theme-build.lock");

function run(command: string, args: string[], extraEnv: NodeJS.ProcessEnv = {}): void {
  const binDirs = [join(themeDir, "node_modules", ".bin"), join(repoRoot, "node_modules", ".bin")];
  const env: NodeJS.ProcessEnv = { ...process.env, ...extraEnv, PATH: [...binDirs, process.env.PATH].join(delimiter) };
  for (const [name, value] of Object.entries(env)) if (value === undefined) delete env[name];
  const { status, error } = spawnSync(command, args, { cwd: themeDir, stdio: "inherit", env });
  if (error !== undefined) throw error;
  if (status !== 0) throw new Error(`\`${command} ${args.join(" ")}\` failed with exit code ${status}.`);
}

function assertMavenInstalled(): void {
  const { error, status } = spawnSync("mvn", ["--version"], { stdio: "ignore" });
  if ((error as NodeJS.ErrnoException | undefined)?.code === "ENOENT") {
    throw new Error(
      "Apache Maven (`mvn`) is not on PATH: `keycloakify build` needs it to package the theme jar. " +
        "Install it (Debian/Ubuntu: `apt-get install maven`) and run the build again.",
    );
  }
  if (status !== 0) {
    throw new Error("`mvn --version` failed: Maven needs a JDK (17+), e.g. `apt-get install openjdk-17-jdk-headless`.");
  }
}

function buildThemeJar(): void {
  const startedAt = Date.now();
  console.log("Building the siec theme jar…");
  assertMavenInstalled();
  // Before hashing: the generated Java files are among the extension's sources.
  const rewritten = writeContractJava();
  if (rewritten.length > 0) console.log(`Rewrote ${rewritten.join(", ")} from contract/src/.`);
  const hash = sourceHash();

  // vitest runs its global setup with NODE_ENV=test, which would bundle React's development build.
  run("vite", ["build", "--logLevel", "warn"], { NODE_ENV: "production" });
  // keycloakify copies npm's whole `cafile` into one env variable of a child (E2BIG past 128 KiB); an empty one makes npm fall back to Node's CAs, and Maven never reads it.
  // Under `npm run`, npm's own variables make keycloakify's `npm config get` fail: it gets none of them.
  const npmVariables = Object.fromEntries(
    Object.keys(process.env)
      .filter((name) => name.startsWith("npm_"))
      .map((name) => [name, undefined]),
  );
  run("keycloakify", ["build"], { ...npmVariables, npm_config_cafile: "/dev/null" });
  run("mvn", [
    "--quiet",
    "--batch-mode",
    "-f",
    join(extensionDir, "pom.xml"),
    `-Dkeycloak.version=${keycloakVersion()}`,
    "package",
  ]);
  copyFileSync(join(extensionDir, "target", "siec-extension.jar"), extensionJarPath());

  const jarPath = themeJarPath();
  if (!existsSync(jarPath)) {
    throw new Error(
      `keycloakify build succeeded but ${jarPath} is missing: check keycloakVersionTargets in theme/vite.config.ts.`,
    );
  }
  writeFileSync(sourceHashPath, `${hash}\n`);
  console.log(`Theme jar built in ${((Date.now() - startedAt) / 1000).toFixed(1)} s: ${jarPath}`);
}

// The dev stack and the test setup may both build at once; two concurrent keycloakify builds break each other.
async function acquireBuildLock(): Promise<void> {
  mkdirSync(dirname(lockPath), { recursive: true });
  for (let announced = false; ;) {
    try {
      writeFileSync(lockPath, String(process.pid), { flag: "wx" });
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    const owner = Number(readFileSync(lockPath, "utf8"));
    if (owner > 0 && !isRunning(owner)) {
      rmSync(lockPath, { force: true });
      continue;
    }
    if (!announced) console.log(`Waiting for the theme jar build already running (pid ${owner})…`);
    announced = true;
    await sleep(500);
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

await acquireBuildLock();
try {
  if (process.argv.includes("--if-stale") && areProviderJarsFresh()) {
    console.log(`Theme jar up to date: ${themeJarPath()}`);
  } else {
    buildThemeJar();
  }
} catch (error) {
  console.error(`\nTheme jar build failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  rmSync(lockPath, { force: true });
}
