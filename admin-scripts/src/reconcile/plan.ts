import type { Connection } from "../keycloak/connection";
import type { RealmConfig } from "../config/realm-config";
import { STEPS, type Step } from "./registry";
import type { Change, ReadContext } from "./types";

export async function readContext(connection: Connection): Promise<ReadContext> {
  const { api, realm } = connection;
  return { api, realm, realmRepresentation: await api.realms.findOne({ realm }) };
}

/** realm-config needs what this Keycloak does not have: nothing can be written. */
export class ServerCannotApply extends Error {
  constructor(readonly problems: string[]) {
    super(
      `Keycloak cannot hold realm-config; nothing was written:\n${problems.map((problem) => `- ${problem}`).join("\n")}`,
    );
  }
}

/** Throws ServerCannotApply when the server lacks something realm-config needs. */
export async function checkServer(context: ReadContext, config: RealmConfig): Promise<void> {
  const checked = STEPS.filter((step) => step.reconciler.check !== undefined && step.desired(config) !== undefined);
  const problems = await Promise.all(checked.map((step) => step.reconciler.check!(step.desired(config), context)));
  if (problems.flat().length > 0) throw new ServerCannotApply(problems.flat());
}

/**
 * Every change that would bring the live realm to realm-config: reads only, all at once, after
 * checking that the server can hold it.
 */
export async function plan(connection: Connection, config: RealmConfig): Promise<Change[]> {
  const context = await readContext(connection);
  await checkServer(context, config);
  const active = STEPS.filter((step) => step.desired(config) !== undefined);
  const currents = await Promise.all(active.map((step) => step.reconciler.read(context)));
  return active.flatMap((step, index) => diffStep(step, config, currents[index], connection.realm));
}

export function diffStep(step: Step, config: RealmConfig, current: unknown, realm: string): Change[] {
  return step.reconciler.diff(step.desired(config), current, realm);
}
