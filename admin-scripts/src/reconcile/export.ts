import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { stringify } from "yaml";
import { KINDS } from "../catalogue";
import { schemaComment } from "../config/json-schema";
import type { Connection } from "../keycloak/connection";
import { escapeVariables } from "../resource-kit/variables";
import { readContext } from "./plan";
import { said, SaidError } from "../messages/said";

/**
 * A live resource whose name cannot be a file name: the admin console and API take a client id
 * such as `../../../x`, which would have been written three folders above the output folder.
 */
export class UnsafeExportName extends SaidError {}

/** A name with a path separator, or `..`, or nothing a file could be named after: never a file name. */
function isUnsafeFileName(name: string): boolean {
  // A control character (NUL included) is never part of a file name either.
  return name === "" || name === "." || name.includes("..") || /[/\\\u0000-\u001f]/.test(name);
}

/** Writes the live realm as realm-config/ files into `directory`; returns the files written. */
export async function exportRealm(connection: Connection, directory: string): Promise<string[]> {
  const context = await readContext(connection);
  if (!context.liveRealm) throw new SaidError(said("live.noRealm", { realm: connection.realm, url: connection.url }));
  // Every file is named and checked before the first is written: a refused name leaves nothing half-exported.
  const files: { file: string; content: unknown }[] = [];
  for (const kind of KINDS) {
    // A part of another kind's file is exported with it.
    if (kind.form === "part") continue;
    const content = kind.reconciler.export?.(await kind.reconciler.read(context));
    if (content === undefined) continue;
    if (kind.form === "folder") {
      for (const resource of content as Record<string, unknown>[]) {
        const name = String(resource[kind.name.field]);
        if (isUnsafeFileName(name))
          throw new UnsafeExportName(said("export.unsafeName", { label: said(kind.name.label), name }));
        files.push({ file: `${kind.folder}/${name}.yaml`, content: resource });
      }
    } else {
      files.push({ file: kind.file, content });
    }
  }
  const root = path.resolve(directory);
  for (const { file } of files) {
    const target = path.resolve(root, file);
    if (!target.startsWith(`${root}${path.sep}`))
      throw new UnsafeExportName(said("export.outside", { file, directory }));
  }
  const written: string[] = [];
  for (const { file, content } of files) {
    const target = path.join(root, file);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, `${schemaComment(file)}\n${stringify(escapeVariables(content), { lineWidth: 0 })}`);
    written.push(file);
  }
  return written;
}
