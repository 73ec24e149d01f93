import { existsSync } from "node:fs";
import { mkdir, readdir, rename, rm } from "node:fs/promises";
import path from "node:path";
import { lastLines, runCommand } from "../commands";
import { StackError } from "../errors";
import { cacheDir } from "../paths";

const distributionsDir = path.join(cacheDir, "keycloak");
const MINIMUM_JAVA = 17;

/** Keycloak 26 runs on Java 17 or later; anything else fails later with an obscure error. */
export async function assertJava(): Promise<void> {
  const javaHome = process.env.JAVA_HOME;
  const java = javaHome ? path.join(javaHome, "bin", "java") : "java";
  const { stderr } = await runCommand(java, ["-version"], {
    installHint: "Install Java 17 or later (Debian: `apt-get install openjdk-17-jre-headless`) or set JAVA_HOME.",
  });
  const major = Number(/version "(\d+)/.exec(stderr)?.[1]);
  if (!(major >= MINIMUM_JAVA)) {
    throw new StackError(
      `Keycloak needs Java ${MINIMUM_JAVA} or later; \`${java} -version\` says: ${stderr.split("\n")[0]}`,
      "Install a newer JDK and point JAVA_HOME at it.",
    );
  }
}

/**
 * The official distribution `org.keycloak:keycloak-quarkus-dist`, fetched from Maven Central with
 * Maven and unpacked once under `.cache/keycloak/`. Returns the unpacked folder, never modified:
 * servers run from copies of it.
 */
export async function ensureDistribution(version: string): Promise<string> {
  const home = path.join(distributionsDir, `keycloak-${version}`);
  if (existsSync(path.join(home, "bin", "kc.sh"))) return home;

  await mkdir(distributionsDir, { recursive: true });
  const archive = await download(version);
  const unpacking = await makeTempDir(`unpack-${version}`);
  await runCommand("tar", ["-xzf", archive, "-C", unpacking], { installHint: "Install tar." });
  const [top] = await readdir(unpacking);
  if (!top) throw new StackError(`The archive ${archive} is empty.`, `Delete it and run again.`);
  // Rename last, so an interrupted unpack never looks like a complete distribution.
  await rename(path.join(unpacking, top), home);
  await rm(unpacking, { recursive: true, force: true });
  await rm(archive, { force: true });
  return home;
}

async function download(version: string): Promise<string> {
  const artifact = `org.keycloak:keycloak-quarkus-dist:${version}:tar.gz`;
  console.log(`Downloading Keycloak ${version} from Maven Central (${artifact})…`);
  try {
    await runCommand(
      "mvn",
      [
        "--batch-mode",
        "--quiet",
        "org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy",
        `-Dartifact=${artifact}`,
        `-DoutputDirectory=${distributionsDir}`,
      ],
      {
        cwd: distributionsDir,
        installHint: "Install Maven (Debian: `apt-get install maven`): it fetches Keycloak from Maven Central.",
      },
    );
  } catch (error) {
    if (error instanceof StackError) throw error;
    const output = (error as { stdout?: string }).stdout ?? String(error);
    throw new StackError(
      `Could not download ${artifact} from Maven Central:\n${lastLines(output, 15)}`,
      "Check that this machine reaches Maven Central (repo.maven.apache.org) and that the version in .env exists.",
    );
  }
  return path.join(distributionsDir, `keycloak-quarkus-dist-${version}.tar.gz`);
}

export async function makeTempDir(name: string): Promise<string> {
  const dir = path.join(distributionsDir, `.tmp-${name}-${process.pid}`);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  return dir;
}
