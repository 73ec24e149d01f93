/**
 * `npm start`: the whole portal on this machine: Keycloak with the siec theme and realm, a mail
 * inbox and the example app. Ctrl-C stops everything.
 */
import path from "node:path";
import { ensureProviderJars } from "../build/provider-jars";
import { StackError } from "./errors";
import { startExampleApp } from "./example-app";
import { chooseRuntime, keycloakVersion, startKeycloak } from "./keycloak";
import { startMailServer } from "./mail/server";
import { assertPortFree } from "./ports";
import { repoRoot } from "./paths";
import { applyRealmConfig } from "./realm";
import { devSettings } from "./settings";
import { signInUrl } from "./sign-in-urls";

const EXAMPLE_CLIENT = "dpecotheque";
const running: (() => Promise<void>)[] = [];

async function main(): Promise<void> {
  const settings = devSettings();
  const runtime = await chooseRuntime();
  // Ports first: a clash should not wait for the theme build.
  await assertPortFree(settings.appPort, "the example app", "APP_PORT");
  if (runtime !== "external") {
    await assertPortFree(settings.keycloakPort, "Keycloak", "KEYCLOAK_PORT");
    await assertPortFree(settings.keycloakManagementPort, "Keycloak's health endpoint", "KEYCLOAK_MANAGEMENT_PORT");
  }
  const providerJars = await ensureProviderJars();

  const mail = await startMailServer({
    smtpPort: settings.smtpPort,
    webPort: settings.mailPort,
    instance: "dev",
    keep: true,
  });
  running.push(mail.stop);

  console.log(`Starting Keycloak ${keycloakVersion()} (${runtime})…`);
  const startedAt = Date.now();
  const keycloak = await startKeycloak(
    {
      instance: "dev",
      providerJars,
      httpPort: settings.keycloakPort,
      managementPort: settings.keycloakManagementPort,
      database: "dev-file",
      admin: settings.admin,
      fixedPorts: true,
      hostPorts: [settings.smtpPort],
    },
    runtime,
  );
  running.push(keycloak.stop);
  const startSeconds = Math.round((Date.now() - startedAt) / 1000);

  const appUrl = `http://localhost:${settings.appPort}`;
  const { config, changes } = await applyRealmConfig(keycloak, {
    ...process.env,
    SMTP_HOST: keycloak.hostAddress,
    SMTP_PORT: String(settings.smtpPort),
    DPECOTHEQUE_URL: appUrl,
  });

  const realm = config.realm.realm;
  const app = await startExampleApp({
    port: settings.appPort,
    keycloakUrl: keycloak.url,
    realm,
    clientId: EXAMPLE_CLIENT,
  });
  running.push(app.stop);

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
    ["Example app", `${app.url}   (plays ${EXAMPLE_CLIENT})`],
  ];
  if (keycloak.logFile) rows.push(["Keycloak log", path.relative(repoRoot, keycloak.logFile)]);
  const width = Math.max(...rows.map(([label]) => label.length));
  console.log(
    [
      "",
      `Portail d'authentification SIEC is up: Keycloak ${keycloakVersion()} (${keycloak.runtime}, ready in ${startSeconds} s), realm '${realm}' (${changes} change(s) applied from realm-config/).`,
      ...rows.map(([label, value]) => `  ${label.padEnd(width)}  ${value}`),
      "Ctrl-C stops everything.",
      "",
    ].join("\n"),
  );
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
