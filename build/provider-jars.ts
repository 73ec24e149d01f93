import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, sep } from "node:path";
import { fileURLToPath } from "node:url";

export const themeDir = fileURLToPath(new URL("..", import.meta.url));

const buildDir = join(themeDir, "dist_keycloak");
export const sourceHashPath = join(buildDir, ".source-hash");

// Generated while building, from inputs that are hashed anyway (vite.config.ts, src/).
const generatedPaths = new Set([join("src", "kc.gen.tsx"), join("public", "keycloakify-dev-resources")]);

export function themeJarPath(): string {
  // Must match keycloakVersionTargets in vite.config.ts.
  return join(buildDir, "siec-theme.jar");
}

/** The portal's Keycloak extension (../extension), built with the theme and installed beside it. */
export function extensionJarPath(): string {
  return join(buildDir, "siec-extension.jar");
}

/** Every jar Keycloak needs in providers/. */
export function providerJarPaths(): string[] {
  return [themeJarPath(), extensionJarPath()];
}

export function sourceHash(): string {
  const hash = createHash("sha256");
  const inputs = [
    "src",
    "public",
    "index.html",
    "vite.config.ts",
    "vite",
    "package.json",
    "../extension/pom.xml",
    "../extension/src",
    "../contract/src",
    "../contract/package.json",
    "../.env",
  ];
  for (const file of inputs.flatMap(listFiles).sort()) {
    hash
      .update(`${file.split(sep).join("/")}\0`)
      .update(readFileSync(join(themeDir, file)))
      .update("\0");
  }
  return hash.digest("hex");
}

function listFiles(relativePath: string): string[] {
  const path = join(themeDir, relativePath);
  if (generatedPaths.has(relativePath) || !existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [relativePath];
  return readdirSync(path).flatMap((name) => listFiles(join(relativePath, name)));
}

export function isThemeJarFresh(): boolean {
  return (
    providerJarPaths().every((jar) => existsSync(jar)) &&
    existsSync(sourceHashPath) &&
    readFileSync(sourceHashPath, "utf8").trim() === sourceHash()
  );
}

/** The theme and extension jars, built first when missing or older than their sources. */
export async function ensureProviderJars(): Promise<string[]> {
  if (isThemeJarFresh()) {
    console.log(`Theme jar up to date: ${themeJarPath()}`);
    return providerJarPaths();
  }
  const exitCode = await new Promise<number | null>((resolve, reject) =>
    spawn(process.execPath, ["--import", "tsx", join("scripts", "build-jar.ts"), "--if-stale"], {
      cwd: themeDir,
      stdio: "inherit",
    })
      .on("error", reject)
      .on("exit", resolve),
  );
  if (exitCode !== 0)
    throw new Error(`Building the siec theme jar failed (exit code ${exitCode}), see the output above.`);
  return providerJarPaths();
}
