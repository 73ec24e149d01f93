import { z } from "zod";
import { clientSchema } from "../clients/schema";
import { REALM_FILES } from "./realm-config";

/** The file name of each JSON Schema, and the schema, for editors completing realm-config/ files. */
export function jsonSchemas(): Map<string, unknown> {
  const schemas = new Map<string, unknown>();
  const add = (name: string, schema: z.ZodType) =>
    schemas.set(`${name}.schema.json`, z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }));
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
