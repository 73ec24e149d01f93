/**
 * The production shape for a test file of its own: PostgreSQL, two Keycloak nodes in production
 * mode behind nginx (stack/keycloak/cluster.ts, as `KEYCLOAK_NODES=2 npm start` runs it), and
 * realm-config applied with the run's mail server and apps.
 */
import { randomBytes } from "node:crypto";
import { connect, type RealmConfig } from "@siec/admin-scripts";
import { ensureProviderJars } from "../../build/provider-jars";
import { keycloakVersion } from "../../build/keycloak-version";
import { startPostgres, type PostgresServer } from "../../stack/database/postgres";
import {
  nodesOnPorts,
  startKeycloakCluster,
  type KeycloakCluster,
  type NodeRelease,
} from "../../stack/keycloak/cluster";
import { freePorts } from "../../stack/ports";
import { applyRealmConfig } from "../../stack/realm";
import { givenAuthenticatorApp } from "./authenticator-app";
import { testStack, uniqueEmail } from "./keycloak";

export interface ProductionShape {
  postgres: PostgresServer;
  cluster: KeycloakCluster;
  config: RealmConfig;
  realm: string;
  /** What realm-config was applied with. */
  environment: Record<string, string | undefined>;
  stop(): Promise<void>;
}

/** `release`: the Keycloak the nodes start on, KEYCLOAK_VERSION with the portal's jars unless told. */
export async function startProductionShape(instance: string, release?: NodeRelease): Promise<ProductionShape> {
  const [postgresPort, proxyPort, ...ports] = await freePorts(8);
  const postgres = await startPostgres({ instance, port: postgresPort, keep: false });
  let cluster: KeycloakCluster | undefined;
  try {
    cluster = await startKeycloakCluster({
      ...(release ?? { version: keycloakVersion(), providerJars: await ensureProviderJars() }),
      instance,
      proxyPort,
      nodes: nodesOnPorts(ports),
      database: postgres,
      admin: { username: "admin", password: randomBytes(12).toString("base64url") },
    });
    const { smtp, apps } = testStack();
    const environment = {
      ...process.env,
      SMTP_HOST: smtp.host,
      SMTP_PORT: String(smtp.port),
      DPECOTHEQUE_URL: apps.dpecotheque,
      DEXCO_URL: apps.dexco,
    };
    const { config } = await applyRealmConfig(cluster, environment);
    const started = cluster;
    return {
      postgres,
      cluster,
      config,
      realm: config.realm.realm,
      environment,
      async stop() {
        await started.stop();
        await postgres.stop();
      },
    };
  } catch (error) {
    await cluster?.stop();
    await postgres.stop();
    throw error;
  }
}

/**
 * An account made through the proxy with names, `password` as its own, the user `attributes` given,
 * and an authenticator app of its own when asked.
 */
export async function personIn(
  shape: ProductionShape,
  label: string,
  options: { password: string; attributes?: Record<string, string[]>; withApp?: boolean },
) {
  const { cluster, realm } = shape;
  const email = uniqueEmail(label);
  const authenticator = options.withApp ? givenAuthenticatorApp(randomBytes(12).toString("hex")) : undefined;
  const { id } = await connect({
    url: cluster.url,
    realm,
    credentials: { kind: "admin", ...cluster.admin },
  }).api.users.create({
    realm,
    username: email,
    email,
    firstName: "Dominique",
    lastName: "Martin",
    enabled: true,
    emailVerified: true,
    attributes: options.attributes,
    credentials: [
      { type: "password", value: options.password, temporary: false },
      ...(authenticator ? [authenticator.credential] : []),
    ],
  });
  return { id, email, app: authenticator?.app };
}
