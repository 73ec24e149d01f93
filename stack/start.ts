/**
 * `npm start`: the whole portal on this machine: Keycloak with the siec theme and realm, a mail
 * inbox and the example app. Ctrl-C stops everything.
 */
import { rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { STACK_DESCRIPTION_FILE, type StackDescription } from "@siec/contract";
import { ensureProviderJars } from "../build/provider-jars";
import { startPostgres } from "./database/postgres";
import { StackError } from "./errors";
import { startExampleApp } from "./example-app";
import { chooseRuntime, keycloakVersion, startKeycloak } from "./keycloak";
import { startKeycloakCluster, type NodePorts } from "./keycloak/cluster";
import { startMailServer } from "./mail/server";
import { assertPortFree } from "./ports";
import { startLocalProConnect } from "./proconnect/local";
import { cacheDir, repoRoot } from "./paths";
import { applyRealmConfig } from "./realm";
import { devSettings, type DevSettings } from "./settings";
import { signInUrl } from "./sign-in-urls";

const EXAMPLE_CLIENT = "dpecotheque";
const running: (() => Promise<void>)[] = [];

async function main(): Promise<void> {
  const settings = devSettings();
  const runtime = await chooseRuntime();
  const cluster = settings.nodes > 1;
  if (cluster && runtime !== "local")
    throw new StackError(
      `KEYCLOAK_NODES=${settings.nodes} runs the nodes as local processes, not with the ${runtime} runtime.`,
      "Unset KEYCLOAK_RUNTIME and KEYCLOAK_URL, or use docker-compose.prod.yml where Docker runs.",
    );
  if (settings.localProConnect && runtime !== "local")
    throw new StackError(
      `LOCAL_PROCONNECT=true runs ProConnect's stand-in on this machine's 127.0.0.1, which Keycloak cannot reach with the ${runtime} runtime.`,
      "Unset KEYCLOAK_RUNTIME and KEYCLOAK_URL, or LOCAL_PROCONNECT.",
    );
  // A cluster shares its state through the database: H2 cannot be shared.
  const database = cluster ? "postgres" : settings.database;
  const nodes = nodePorts(settings);
  // Ports first: a clash should not wait for the theme build.
  await assertPortFree(settings.appPort, "the example app", "APP_PORT");
  if (settings.localProConnect)
    await assertPortFree(settings.proConnectPort, "ProConnect's stand-in", "PROCONNECT_PORT");
  if (runtime !== "external") {
    await assertPortFree(settings.keycloakPort, cluster ? "the proxy" : "Keycloak", "KEYCLOAK_PORT");
    for (const node of nodes) {
      if (cluster) await assertPortFree(node.http, "a Keycloak node", "KEYCLOAK_PORT");
      await assertPortFree(node.management, "Keycloak's health endpoint", "KEYCLOAK_MANAGEMENT_PORT");
    }
  }
  const providerJars = await ensureProviderJars();

  // Started first, so that it stops last.
  const postgres =
    database === "postgres"
      ? await startPostgres({ instance: "dev", port: settings.postgresPort, keep: true })
      : undefined;
  if (postgres) running.push(postgres.stop);

  const mail = await startMailServer({
    smtpPort: settings.smtpPort,
    webPort: settings.mailPort,
    instance: "dev",
    keep: true,
  });
  running.push(mail.stop);

  const shape = cluster ? `${settings.nodes} nodes in production mode behind nginx` : runtime;
  console.log(`Starting Keycloak ${keycloakVersion()} (${shape}, ${postgres ? "PostgreSQL" : "H2"})…`);
  const startedAt = Date.now();
  const keycloak = cluster
    ? await startKeycloakCluster({
        version: keycloakVersion(),
        instance: "dev",
        proxyPort: settings.keycloakPort,
        nodes,
        database: postgres!,
        admin: settings.admin,
        providerJars,
        restartDeadNodes: true,
        onNodeEvent: (event) => reportNode(event),
      })
    : await startKeycloak(
        {
          instance: "dev",
          providerJars,
          httpPort: settings.keycloakPort,
          managementPort: settings.keycloakManagementPort,
          database: postgres ?? "dev-file",
          admin: settings.admin,
          fixedPorts: true,
          hostPorts: [settings.smtpPort],
        },
        runtime,
      );
  running.push(keycloak.stop);
  const startSeconds = Math.round((Date.now() - startedAt) / 1000);
  const hostAddress = "hostAddress" in keycloak ? keycloak.hostAddress : "localhost";

  const appUrl = `http://localhost:${settings.appPort}`;
  const environment = {
    ...process.env,
    SMTP_HOST: hostAddress,
    SMTP_PORT: String(settings.smtpPort),
    DPECOTHEQUE_URL: appUrl,
  };
  const local = settings.localProConnect
    ? await startLocalProConnect(settings.proConnectPort, keycloak.url, environment)
    : undefined;
  if (local) running.push(local.proConnect.stop);
  const { config, changes, variables } = await applyRealmConfig(
    { url: keycloak.url, admin: keycloak.admin },
    { ...environment, ...local?.variables },
  );

  const realm = config.realm.realm;
  const app = await startExampleApp({
    port: settings.appPort,
    keycloakUrl: keycloak.url,
    realm,
    clientId: EXAMPLE_CLIENT,
  });
  running.push(app.stop);

  describeStack = (): StackDescription => ({
    keycloak: {
      url: keycloak.url,
      admin: keycloak.admin,
      nodes: ("nodes" in keycloak ? keycloak.nodes : [keycloak]).map((node) => ({
        pid: node.pid ?? 0,
        url: node.url,
        managementUrl: node.managementUrl ?? "",
      })),
      database: postgres
        ? { kind: "postgres", url: postgres.jdbcUrl }
        : { kind: "h2", url: path.join(cacheDir, "keycloak", "instances") },
    },
    mail: { inboxUrl: mail.webUrl, smtpPort: mail.smtpPort },
    realmConfigVariables: variables,
  });
  await writeStackDescription();
  running.push(removeStackDescription);

  const logs = "nodes" in keycloak ? keycloak.nodes.map((node) => node.logFile) : [keycloak.logFile];
  const rows: [string, string][] = [
    [
      "Admin console",
      `${keycloak.url}/admin/master/console/#/${realm}   (${settings.admin.username} / ${settings.admin.password})`,
    ],
    ...config.clients
      .filter((client) => client.redirectUris.length > 0)
      .map((client): [string, string] => [
        `Sign-in: ${client.name}`,
        signInUrl(keycloak.url, realm, { clientId: client.clientId, redirectUri: client.redirectUris[0]! }),
      ]),
    ["Mail inbox", `${mail.webUrl}   (SMTP on localhost:${mail.smtpPort})`],
    ...(local
      ? [
          ["ProConnect", `${local.proConnect.issuer}   (a stand-in: any address typed there is an agent's)`] as [
            string,
            string,
          ],
        ]
      : []),
    ["Example app", `${app.url}   (plays ${EXAMPLE_CLIENT})`],
    ...(postgres ? [["PostgreSQL", `${postgres.jdbcUrl}   (data in .cache/postgres/dev)`] as [string, string]] : []),
    ...logs.flatMap((log, index): [string, string][] =>
      log
        ? [[logs.length > 1 ? `Keycloak log (node ${index + 1})` : "Keycloak log", path.relative(repoRoot, log)]]
        : [],
    ),
    ["This stack", `${STACK_DESCRIPTION_FILE}   (the CLI uses it: npm run admin -- plan)`],
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  console.log(
    [
      "",
      `Portail d'authentification SIEC is up: Keycloak ${keycloakVersion()} (${shape}, ready in ${startSeconds} s), realm '${realm}' (${changes} change(s) applied from realm-config/).`,
      ...rows.map(([label, value]) => `  ${label.padEnd(width)}  ${value}`),
      "Ctrl-C stops everything.",
      "",
    ].join("\n"),
  );
}

/** Node i's ports: the proxy keeps KEYCLOAK_PORT, the nodes take the next ones. */
function nodePorts(settings: DevSettings): NodePorts[] {
  if (settings.nodes === 1)
    return [
      { http: settings.keycloakPort, management: settings.keycloakManagementPort, cluster: settings.clusterPort },
    ];
  return Array.from({ length: settings.nodes }, (_, index) => ({
    http: settings.keycloakPort + index + 1,
    management: settings.keycloakManagementPort + index,
    cluster: settings.clusterPort + index,
  }));
}

function reportNode(event: { node: number; kind: "died" | "restarted" | "restart-failed"; detail?: string }): void {
  const messages = {
    died: `Keycloak node ${event.node} stopped on its own (log: ${event.detail ? path.relative(repoRoot, event.detail) : "-"}); the portal goes on through the other node(s). Starting it again…`,
    restarted: `Keycloak node ${event.node} is back.`,
    "restart-failed": `Keycloak node ${event.node} could not start again: ${event.detail}`,
  };
  console.error(`\n${messages[event.kind]}`);
  if (event.kind === "restarted") void writeStackDescription();
}

let describeStack: (() => StackDescription) | undefined;
const stackFile = path.join(repoRoot, STACK_DESCRIPTION_FILE);

async function writeStackDescription(): Promise<void> {
  if (!describeStack) return;
  await writeFile(stackFile, `${JSON.stringify(describeStack(), null, 2)}\n`, { mode: 0o600 });
}

async function removeStackDescription(): Promise<void> {
  await rm(stackFile, { force: true });
}

async function stopAll(): Promise<void> {
  for (const stop of running.reverse()) await stop().catch((error) => console.error(error));
  running.length = 0;
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    console.log("\nStopping…");
    void stopAll().then(() => process.exit(0));
  });
}

main().catch(async (error) => {
  console.error(error instanceof StackError ? `\n${error.message}\n` : error);
  await stopAll();
  process.exit(1);
});
