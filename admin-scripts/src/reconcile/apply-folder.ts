import type { RealmConfig } from "../catalogue";
import { loadRealmConfig } from "../config/realm-config";
import { variableValues } from "../config/variables";
import { connect, type Connection, type Credentials } from "../keycloak/connection";
import { said, SaidError } from "../messages/said";
import { apply, type ApplyReport } from "./apply";

/** An apply that stopped: what was done stays done, and the same apply again goes on from there. */
export class ApplyFailed extends SaidError {
  constructor(readonly report: ApplyReport & { failed: NonNullable<ApplyReport["failed"]> }) {
    super(said("apply.folderStopped", { during: report.failed.during, message: report.failed.message }));
  }
}

/**
 * Loads a realm-config/ folder and applies it to a server, as `siec-portail apply --yes` does
 * (`npm start`, the benchmarks): throws InvalidRealmConfig before any write, ApplyFailed after.
 * `variables`: the values of realm-config's variables it was applied with.
 */
export async function applyFolder(options: {
  directory: string;
  url: string;
  credentials: Credentials;
  environment?: Record<string, string | undefined>;
}): Promise<{ config: RealmConfig; connection: Connection; report: ApplyReport; variables: Record<string, string> }> {
  const environment = options.environment ?? process.env;
  const config = await loadRealmConfig(options.directory, environment);
  const connection = connect({ url: options.url, realm: config.realm.realm, credentials: options.credentials });
  const report = await apply(connection, config);
  if (report.failed) throw new ApplyFailed({ ...report, failed: report.failed });
  return { config, connection, report, variables: await variableValues(options.directory, environment) };
}
