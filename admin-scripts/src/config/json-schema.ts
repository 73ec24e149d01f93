import { z } from "zod";
import { clientSchema } from "../clients/schema";
import { REALM_FILES } from "./realm-config";

/** The file name of each JSON Schema, and the schema, for editors completing realm-config/ files. */
export function jsonSchemas(): Map<string, unknown> {
  const schemas = new Map<string, unknown>();
  const add = (name: string, schema: z.ZodType) =>
    schemas.set(`${name}.schema.json`, allowVariables(z.toJSONSchema(schema, { io: "input", unrepresentable: "any" })));
  for (const { file, schema } of Object.values(REALM_FILES)) add(file.replace(/\.yaml$/, ""), schema as z.ZodType);
  add("client", clientSchema);
  return schemas;
}

/** The first line of each realm-config file: where its editor finds the schema. */
export function schemaComment(file: string): string {
  const name = file.startsWith("clients/") ? "client" : file.replace(/\.yaml$/, "");
  const prefix = file.startsWith("clients/") ? "../schema" : "./schema";
  return `# yaml-language-server: $schema=${prefix}/${name}.schema.json`;
}

const VARIABLE = {
  type: "string",
  pattern: "\\$\\{[A-Za-z_][A-Za-z0-9_]*(:-[^}]*)?\\}",
  description: "${VAR} or ${VAR:-default}",
};
const SCALARS = new Set(["string", "number", "integer", "boolean"]);

/** Any plain value may also be written `${VAR}`: it is substituted before validation. */
function allowVariables(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(allowVariables);
  if (typeof node !== "object" || node === null) return node;
  const schema = Object.fromEntries(
    Object.entries(node).map(([key, value]) => [
      key,
      key === "properties" || key === "items" || key === "additionalProperties" || key === "anyOf" || key === "oneOf"
        ? mapChildren(key, value)
        : value,
    ]),
  );
  const type = (schema as { type?: string }).type;
  return type && SCALARS.has(type) ? { anyOf: [schema, VARIABLE] } : schema;
}

function mapChildren(key: string, value: unknown): unknown {
  if (key === "properties" && typeof value === "object" && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([name, child]) => [name, allowVariables(child)]));
  }
  return allowVariables(value);
}
