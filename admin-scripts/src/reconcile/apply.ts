import type { RealmConfig } from "../catalogue";
import type { Connection } from "../keycloak/connection";
import { describeApiError } from "../keycloak/errors";
import type { Change } from "../resource-kit/reconciler";
import { checkServer, declaredKinds, deletionsOf, diffKind, readContext, ServerCannotApply, unnamedOf } from "./plan";
import { said, type Said } from "../messages/said";
import { changeName, kindTitle } from "../resource-kit/names";

export interface ApplyReport {
  done: Change[];
  /** What stopped the run: the change being written, or the kind being read. */
  failed?: { during: Said; message: Said };
}

type OnChange = (change: Change, status: "start" | "done") => void;

/**
 * Writes kind by kind in the catalogue's order. Each kind reads the realm again first, so it works on
 * what the kinds before it made (a realm just created has Keycloak's defaults). With `delete`, what
 * apply created and realm-config no longer names is deleted afterwards, in the reverse order (groups
 * before the clients whose roles they give…). A failure stops the run; what was done stays done and
 * a new run goes on from there.
 */
export async function apply(
  connection: Connection,
  config: RealmConfig,
  onChange: OnChange = () => {},
  options: { delete?: boolean } = {},
): Promise<ApplyReport> {
  const done: Change[] = [];
  try {
    await checkServer(await readContext(connection), config);
  } catch (error) {
    const message = error instanceof ServerCannotApply ? error.said : describeApiError(error);
    return { done, failed: { during: said("apply.during.check"), message } };
  }
  const declared = declaredKinds(config);
  const passes = [
    ...declared.map(({ kind, desired }) => ({
      kind,
      changesOf: (live: unknown) => diffKind(kind, desired, live, connection.realm),
    })),
    ...(options.delete ? declared.filter(({ kind }) => kind.reconciler.inventory).toReversed() : []).map(
      ({ kind, desired }) => ({
        kind,
        changesOf: (live: unknown) => deletionsOf(kind, unnamedOf(kind, desired, live, connection.realm).deletions),
      }),
    ),
  ];
  for (const { kind, changesOf } of passes) {
    let changes: Change[];
    try {
      changes = changesOf(await kind.reconciler.read(await readContext(connection)));
    } catch (error) {
      return {
        done,
        failed: { during: said("apply.during.read", { kind: kindTitle(kind.kind) }), message: describeApiError(error) },
      };
    }
    for (const change of changes) {
      onChange(change, "start");
      try {
        await change.write(connection.api);
      } catch (error) {
        const method = change.action === "delete" ? "DELETE" : "PUT";
        return {
          done,
          failed: {
            during: said("apply.during.change", { change: changeName(change) }),
            message: describeApiError(error, { method }),
          },
        };
      }
      done.push(change);
      onChange(change, "done");
    }
  }
  return { done };
}
