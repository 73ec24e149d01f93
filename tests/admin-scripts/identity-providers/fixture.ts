import { appendFile, cp, mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { realmConfigDir } from "../../../stack/realm";

/** The example: realm-config/identity-providers/proconnect.yaml and the flow it binds after sign-in. */
const FIXTURE = path.join(import.meta.dirname, "fixture");

/** The example's variables, as an environment would give them: ProConnect's integration platform. */
export const PROCONNECT_VARIABLES = {
  PROCONNECT_ISSUER: "https://fca.integ01.dev-agentconnect.fr/api/v2",
  PROCONNECT_CLIENT_ID: "siec-portail-integration",
  PROCONNECT_CLIENT_SECRET: "secret-de-test-proconnect",
};

export const EXAMPLE_FILE = path.join("identity-providers", "proconnect.yaml");

/** Adds the example to the realm-config/ folder `directory` (a copy of the project's). */
export async function addProConnect(directory: string): Promise<string> {
  await cp(path.join(FIXTURE, "identity-providers"), path.join(directory, "identity-providers"), { recursive: true });
  await appendFile(path.join(directory, "flows.yaml"), await readFile(path.join(FIXTURE, "flows.yaml"), "utf8"));
  return directory;
}

/** A copy of the project's realm-config/ with the example added. */
export async function realmConfigWithProConnect(): Promise<string> {
  const directory = await mkdtemp(path.join(tmpdir(), "realm-config-proconnect-"));
  await cp(realmConfigDir, directory, { recursive: true });
  return addProConnect(directory);
}
