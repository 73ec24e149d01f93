/**
 * Creates the realm from realm-config/ on the server at KEYCLOAK_URL when it does not exist yet
 * (the one-shot `realm-config` service of docker-compose.yml).
 */
import { connectExternalKeycloak } from "./keycloak/external";
import { importRealmIfMissing } from "./realm";
import { devSettings } from "./settings";
import { StackError } from "./errors";

const url = process.env.KEYCLOAK_URL;
if (!url) {
  console.error("KEYCLOAK_URL is not set: give the URL of the Keycloak server to configure.");
  process.exit(1);
}
try {
  const server = await connectExternalKeycloak(url, devSettings().admin);
  const { realm, created } = await importRealmIfMissing(server, process.env);
  console.log(
    created ? `Realm '${realm}' created from realm-config/.` : `Realm '${realm}' already exists: left as it is.`,
  );
} catch (error) {
  console.error(error instanceof StackError ? error.message : error);
  process.exit(1);
}
