import { cp, mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { realmConfigDir } from "../../../stack/realm";

/** ProConnect's variables as an environment registered with it gives them: the integration platform. */
export const PROCONNECT_VARIABLES = {
  PROCONNECT_ENABLED: "true",
  PROCONNECT_ISSUER: "https://fca.integ01.dev-agentconnect.fr/api/v2",
  PROCONNECT_CLIENT_ID: "siec-portail-integration",
  PROCONNECT_CLIENT_SECRET: "secret-de-test-proconnect",
};

export const PROCONNECT_FILE = path.join("identity-providers", "proconnect.yaml");

/** A copy of the project's realm-config/, for a test to edit. */
export async function realmConfigCopyToEdit(): Promise<string> {
  const directory = await mkdtemp(path.join(tmpdir(), "realm-config-proconnect-"));
  await cp(realmConfigDir, directory, { recursive: true });
  return directory;
}
