import type { z } from "zod";
import type { Reconciler } from "./reconciler";
import type { KindName } from "./names";
import type { MessageKey, Said } from "../messages/said";

/** The names declared by every kind of the folder, by namespace (`flow`, `client scope`…). */
export type DeclaredNames = (namespace: string) => ReadonlySet<string>;

/** A name used but declared nowhere: where it is used, from the root of the value it is in. */
export interface UndeclaredName {
  path: PropertyKey[];
  message: Said;
}

/**
 * The fields of a kind's file, by path (`authentication.password`), that hold a secret: the only
 * ones that may read a secret variable (config/variables.ts).
 */
type SecretFields = readonly string[];

interface ResourceKind<Key extends string, Desired, Live> {
  /** Its key in the loaded realm-config: `clients`. */
  key: Key;
  /** How plans and progress name it: `clients`. */
  kind: KindName;
  reconciler: Reconciler<Desired, Live>;
  /** The names it declares for the other kinds to use. */
  names?(desired: Desired): Record<string, readonly string[]>;
  /** Names Keycloak has in every realm, usable without declaring them. */
  builtInNames?: Record<string, readonly string[]>;
  /** The names it uses that no kind declares. */
  undeclared?(desired: Desired, declared: DeclaredNames): UndeclaredName[];
}

/** A kind written in one file of realm-config/: `realm.yaml`. */
export interface FileKind<Key extends string, Schema extends z.ZodType, Live> extends ResourceKind<
  Key,
  z.output<Schema>,
  Live
> {
  form: "file";
  file: string;
  schema: Schema;
  /** Why the folder cannot do without this file (its message); the file is optional without it. */
  required?: MessageKey;
  secretFields?: SecretFields;
}

/** A kind written one file per resource in a folder: `clients/<clientId>.yaml`. */
export interface FolderKind<Key extends string, Schema extends z.ZodType, Live> extends ResourceKind<
  Key,
  z.output<Schema>[],
  Live
> {
  form: "folder";
  folder: string;
  /** The schema of one file, and the name of its JSON Schema (`client`). */
  schema: Schema;
  schemaName: string;
  /**
   * The field that names a resource: unique in the folder, and the name of its file on export;
   * `label`, the catalogue's words for it.
   */
  name: { field: keyof z.output<Schema> & string; label: MessageKey };
  secretFields?: SecretFields;
}

/** A kind declared inside another kind's file, written after other kinds (flow bindings, after the flows). */
export interface PartKind<Key extends string, Whole, Desired, Live> extends ResourceKind<Key, Desired, Live> {
  form: "part";
  partOf: string;
  select(whole: Whole): Desired;
}

/** The `names` and `builtInNames` of a kind whose resources are each named by one field. */
export function namedIn<Resource>(
  namespace: string,
  nameOf: (resource: Resource) => string,
  builtIn: readonly string[],
) {
  return {
    names: (declared: Resource[]) => ({ [namespace]: declared.map(nameOf) }),
    builtInNames: { [namespace]: builtIn },
  };
}

export function fileKind<const Key extends string, Schema extends z.ZodType, Live, const Required extends MessageKey>(
  kind: Omit<FileKind<Key, Schema, Live>, "form" | "required"> & { required?: Required },
): FileKind<Key, Schema, Live> & { required: MessageKey extends Required ? undefined : Required } {
  return { form: "file", ...kind } as FileKind<Key, Schema, Live> & {
    required: MessageKey extends Required ? undefined : Required;
  };
}

export function folderKind<const Key extends string, Schema extends z.ZodType, Live>(
  kind: Omit<FolderKind<Key, Schema, Live>, "form">,
): FolderKind<Key, Schema, Live> {
  return { form: "folder", ...kind };
}

export function partKind<const Key extends string, Whole extends z.ZodType, Desired, Live>(
  kind: Omit<PartKind<Key, z.output<Whole>, Desired, Live>, "form" | "partOf"> & {
    /** The kind whose file declares it. */
    partOf: { key: string; schema: Whole };
  },
): PartKind<Key, z.output<Whole>, Desired, Live> {
  return { ...kind, form: "part", partOf: kind.partOf.key };
}

/* eslint-disable @typescript-eslint/no-explicit-any -- each kind pairs its reconciler with its own slice */
type Erased<Kind> = Omit<Kind, "reconciler" | "names" | "undeclared" | "select" | "name"> & {
  reconciler: Reconciler<any, any>;
  names?(desired: any): Record<string, readonly string[]>;
  undeclared?(desired: any, declared: DeclaredNames): UndeclaredName[];
} & (Kind extends { form: "folder" } ? { name: { field: string; label: MessageKey } } : unknown);

/** Any kind, as the engines handle them: the desired and live states are each kind's own. */
export type AnyResourceKind =
  | Erased<FileKind<string, z.ZodType, unknown>>
  | Erased<FolderKind<string, z.ZodType, unknown>>
  | (Erased<PartKind<string, unknown, unknown, unknown>> & { select(whole: any): unknown });
/* eslint-enable @typescript-eslint/no-explicit-any */

/** A kind's slice of a loaded folder; undefined when its file is absent. */
export function desiredOf(kind: AnyResourceKind, config: Record<string, unknown>): unknown {
  if (kind.form !== "part") return config[kind.key];
  const whole = config[kind.partOf];
  return whole === undefined ? undefined : kind.select(whole);
}
