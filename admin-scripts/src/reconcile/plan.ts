import { NetworkError } from "@keycloak/keycloak-admin-client";
import { KINDS, type RealmConfig } from "../catalogue";
import type { Connection } from "../keycloak/connection";
import { describeApiError } from "../keycloak/errors";
import type { Change, LiveResource, ReadContext } from "../resource-kit/reconciler";
import { desiredOf, type AnyResourceKind } from "../resource-kit/resource";
import { unnamedResources } from "../resource-kit/unnamed";
import type { KindName } from "../resource-kit/names";
import { said, SaidError, type Said } from "../messages/said";

export async function readContext(connection: Connection): Promise<ReadContext> {
  const { api, realm } = connection;
  return { api, realm, liveRealm: await api.realms.findOne({ realm }) };
}

/** realm-config needs what this Keycloak does not have: nothing can be written. */
export class ServerCannotApply extends SaidError {
  constructor(readonly problems: Said[]) {
    super(said("check.serverCannotApply", { problems: problems.map((problem) => said("check.problem", { problem })) }));
  }
}

/** The kinds the folder declares, in the catalogue's order, each with its desired state. */
export function declaredKinds(config: RealmConfig): { kind: AnyResourceKind; desired: unknown }[] {
  return KINDS.flatMap((kind) => {
    const desired = desiredOf(kind, config);
    return desired === undefined ? [] : [{ kind, desired }];
  });
}

/** Throws ServerCannotApply when the server lacks something realm-config needs. */
export async function checkServer(context: ReadContext, config: RealmConfig): Promise<void> {
  const checked = declaredKinds(config).filter(({ kind }) => kind.reconciler.check !== undefined);
  const problems = await Promise.all(checked.map(({ kind, desired }) => kind.reconciler.check!(desired, context)));
  if (problems.flat().length > 0) throw new ServerCannotApply(problems.flat());
}

/** A live resource realm-config does not name and apply did not create: left as it is. */
export interface Drift {
  kind: KindName;
  target: string;
  /** When it was made, as Keycloak's admin events record it (ms); undefined when none does. */
  created?: number;
  /** Why no creation date is known, when the admin events could not be read. */
  createdUnreadable?: Said;
}

/**
 * Every change that would bring the live realm to realm-config, deletions (of what apply created
 * and realm-config no longer names) last: reads only, all at once, after checking that the server
 * can hold it.
 */
export async function plan(connection: Connection, config: RealmConfig): Promise<Change[]> {
  return (await survey(connection, config)).changes;
}

/** The plan, and the drift beside it: what realm-config does not name, with when Keycloak says it was made. */
export async function planWithDrift(
  connection: Connection,
  config: RealmConfig,
): Promise<{ changes: Change[]; drift: Drift[] }> {
  const { changes, drift } = await survey(connection, config);
  return { changes, drift: await Promise.all(drift.map((resource) => dated(connection, resource))) };
}

async function survey(connection: Connection, config: RealmConfig) {
  const context = await readContext(connection);
  await checkServer(context, config);
  const declared = declaredKinds(config);
  const lives = await Promise.all(declared.map(({ kind }) => kind.reconciler.read(context)));
  const changes = declared.flatMap(({ kind, desired }, index) =>
    diffKind(kind, desired, lives[index], connection.realm),
  );
  const unnamed = declared.map(({ kind, desired }, index) => ({
    kind,
    ...unnamedOf(kind, desired, lives[index], connection.realm),
  }));
  return {
    changes: [...changes, ...unnamed.toReversed().flatMap(({ kind, deletions }) => deletionsOf(kind, deletions))],
    drift: unnamed.flatMap(({ kind, drift }) => drift.map((resource) => ({ kind: kind.kind, resource }))),
  };
}

export function diffKind(kind: AnyResourceKind, desired: unknown, live: unknown, realm: string): Change[] {
  return kind.reconciler.diff(desired, live, realm).map((change) => ({ ...change, kind: kind.kind }));
}

/** The live resources of a kind that realm-config does not name; none for a kind that names no resources. */
export function unnamedOf(kind: AnyResourceKind, desired: unknown, live: unknown, realm: string) {
  const inventory = kind.reconciler.inventory;
  if (!inventory) return { drift: [], deletions: [] };
  return unnamedResources(inventory.declared(desired), inventory.live(live, realm));
}

export function deletionsOf(kind: AnyResourceKind, resources: LiveResource[]): Change[] {
  return resources.map((resource) => ({
    kind: kind.kind,
    target: resource.target,
    action: "delete",
    fields: [],
    write: resource.remove,
  }));
}

/**
 * Keycloak keeps no creation date on clients, scopes, roles, groups or flows; its admin events
 * record a creation while the realm keeps them (realm.yaml's adminEventsEnabled). Reading them
 * needs view-events, which the CLI's service account lacks: then the date is said to be unknown,
 * for want of that role (whyEventsUnreadable).
 */
async function dated(connection: Connection, { kind, resource }: { kind: KindName; resource: LiveResource }) {
  const { api, realm } = connection;
  try {
    const [event] = await api.realms.findAdminEvents({
      realm,
      operationTypes: "CREATE",
      resourcePath: resource.eventPath,
      max: 1,
    });
    return { kind, target: resource.target, ...(event?.time !== undefined && { created: event.time }) };
  } catch (error) {
    return { kind, target: resource.target, createdUnreadable: whyEventsUnreadable(error) };
  }
}

/** Why the admin events could not be read: a 403 there is always the missing view-events, said plainly. */
export function whyEventsUnreadable(error: unknown): Said {
  if (error instanceof NetworkError && error.response.status === 403) return said("plan.eventsForbidden");
  return describeApiError(error);
}
