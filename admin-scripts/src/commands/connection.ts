import path from "node:path";
import type { RealmConfig } from "../catalogue";
import { loadRealmConfig } from "../config/realm-config";
import { t } from "../messages";
import { connect, connectionFromEnvironment, type Connection } from "../keycloak/connection";
import { targetedStack, withStackValues } from "../keycloak/local-stack";

/** The connection the environment gives; one line on stderr when it is the local stack's. */
export function connectToRealm(realm: string): Connection {
  const options = connectionFromEnvironment(realm);
  if (options.stackFile)
    console.error(t("connection.localStack", { url: options.url, file: shown(options.stackFile) }));
  return connect(options);
}

/**
 * realm-config/ in `directory`, read for the server the CLI works on, and the connection to it.
 * Against the local stack, realm-config's variables the environment leaves unset take the values
 * the stack applied it with (one line on stderr names them), so that a plan compares like with like.
 */
export async function connectWithRealmConfig(
  directory: string,
): Promise<{ config: RealmConfig; connection: Connection; environment: NodeJS.ProcessEnv }> {
  const local = targetedStack(process.env);
  const { environment, taken } = local
    ? withStackValues(process.env, local.stack)
    : { environment: process.env, taken: [] };
  if (local && taken.length > 0)
    console.error(t("connection.localStackValues", { names: taken.join(", "), file: shown(local.file) }));
  const config = await loadRealmConfig(directory, environment);
  return { config, connection: connectToRealm(config.realm.realm), environment };
}

function shown(file: string): string {
  return path.relative(process.cwd(), file) || file;
}
