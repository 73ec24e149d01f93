import path from "node:path";
import { t } from "../messages";
import { connect, connectionFromEnvironment, type Connection } from "../keycloak/connection";

/** The connection the environment gives; one line on stderr when it is the local stack's. */
export function connectToRealm(realm: string): Connection {
  const options = connectionFromEnvironment(realm);
  if (options.stackFile)
    console.error(
      t("connection.localStack", {
        url: options.url,
        file: path.relative(process.cwd(), options.stackFile) || options.stackFile,
      }),
    );
  return connect(options);
}
