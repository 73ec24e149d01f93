import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { stringify } from "yaml";
import { schemaComment } from "../config/json-schema";
import { escapeVariables } from "../config/variables";
import type { Connection } from "../keycloak/connection";
import { readContext } from "./plan";
import { STEPS } from "./registry";

/** Writes the live realm as realm-config/ files into `directory`; returns the files written. */
export async function exportRealm(connection: Connection, directory: string): Promise<string[]> {
  const context = await readContext(connection);
  if (!context.realmRepresentation) throw new Error(`realm ${connection.realm} does not exist on ${connection.url}`);
  const written: string[] = [];
  const write = async (file: string, content: unknown) => {
    const target = path.join(directory, file);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, `${schemaComment(file)}\n${stringify(escapeVariables(content), { lineWidth: 0 })}`);
    written.push(file);
  };
  for (const step of STEPS) {
    if (!step.file) continue;
    const content = step.reconciler.export(await step.reconciler.read(context));
    if (content === undefined) continue;
    if (step.file === "clients/") {
      for (const client of content as { clientId: string }[]) await write(`clients/${client.clientId}.yaml`, client);
    } else {
      await write(step.file, content);
    }
  }
  return written;
}
