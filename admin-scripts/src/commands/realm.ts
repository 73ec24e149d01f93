import { existsSync, readdirSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Command } from "commander";
import { jsonSchemas } from "../config/json-schema";
import { loadRealmConfig } from "../config/realm-config";
import { maskSecretValues } from "../config/variables";
import { connectToRealm } from "./connection";
import { apply } from "../reconcile/apply";
import { exportRealm } from "../reconcile/export";
import { planWithDrift, type Drift } from "../reconcile/plan";
import type { Change } from "../resource-kit/reconciler";
import { PLAN_MESSAGES, planAsJson, renderDrift, renderPlan } from "../reconcile/render";
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

async function connectFor(options: ConfigOption) {
  const config = await loadRealmConfig(options.config);
  return { config, connection: connectToRealm(config.realm.realm) };
}

function planWithDriftText(changes: Change[], drift: Drift[], realm: string): string {
  return [renderPlan(changes, realm), renderDrift(drift)].filter(Boolean).join("\n\n");
}

export function registerRealmCommands(program: Command): void {
  program
    .command("validate")
    .description("check realm-config/ offline: syntax, schema, variables, cross-references")
    .action(async (_options, command: Command) => {
      const { config: directory } = command.optsWithGlobals<ConfigOption>();
      const config = await loadRealmConfig(directory);
      console.log(`${directory}: valid (realm ${config.realm.realm}, ${config.clients.length} clients).`);
    });

  program
    .command("plan")
    .description(
      "show what apply would change in the live realm, and what it holds that realm-config does not name; writes nothing (exit 0: no change, 2: changes; drift alone is 0)",
    )
    .option("--json", "print the plan as JSON")
    .action(async (options: { json?: boolean }, command: Command) => {
      const { config, connection } = await connectFor(command.optsWithGlobals<ConfigOption>());
      const { changes, drift } = await planWithDrift(connection, config);
      console.log(
        options.json
          ? JSON.stringify(planAsJson(changes, connection.realm, process.env, drift), null, 2)
          : planWithDriftText(changes, drift, connection.realm),
      );
      process.exitCode = changes.length > 0 ? PLAN_EXIT.changes : PLAN_EXIT.noChanges;
    });

  program
    .command("apply")
    .description("make the live realm match realm-config/, in dependency order, after showing the plan")
    .option("-y, --yes", "do not ask for confirmation")
    .option(
      "--delete",
      "also delete what apply created and realm-config no longer names (never built-in or unmarked ones)",
    )
    .action(async (options: { yes?: boolean; delete?: boolean }, command: Command) => {
      const { config, connection } = await connectFor(command.optsWithGlobals<ConfigOption>());
      const { changes: planned, drift } = await planWithDrift(connection, config);
      console.log(planWithDriftText(planned, drift, connection.realm));
      const changes = planned.filter((change) => options.delete || change.action !== "delete");
      const kept = planned.length - changes.length;
      if (kept > 0) console.log(PLAN_MESSAGES.deletionsKept(kept));
      if (changes.length === 0) return;
      const deletions = changes.filter((change) => change.action === "delete").length;
      const question =
        deletions > 0
          ? PLAN_MESSAGES.confirmWithDeletions(changes.length, deletions, connection.realm)
          : `Apply these ${changes.length} changes to realm ${connection.realm}?`;
      if (!options.yes && !(await confirm(question))) {
        console.log("Nothing was changed.");
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
                `[${++count}/${changes.length}] ${change.kind}: ${change.action} ${change.target}`,
                process.env,
              ),
            );
        },
        { delete: options.delete },
      );
      if (report.failed) {
        throw new CliError(
          [
            `Apply stopped while ${report.failed.during}: ${report.failed.message}`,
            `Done before it: ${report.done.length} change(s)${report.done.length ? `: ${report.done.map((change) => `${change.action} ${change.target}`).join(", ")}` : ""}.`,
            "Not done: the rest of the plan. Run apply again once the cause is fixed: it goes on from where it stopped.",
          ].join("\n"),
        );
      }
      console.log(`Applied ${report.done.length} change(s) with ${connection.stats.writes} write request(s).`);
    });

  program
    .command("export")
    .description("write the live realm as realm-config/ files")
    .option("-o, --out <dir>", "where to write the files", "realm-config-export")
    .option("--force", "write into a folder that is not empty")
    .action(async (options: { out: string; force?: boolean }, command: Command) => {
      const { config: directory } = command.optsWithGlobals<ConfigOption>();
      if (existsSync(options.out) && readdirSync(options.out).length > 0 && !options.force) {
        throw new CliError(`${options.out} is not empty: choose another --out, or add --force to overwrite its files.`);
      }
      const realm = process.env.KEYCLOAK_REALM ?? (await loadRealmConfig(directory)).realm.realm;
      const connection = connectToRealm(realm);
      const files = await exportRealm(connection, options.out);
      console.log(`Wrote ${files.length} files to ${options.out}: ${files.join(", ")}`);
    });

  program
    .command("schema")
    .description("write the JSON Schemas that editors use to complete realm-config/ files")
    .option("-o, --out <dir>", "where to write them", path.join("realm-config", "schema"))
    .action(async (options: { out: string }) => {
      await mkdir(options.out, { recursive: true });
      for (const [file, schema] of jsonSchemas())
        await writeFile(path.join(options.out, file), `${JSON.stringify(schema, null, 2)}\n`);
      console.log(`Wrote ${jsonSchemas().size} JSON Schemas to ${options.out}.`);
    });
}
