import type { RealmConfig } from "../config/realm-config";
import { describeApiError } from "../keycloak/errors";
import type { Connection } from "../keycloak/connection";
import { checkServer, diffStep, readContext, ServerCannotApply } from "./plan";
import { STEPS } from "./registry";
import type { Change } from "./types";

export interface ApplyReport {
  done: Change[];
  /** What stopped the run: the change being written, or the step being read. */
  failed?: { during: string; message: string };
}

/**
 * Writes step by step in dependency order. Each step reads the realm again first, so it works on
 * what the steps before it made (a realm just created has Keycloak's defaults). A failure stops
 * the run; what was done stays done and a new run goes on from there.
 */
export async function apply(
  connection: Connection,
  config: RealmConfig,
  onChange: (change: Change, status: "start" | "done") => void = () => {},
): Promise<ApplyReport> {
  const done: Change[] = [];
  try {
    await checkServer(await readContext(connection), config);
  } catch (error) {
    const message = error instanceof ServerCannotApply ? error.message : describeApiError(error);
    return { done, failed: { during: "checking the server", message } };
  }
  for (const step of STEPS) {
    const desired = step.desired(config);
    if (desired === undefined) continue;
    let changes: Change[];
    try {
      const context = await readContext(connection);
      changes = diffStep(step, config, await step.reconciler.read(context), connection.realm);
    } catch (error) {
      return { done, failed: { during: `reading ${step.reconciler.kind}`, message: describeApiError(error) } };
    }
    for (const change of changes) {
      onChange(change, "start");
      try {
        await change.write(connection.api);
      } catch (error) {
        return {
          done,
          failed: { during: `${change.action} ${change.target}`, message: describeApiError(error, { method: "PUT" }) },
        };
      }
      done.push(change);
      onChange(change, "done");
    }
  }
  return { done };
}
