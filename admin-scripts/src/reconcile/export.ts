import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { stringify } from "yaml";
import { KINDS } from "../catalogue";
import { schemaComment } from "../config/json-schema";
import type { Connection } from "../keycloak/connection";
import { escapeVariables } from "../resource-kit/variables";
import { readContext } from "./plan";
import { t } from "../messages";

/** Writes the live realm as realm-config/ files into `directory`; returns the files written. */
export async function exportRealm(connection: Connection, directory: string): Promise<string[]> {
  const context = await readContext(connection);
  if (!context.liveRealm) throw new Error(t("live.noRealm", { realm: connection.realm, url: connection.url }));
  const written: string[] = [];
  const write = async (file: string, content: unknown) => {
    const target = path.join(directory, file);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, `${schemaComment(file)}\n${stringify(escapeVariables(content), { lineWidth: 0 })}`);
    written.push(file);
  };
  for (const kind of KINDS) {
    // A part of another kind's file is exported with it.
    if (kind.form === "part") continue;
    const content = kind.reconciler.export?.(await kind.reconciler.read(context));
    if (content === undefined) continue;
    if (kind.form === "folder") {
      for (const resource of content as Record<string, unknown>[])
        await write(`${kind.folder}/${String(resource[kind.name.field])}.yaml`, resource);
    } else {
      await write(kind.file, content);
    }
  }
  return written;
}
