import { existsSync, readdirSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Command } from "commander";
import { jsonSchemas } from "../config/json-schema";
import { loadRealmConfig } from "../config/realm-config";
import { maskSecretValues } from "../config/variables";
import { connectToRealm, connectWithRealmConfig } from "./connection";
import { apply } from "../reconcile/apply";
import { exportRealm } from "../reconcile/export";
import { planWithDrift, type Drift } from "../reconcile/plan";
import type { Change } from "../resource-kit/reconciler";
import { planAsJson, renderDrift, renderPlan } from "./plan-text";
import { changeName, kindTitle } from "../resource-kit/names";
import { say, t } from "../messages";
import { confirm } from "./confirm";
import { CliError } from "./errors";

interface ConfigOption {
  config: string;
}

/**
 * Exit codes of `plan`, as `terraform plan -detailed-exitcode`. A deletion is a change (the realm
 * differs from realm-config until apply --delete makes it); drift alone is not: realm-config lets
 * the live realm hold what it does not name, and apply leaves it.
 */
export const PLAN_EXIT = { noChanges: 0, error: 1, changes: 2 } as const;

function planWithDriftText(changes: Change[], drift: Drift[], realm: string, environment: NodeJS.ProcessEnv): string {
  return [renderPlan(changes, realm, environment), renderDrift(drift)].filter(Boolean).join("\n\n");
}

export function registerRealmCommands(program: Command): void {
  program
    .command("validate")
    .description(t("validate.description"))
    .action(async (_options, command: Command) => {
      const { config: directory } = command.optsWithGlobals<ConfigOption>();
      const config = await loadRealmConfig(directory);
      console.log(t("validate.valid", { directory, realm: config.realm.realm, clients: config.clients.length }));
    });

  program
    .command("plan")
    .description(t("plan.description"))
    .option("--json", t("plan.option.json"))
    .action(async (options: { json?: boolean }, command: Command) => {
      const { config, connection, environment } = await connectWithRealmConfig(
        command.optsWithGlobals<ConfigOption>().config,
      );
      const { changes, drift } = await planWithDrift(connection, config);
      console.log(
        options.json
          ? JSON.stringify(planAsJson(changes, connection.realm, environment, drift), null, 2)
          : planWithDriftText(changes, drift, connection.realm, environment),
      );
      process.exitCode = changes.length > 0 ? PLAN_EXIT.changes : PLAN_EXIT.noChanges;
    });

  program
    .command("apply")
    .description(t("apply.description"))
    .option("-y, --yes", t("option.yes"))
    .option("--delete", t("apply.option.delete"))
    .action(async (options: { yes?: boolean; delete?: boolean }, command: Command) => {
      const { config, connection, environment } = await connectWithRealmConfig(
        command.optsWithGlobals<ConfigOption>().config,
      );
      const { changes: planned, drift } = await planWithDrift(connection, config);
      console.log(planWithDriftText(planned, drift, connection.realm, environment));
      const changes = planned.filter((change) => options.delete || change.action !== "delete");
      const kept = planned.length - changes.length;
      if (kept > 0) console.log(t("apply.deletionsKept", { count: kept }));
      if (changes.length === 0) return;
      const deletions = changes.filter((change) => change.action === "delete").length;
      const question =
        deletions > 0
          ? t("apply.confirmWithDeletions", { count: changes.length, deletions, realm: connection.realm })
          : t("apply.confirm", { count: changes.length, realm: connection.realm });
      if (!options.yes && !(await confirm(question))) {
        console.log(t("apply.nothingChanged"));
        return;
      }
      let count = 0;
      const report = await apply(
        connection,
        config,
        (change, status) => {
          if (status === "done")
            console.log(
              maskSecretValues(
                t("apply.progress", {
                  done: ++count,
                  total: changes.length,
                  kind: kindTitle(change.kind),
                  change: changeName(change),
                }),
                environment,
              ),
            );
        },
        { delete: options.delete },
      );
      if (report.failed) {
        throw new CliError(
          [
            t("apply.stopped", { during: report.failed.during, message: report.failed.message }),
            t("apply.doneBefore", {
              count: report.done.length,
              list: report.done.length ? `: ${report.done.map((change) => say(changeName(change))).join(", ")}` : "",
            }),
            t("apply.notDone"),
          ].join("\n"),
        );
      }
      console.log(t("apply.applied", { count: report.done.length, writes: connection.stats.writes }));
    });

  program
    .command("export")
    .description(t("export.description"))
    .option("-o, --out <dir>", t("export.option.out"), "realm-config-export")
    .option("--force", t("export.option.force"))
    .action(async (options: { out: string; force?: boolean }, command: Command) => {
      const { config: directory } = command.optsWithGlobals<ConfigOption>();
      if (existsSync(options.out) && readdirSync(options.out).length > 0 && !options.force) {
        throw new CliError(t("export.notEmpty", { directory: options.out }));
      }
      const realm = process.env.KEYCLOAK_REALM ?? (await loadRealmConfig(directory)).realm.realm;
      const connection = connectToRealm(realm);
      const files = await exportRealm(connection, options.out);
      console.log(t("export.wrote", { count: files.length, directory: options.out, files: files.join(", ") }));
    });

  program
    .command("schema")
    .description(t("schema.description"))
    .option("-o, --out <dir>", t("schema.option.out"), path.join("realm-config", "schema"))
    .action(async (options: { out: string }) => {
      await mkdir(options.out, { recursive: true });
      for (const [file, schema] of jsonSchemas())
        await writeFile(path.join(options.out, file), `${JSON.stringify(schema, null, 2)}\n`);
      console.log(t("schema.wrote", { count: jsonSchemas().size, directory: options.out }));
    });
}
