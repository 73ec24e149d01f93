import type KeycloakAdminClient from "@keycloak/keycloak-admin-client";
import type RealmRepresentation from "@keycloak/keycloak-admin-client/lib/defs/realmRepresentation";
import type { KindName } from "./names";
import type { Said } from "../messages/said";

/** One field that differs: `path` as written in realm-config, values as Keycloak holds them. */
export interface FieldChange {
  path: string;
  before: unknown;
  after: unknown;
  /** Shown masked in plans and logs. */
  secret?: boolean;
}

/** One write a reconciler plans, with what it changes; the engine adds the kind of resource. */
export interface PlannedChange {
  /** What is changed, e.g. `client dexco`. */
  target: string;
  action: "create" | "update" | "delete";
  fields: FieldChange[];
  write(api: KeycloakAdminClient): Promise<void>;
}

/** A planned change as plans show it: under its kind of resource (`clients`). */
export interface Change extends PlannedChange {
  kind: KindName;
}

/** Everything a reconciler needs to read the live realm. */
export interface ReadContext {
  api: KeycloakAdminClient;
  realm: string;
  /** The realm's representation, read once per plan; undefined before the realm is created. */
  liveRealm: RealmRepresentation | undefined;
}

/**
 * A live resource of a kind whose resources realm-config names one by one (clients, flows…),
 * as plans weigh it when realm-config does not name it: drift to leave, or a deletion.
 */
export interface LiveResource {
  name: string;
  /** How plans name it: `client drift-test`. */
  target: string;
  /** It carries the marker of a resource apply created (resource-kit/managed.ts). */
  managed: boolean;
  /** The resource path under which Keycloak's admin events record its creation: `clients/<id>`. */
  eventPath: string;
  remove(api: KeycloakAdminClient): Promise<void>;
}

/** What a kind whose resources are named tells plans about the live ones, Keycloak's built-in ones left out. */
export interface Inventory<Desired, Live> {
  declared(desired: Desired): string[];
  live(live: Live, realm: string): LiveResource[];
}

/**
 * The same shape for every kind of realm resource: `read` the live state, `diff` it with the
 * desired state (pure), and the changes carry their own `write`. `export` turns a live state back
 * into the content of its realm-config file.
 */
export interface Reconciler<Desired, Live> {
  read(context: ReadContext): Promise<Live>;
  diff(desired: Desired, live: Live, realm: string): PlannedChange[];
  export?(live: Live): unknown;
  inventory?: Inventory<Desired, Live>;
  /** What the server lacks to hold the desired state (e.g. a provider), found before any write. */
  check?(desired: Desired, context: ReadContext): Promise<Said[]>;
}

/** The change, or none when no field differs. */
export function changeIfAny(fields: FieldChange[], change: Omit<PlannedChange, "fields">): PlannedChange[] {
  return fields.length === 0 ? [] : [{ ...change, fields }];
}
