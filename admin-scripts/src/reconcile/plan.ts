import type { Connection } from "../keycloak/connection";
import type { RealmConfig } from "../config/realm-config";
import { STEPS, type Step } from "./registry";
import type { Change, ReadContext } from "./types";

export async function readContext(connection: Connection): Promise<ReadContext> {
  const { api, realm } = connection;
  return { api, realm, realmRepresentation: await api.realms.findOne({ realm }) };
}

/** Every change that would bring the live realm to realm-config: reads only, all at once. */
export async function plan(connection: Connection, config: RealmConfig): Promise<Change[]> {
  const context = await readContext(connection);
  const active = STEPS.filter((step) => step.desired(config) !== undefined);
  const currents = await Promise.all(active.map((step) => step.reconciler.read(context)));
  return active.flatMap((step, index) => diffStep(step, config, currents[index], connection.realm));
}

export function diffStep(step: Step, config: RealmConfig, current: unknown, realm: string): Change[] {
  return step.reconciler.diff(step.desired(config), current, realm);
}
