import type { Command } from "commander";
import { integrationKit, NotAnApp, unknownClientMessage } from "../apps/kit";
import { findApp, listApps, readDiscovery } from "../apps/live";
import { loadRealmConfig } from "../config/realm-config";
import type { Connection } from "../keycloak/connection";
import { say, t } from "../messages";
import { renderAppList, renderKit, spokenKit } from "./apps-text";
import { connectToRealm } from "./connection";
import { CliError } from "./errors";

async function connectionFor(command: Command): Promise<Connection> {
  const realm =
    process.env.KEYCLOAK_REALM ||
    (await loadRealmConfig(command.optsWithGlobals<{ config: string }>().config)).realm.realm;
  return connectToRealm(realm);
}

export function registerAppCommands(program: Command): void {
  const apps = program.command("apps").description(t("apps.description"));

  apps
    .command("list")
    .description(t("apps.list.description"))
    .option("--json", t("apps.list.option.json"))
    .action(async (options: { json?: boolean }, command: Command) => {
      const connection = await connectionFor(command);
      const all = await listApps(connection);
      console.log(options.json ? JSON.stringify(all, null, 2) : renderAppList(all, connection.realm));
    });

  apps
    .command("config <clientId>")
    .description(t("apps.config.description"))
    .option("--json", t("apps.config.option.json"))
    .action(async (clientId: string, options: { json?: boolean }, command: Command) => {
      const connection = await connectionFor(command);
      const app = await findApp(connection, clientId);
      if (!app) {
        const existing = (await listApps(connection)).map((candidate) => candidate.clientId);
        throw new CliError(say(unknownClientMessage(clientId, connection.realm, existing)));
      }
      let kit;
      try {
        kit = spokenKit(integrationKit(app, connection.realm, await readDiscovery(connection)));
      } catch (error) {
        if (error instanceof NotAnApp) throw new CliError(say(error.said));
        throw error;
      }
      console.log(options.json ? JSON.stringify(kit, null, 2) : renderKit(kit));
    });
}
