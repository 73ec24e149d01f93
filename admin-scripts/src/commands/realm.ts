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
import { plan } from "../reconcile/plan";
import { planAsJson, renderPlan } from "../reconcile/render";
import { confirm } from "./confirm";
import { CliError } from "./errors";

interface ConfigOption {
  config: string;
}

/** Exit codes of `plan`, as `terraform plan -detailed-exitcode`. */
export const PLAN_EXIT = { noChanges: 0, error: 1, changes: 2 } as const;

async function connectFor(options: ConfigOption) {
  const config = await loadRealmConfig(options.config);
  return { config, connection: connectToRealm(config.realm.realm) };
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
    .description("show what apply would change in the live realm; writes nothing (exit 0: no change, 2: changes)")
    .option("--json", "print the plan as JSON")
    .action(async (options: { json?: boolean }, command: Command) => {
      const { config, connection } = await connectFor(command.optsWithGlobals<ConfigOption>());
      const changes = await plan(connection, config);
      console.log(
        options.json
          ? JSON.stringify(planAsJson(changes, connection.realm), null, 2)
          : renderPlan(changes, connection.realm),
      );
      process.exitCode = changes.length > 0 ? PLAN_EXIT.changes : PLAN_EXIT.noChanges;
    });

  program
    .command("apply")
    .description("make the live realm match realm-config/, in dependency order, after showing the plan")
    .option("-y, --yes", "do not ask for confirmation")
    .action(async (options: { yes?: boolean }, command: Command) => {
      const { config, connection } = await connectFor(command.optsWithGlobals<ConfigOption>());
      const changes = await plan(connection, config);
      console.log(renderPlan(changes, connection.realm));
      if (changes.length === 0) return;
      if (!options.yes && !(await confirm(`Apply these ${changes.length} changes to realm ${connection.realm}?`))) {
        console.log("Nothing was changed.");
        return;
      }
      let count = 0;
      const report = await apply(connection, config, (change, status) => {
        if (status === "done")
          console.log(
            maskSecretValues(
              `[${++count}/${changes.length}] ${change.kind}: ${change.action} ${change.target}`,
              process.env,
            ),
          );
      });
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
