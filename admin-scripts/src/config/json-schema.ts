import { z } from "zod";
import { KINDS } from "../catalogue";
import type { AnyResourceKind } from "../resource-kit/resource";

/** The file name of each JSON Schema, and the schema, for editors completing realm-config/ files. */
export function jsonSchemas(): Map<string, unknown> {
  const schemas = new Map<string, unknown>();
  for (const kind of KINDS) {
    if (kind.form === "part") continue;
    const schema = z.toJSONSchema(kind.schema, { io: "input", unrepresentable: "any" });
    schemas.set(schemaFile(kind), allowVariables(schema));
  }
  return schemas;
}

/** The first line of each realm-config file: where its editor finds the schema. */
export function schemaComment(file: string): string {
  const kind = KINDS.find((candidate) =>
    candidate.form === "folder"
      ? file.startsWith(`${candidate.folder}/`)
      : candidate.form === "file" && candidate.file === file,
  );
  if (!kind) throw new Error(`${file} is not a realm-config file`);
  const prefix = kind.form === "folder" ? "../schema" : "./schema";
  return `# yaml-language-server: $schema=${prefix}/${schemaFile(kind)}`;
}

function schemaFile(kind: AnyResourceKind): string {
  const name =
    kind.form === "folder" ? kind.schemaName : kind.form === "file" ? kind.file.replace(/\.yaml$/, "") : kind.key;
  return `${name}.schema.json`;
}

const VARIABLE = {
  type: "string",
  pattern: "\\$\\{[A-Za-z_][A-Za-z0-9_]*(:-[^}]*)?\\}",
  description: "${VAR} or ${VAR:-default}",
};
const SCALARS = new Set(["string", "number", "integer", "boolean"]);
/** Where a schema holds other schemas; `$defs` holds those a recursive schema (a flow's steps) refers to. */
const CHILDREN = new Set(["properties", "items", "additionalProperties", "anyOf", "oneOf", "$defs"]);

/** Any plain value may also be written `${VAR}`: it is substituted before validation. */
function allowVariables(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(allowVariables);
  if (typeof node !== "object" || node === null) return node;
  const schema = Object.fromEntries(
    Object.entries(node).map(([key, value]) => [key, CHILDREN.has(key) ? mapChildren(key, value) : value]),
  );
  const type = (schema as { type?: string }).type;
  return type && SCALARS.has(type) ? { anyOf: [schema, VARIABLE] } : schema;
}

function mapChildren(key: string, value: unknown): unknown {
  if ((key === "properties" || key === "$defs") && typeof value === "object" && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([name, child]) => [name, allowVariables(child)]));
  }
  return allowVariables(value);
}
