/**
 * How the extension's JSON requests and answers are described once: each is a value (an enum or a
 * shape of fields), from which TypeScript derives its type (`Payload<typeof …>`) and
 * build/contract-java.ts writes the Java enum or record the extension uses.
 */

/** A closed set of strings: a TypeScript union, a Java enum whose constants serialize as these values. */
export interface Enumeration<Values extends readonly string[] = readonly string[]> {
  kind: "enum";
  name: string;
  values: Values;
}

/** A JSON object: a TypeScript object type, a Java record with these components in this order. */
export interface Shape<Fields extends Record<string, Field> = Record<string, Field>> {
  kind: "shape";
  name: string;
  fields: Fields;
}

/** A field the JSON may leave out: optional in TypeScript, null in Java (Keycloak writes no null). */
export interface Optional<Of extends Field = Field> {
  kind: "optional";
  of: Of;
}

export interface ListOf<Of extends Field = Field> {
  kind: "list";
  of: Of;
}

/** `string-lists`: user attributes, each name with its values. `number` is a whole number (Java long). */
export type Field = "string" | "boolean" | "number" | "string-lists" | Enumeration | Shape | ListOf | Optional;

export function enumeration<const Values extends readonly string[]>(name: string, values: Values): Enumeration<Values> {
  return { kind: "enum", name, values };
}

export function shape<const Fields extends Record<string, Field>>(name: string, fields: Fields): Shape<Fields> {
  return { kind: "shape", name, fields };
}

export function optional<const Of extends Field>(of: Of): Optional<Of> {
  return { kind: "optional", of };
}

export function listOf<const Of extends Field>(of: Of): ListOf<Of> {
  return { kind: "list", of };
}

/** The TypeScript type of a field, an enumeration or a shape. */
export type Payload<F> = F extends "string"
  ? string
  : F extends "boolean"
    ? boolean
    : F extends "number"
      ? number
      : F extends "string-lists"
        ? Record<string, string[]>
        : F extends Enumeration<infer Values>
          ? Values[number]
          : F extends ListOf<infer Of>
            ? Payload<Of>[]
            : F extends Shape<infer Fields>
              ? {
                  -readonly [Name in keyof Fields as Fields[Name] extends Optional ? never : Name]: Payload<
                    Fields[Name]
                  >;
                } & {
                  -readonly [
                    Name in keyof Fields as Fields[Name] extends Optional ? Name : never
                  ]?: Fields[Name] extends Optional<infer Of> ? Payload<Of> : never;
                }
              : never;
