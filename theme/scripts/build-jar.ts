import { spawnSync } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import { delimiter, join } from "node:path";
import { sourceHash, sourceHashPath, themeDir, themeJarPath } from "./jar";

function run(command: string, args: string[], extraEnv: NodeJS.ProcessEnv = {}): void {
    const binDirs = [join(themeDir, "node_modules", ".bin"), join(themeDir, "..", "node_modules", ".bin")];
    const { status, error } = spawnSync(command, args, {
        cwd: themeDir,
        stdio: "inherit",
        env: { ...process.env, ...extraEnv, PATH: [...binDirs, process.env.PATH].join(delimiter) }
    });
    if (error !== undefined) throw error;
    if (status !== 0) throw new Error(`\`${command} ${args.join(" ")}\` failed with exit code ${status}.`);
}

function assertMavenInstalled(): void {
    const { error, status } = spawnSync("mvn", ["--version"], { stdio: "ignore" });
    if ((error as NodeJS.ErrnoException | undefined)?.code === "ENOENT") {
        throw new Error(
            "Apache Maven (`mvn`) is not on PATH: `keycloakify build` needs it to package the theme jar. " +
                "Install it (Debian/Ubuntu: `apt-get install maven`) and run the build again."
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
    const hash = sourceHash();

    run("vite", ["build", "--logLevel", "warn"]);
    // keycloakify puts every certificate of npm's `cafile` into one env variable of a child process: past 128 KiB spawn fails with E2BIG.
    run("keycloakify", ["build"], { npm_config_cafile: "/dev/null" });

    const jarPath = themeJarPath();
    if (!existsSync(jarPath)) {
        throw new Error(`keycloakify build succeeded but ${jarPath} is missing: check keycloakVersionTargets in vite.config.ts.`);
    }
    writeFileSync(sourceHashPath, `${hash}\n`);
    console.log(`Theme jar built in ${((Date.now() - startedAt) / 1000).toFixed(1)} s: ${jarPath}`);
}

try {
    buildThemeJar();
} catch (error) {
    console.error(`\nTheme jar build failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
}
