import type { RealmConfig } from "../catalogue";
import type { Connection } from "../keycloak/connection";
import { describeApiError } from "../keycloak/errors";
import type { Change } from "../resource-kit/reconciler";
import { checkServer, declaredKinds, diffKind, readContext, ServerCannotApply } from "./plan";

export interface ApplyReport {
  done: Change[];
  /** What stopped the run: the change being written, or the kind being read. */
  failed?: { during: string; message: string };
}

/**
 * Writes kind by kind in the catalogue's order. Each kind reads the realm again first, so it works on
 * what the kinds before it made (a realm just created has Keycloak's defaults). A failure stops
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
  for (const { kind, desired } of declaredKinds(config)) {
    let changes: Change[];
    try {
      const context = await readContext(connection);
      changes = diffKind(kind, desired, await kind.reconciler.read(context), connection.realm);
    } catch (error) {
      return { done, failed: { during: `reading ${kind.kind}`, message: describeApiError(error) } };
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
