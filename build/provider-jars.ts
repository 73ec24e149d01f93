import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { keycloakVersion } from "./keycloak-version";
import { join, sep } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The jars Keycloak needs in providers/: the siec theme (theme/, built by Vite and Keycloakify)
 * and the portal's extension (extension/, built by Maven), both written to theme/dist_keycloak/.
 */
export const repoRoot = fileURLToPath(new URL("..", import.meta.url));
export const themeDir = join(repoRoot, "theme");
export const extensionDir = join(repoRoot, "extension");

// Keycloakify writes the theme jar here; the extension jar is copied beside it.
const jarsDir = join(themeDir, "dist_keycloak");
export const sourceHashPath = join(jarsDir, ".source-hash");

// Generated while building, from inputs that are hashed anyway (theme/vite.config.ts, theme/src/).
const generatedPaths = new Set([
  join("theme", "src", "kc.gen.tsx"),
  join("theme", "public", "keycloakify-dev-resources"),
]);

export function themeJarPath(): string {
  // Must match keycloakVersionTargets in theme/vite.config.ts.
  return join(jarsDir, "siec-theme.jar");
}

/** The portal's Keycloak extension (extension/), built with the theme and installed beside it. */
export function extensionJarPath(): string {
  return join(jarsDir, "siec-extension.jar");
}

/** Every jar Keycloak needs in providers/. */
export function providerJarPaths(): string[] {
  return [themeJarPath(), extensionJarPath()];
}

/** What the two jars are built from, relative to the repository's root. */
export const sourceInputs = [
  "theme/src",
  "theme/public",
  "theme/index.html",
  "theme/vite.config.ts",
  "theme/vite",
  "theme/package.json",
  "extension/pom.xml",
  "extension/src",
  "contract/src",
  "contract/package.json",
  ".env",
] as const;

/** A hash of every file of sourceInputs: the jars are rebuilt when it changes. */
export function sourceHash(): string {
  const hash = createHash("sha256");
  const inputs = sourceInputs.map((input) => input.split("/").join(sep));
  for (const file of inputs.flatMap(listFiles).sort()) {
    hash
      .update(`${file.split(sep).join("/")}\0`)
      .update(readFileSync(join(repoRoot, file)))
      .update("\0");
  }
  return hash.digest("hex");
}

function listFiles(relativePath: string): string[] {
  const path = join(repoRoot, relativePath);
  if (generatedPaths.has(relativePath) || !existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [relativePath];
  return readdirSync(path).flatMap((name) => listFiles(join(relativePath, name)));
}

export function areProviderJarsFresh(): boolean {
  return (
    providerJarPaths().every((jar) => existsSync(jar)) &&
    existsSync(sourceHashPath) &&
    readFileSync(sourceHashPath, "utf8").trim() === sourceHash()
  );
}

/**
 * The jars for another Keycloak version than the pinned one (the upgrade test's earlier patch): the
 * same theme jar, and the extension compiled against that version's API into
 * `.cache/extension/<version>/`, again only when its sources changed.
 */
export async function ensureProviderJarsFor(version: string): Promise<string[]> {
  const [themeJar, extensionJar] = await ensureProviderJars();
  if (version === keycloakVersion()) return [themeJar!, extensionJar!];
  const buildDir = join(repoRoot, ".cache", "extension", version);
  const jar = join(buildDir, "siec-extension.jar");
  const hashFile = join(buildDir, ".source-hash");
  const hash = sourceHash();
  if (existsSync(jar) && existsSync(hashFile) && readFileSync(hashFile, "utf8").trim() === hash)
    return [themeJar!, jar];
  console.log(`Building the extension jar for Keycloak ${version}…`);
  await runMaven([
    ...["--quiet", "--batch-mode", "-f", join(extensionDir, "pom.xml")],
    ...[`-Dkeycloak.version=${version}`, `-Dsiec.build.directory=${buildDir}`, "package"],
  ]);
  writeFileSync(hashFile, `${hash}\n`);
  return [themeJar!, jar];
}

function runMaven(args: string[]): Promise<void> {
  return new Promise((resolve, reject) =>
    spawn("mvn", args, { cwd: repoRoot, stdio: "inherit" })
      .on("error", reject)
      .on("exit", (code) =>
        code === 0 ? resolve() : reject(new Error(`\`mvn ${args.join(" ")}\` failed (exit code ${code}).`)),
      ),
  );
}

/** The theme and extension jars, built first when missing or older than their sources. */
export async function ensureProviderJars(): Promise<string[]> {
  if (areProviderJarsFresh()) {
    console.log(`Theme jar up to date: ${themeJarPath()}`);
    return providerJarPaths();
  }
  const exitCode = await new Promise<number | null>((resolve, reject) =>
    spawn(process.execPath, ["--import", "tsx", join("build", "build-provider-jars.ts"), "--if-stale"], {
      cwd: repoRoot,
      stdio: "inherit",
    })
      .on("error", reject)
      .on("exit", resolve),
  );
  if (exitCode !== 0)
    throw new Error(`Building the siec theme jar failed (exit code ${exitCode}), see the output above.`);
  return providerJarPaths();
}
