/**
 * The integration project's global setup: the theme jar, one real Keycloak (free ports; an empty
 * in-memory database, or an empty PostgreSQL with KEYCLOAK_DATABASE=postgres) and one real SMTP
 * server for the whole run, with the siec realm imported.
 * Test files reach them through `inject("stack")`.
 */
import { randomBytes } from "node:crypto";
import type {} from "vitest"; // lets the `declare module "vitest"` below augment it
import type { TestProject } from "vitest/node";
import { ensureProviderJars } from "../../build/provider-jars";
import { startKeycloak } from "../../stack/keycloak";
import { testDatabaseKind } from "../support/database";
import { startPostgres } from "../../stack/database/postgres";
import { startMailServer } from "../../stack/mail/server";
import { freePorts } from "../../stack/ports";
import { applyRealmConfig } from "../../stack/realm";

export interface TestStack {
  keycloakUrl: string;
  /** Its health and metrics, where this run started it as a process. */
  keycloakManagementUrl?: string;
  admin: { username: string; password: string };
  realm: string;
  mailWebUrl: string;
  /** The SMTP server as Keycloak reaches it: what realm-config's SMTP_HOST and SMTP_PORT say. */
  smtp: { host: string; port: number };
  keycloakLog?: string;
  /**
   * Where the journeys start the example app for each of the two SIEC apps they play: free ports
   * chosen here, given to realm-config (`DPECOTHEQUE_URL`, `DEXCO_URL`) so the clients accept them.
   */
  apps: { dpecotheque: string; dexco: string };
}

declare module "vitest" {
  export interface ProvidedContext {
    stack: TestStack;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const providerJars = await ensureProviderJars();
  const [smtpPort, webPort, httpPort, managementPort, dpecothequePort, dexcoPort, postgresPort] = await freePorts(7);
  const apps = { dpecotheque: `http://localhost:${dpecothequePort}`, dexco: `http://localhost:${dexcoPort}` };
  const started: { stop(): Promise<void> }[] = [];
  const teardown = async () => {
    for (const server of started.reverse()) await server.stop();
  };
  try {
    const mail = await startMailServer({ smtpPort, webPort, instance: "test", keep: false });
    started.push(mail);
    const postgres =
      testDatabaseKind === "postgres"
        ? await startPostgres({ instance: "test", port: postgresPort, keep: false })
        : undefined;
    if (postgres) started.push(postgres);
    const startedAt = Date.now();
    const keycloak = await startKeycloak({
      instance: "test",
      parallel: true,
      providerJars,
      httpPort,
      managementPort,
      database: postgres ?? "dev-mem",
      admin: { username: "admin", password: randomBytes(12).toString("base64url") },
      fixedPorts: false,
      hostPorts: [smtpPort],
    });
    started.push(keycloak);
    console.log(
      `Keycloak (${keycloak.runtime}, ${postgres ? "PostgreSQL" : "H2"}) ready at ${keycloak.url} in ${((Date.now() - startedAt) / 1000).toFixed(1)} s`,
    );
    const { config } = await applyRealmConfig(keycloak, {
      ...process.env,
      SMTP_HOST: keycloak.hostAddress,
      SMTP_PORT: String(smtpPort),
      DPECOTHEQUE_URL: apps.dpecotheque,
      DEXCO_URL: apps.dexco,
    });
    project.provide("stack", {
      keycloakUrl: keycloak.url,
      ...(keycloak.managementUrl && { keycloakManagementUrl: keycloak.managementUrl }),
      admin: keycloak.admin,
      realm: config.realm.realm,
      mailWebUrl: mail.webUrl,
      smtp: { host: keycloak.hostAddress, port: smtpPort },
      keycloakLog: keycloak.logFile,
      apps,
    });
  } catch (error) {
    await teardown();
    throw error;
  }
  return teardown;
}
