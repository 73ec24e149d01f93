/**
 * The admin scripts' public entry: what the stack, the benchmarks and the example app use. The
 * CLI (`cli.ts`) is built on the same parts.
 */
export { CATALOGUE, type RealmConfig } from "./catalogue";
export { runCli } from "./cli";
export { loadRealmConfig } from "./config/realm-config";
export { InvalidRealmConfig, type Problem } from "./config/problems";
export { describeFailure } from "./commands/failures";
export { chooseLanguage } from "./messages/language";
export {
  connect,
  connectionFromEnvironment,
  ConnectionError,
  type Connection,
  type Credentials,
} from "./keycloak/connection";
export { apply, type ApplyReport } from "./reconcile/apply";
export { desiredRealm } from "./reconcile/desired-realm";
export { ApplyFailed, applyFolder } from "./reconcile/apply-folder";
export { exportRealm } from "./reconcile/export";
export { plan, ServerCannotApply } from "./reconcile/plan";
export { planAsJson, renderPlan } from "./commands/plan-text";
export type { Change, FieldChange } from "./resource-kit/reconciler";
export {
  appGroups,
  ImportInterrupted,
  planAccountsImport,
  runAccountsImport,
  type ImportSummary,
  type NewAccountAccess,
  type PlannedImport,
} from "./users/import-accounts";
export { readDirectory, type Directory } from "./users/directory";
