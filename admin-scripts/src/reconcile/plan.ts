import { KINDS, type RealmConfig } from "../catalogue";
import type { Connection } from "../keycloak/connection";
import type { Change, ReadContext } from "../resource-kit/reconciler";
import { desiredOf, type AnyResourceKind } from "../resource-kit/resource";

export async function readContext(connection: Connection): Promise<ReadContext> {
  const { api, realm } = connection;
  return { api, realm, liveRealm: await api.realms.findOne({ realm }) };
}

/** realm-config needs what this Keycloak does not have: nothing can be written. */
export class ServerCannotApply extends Error {
  constructor(readonly problems: string[]) {
    super(
      `Keycloak cannot hold realm-config; nothing was written:\n${problems.map((problem) => `- ${problem}`).join("\n")}`,
    );
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

/**
 * Every change that would bring the live realm to realm-config: reads only, all at once, after
 * checking that the server can hold it.
 */
export async function plan(connection: Connection, config: RealmConfig): Promise<Change[]> {
  const context = await readContext(connection);
  await checkServer(context, config);
  const declared = declaredKinds(config);
  const lives = await Promise.all(declared.map(({ kind }) => kind.reconciler.read(context)));
  return declared.flatMap(({ kind, desired }, index) => diffKind(kind, desired, lives[index], connection.realm));
}

export function diffKind(kind: AnyResourceKind, desired: unknown, live: unknown, realm: string): Change[] {
  return kind.reconciler.diff(desired, live, realm).map((change) => ({ ...change, kind: kind.kind }));
}
