import type KeycloakAdminClient from "@keycloak/keycloak-admin-client";
import type RealmRepresentation from "@keycloak/keycloak-admin-client/lib/defs/realmRepresentation";

/** One field that differs: `path` as written in realm-config, values as Keycloak holds them. */
export interface FieldChange {
  path: string;
  before: unknown;
  after: unknown;
  /** Shown masked in plans and logs. */
  secret?: boolean;
}

/** One write the plan will make, with what it changes. */
export interface Change {
  kind: string;
  /** What is changed, e.g. `client dexco`. */
  target: string;
  action: "create" | "update" | "delete";
  fields: FieldChange[];
  write(api: KeycloakAdminClient): Promise<void>;
}

/** Everything a reconciler needs to read the live realm. */
export interface ReadContext {
  api: KeycloakAdminClient;
  realm: string;
  /** The realm's representation, read once per plan; undefined before the realm is created. */
  realmRepresentation: RealmRepresentation | undefined;
}

/**
 * The same shape for every kind of realm resource: `read` the live state, `diff` it with the
 * desired state (pure), and the changes carry their own `write`. `export` turns a live state back
 * into the content of its realm-config file.
 */
export interface Reconciler<Desired, Current> {
  kind: string;
  read(context: ReadContext): Promise<Current>;
  diff(desired: Desired, current: Current, realm: string): Change[];
  export(current: Current): unknown;
  /** What the server lacks to hold the desired state (e.g. a provider), found before any write. */
  check?(desired: Desired, context: ReadContext): Promise<string[]>;
}
