import { setTimeout } from "node:timers/promises";
import type KeycloakAdminClient from "@keycloak/keycloak-admin-client";
import type UserRepresentation from "@keycloak/keycloak-admin-client/lib/defs/userRepresentation";
import pLimit from "p-limit";
import { INVITATION_PENDING, USER_ATTRIBUTES } from "@siec/contract";
import { isConflict } from "../keycloak/errors";
import { saidOf, type Said } from "../messages/said";
import { newAccountProfile, updatedAccountProfile } from "./account-profile";
import type { DesiredAccount } from "./accounts";
import { writesProfile, type AccountUpdate, type ImportPlan } from "./import-plan";

export type PasswordMode =
  | { kind: "none" }
  | { kind: "invite" }
  | { kind: "temporary"; passwordsFor: (accounts: DesiredAccount[]) => Promise<Map<string, string>> };

export interface ImportProgress {
  (event: { phase: "create" | "update"; done: number; total: number }): void;
}

/**
 * Accounts per partial import: one transaction each, so a stopped import loses at most a chunk's work.
 * Small, because Keycloak flushes its whole transaction 3 times for each account it adds: the cost
 * per account grows with the chunk (server CPU per account on 26.7: 9.5 ms in chunks of 500, 1.6 ms in
 * chunks of 50).
 */
const CHUNK_SIZE = 50;
/** One partial import keeps one core of Keycloak busy. */
const CHUNKS_AT_ONCE = 2;
const UPDATE_CONCURRENCY = 8;
/**
 * Keycloak answers 409 to a partial import that adds an account another transaction is adding: a
 * run killed mid-chunk leaves its request running on the server, and the re-run meets it. Once that
 * transaction commits, the same chunk goes through, its accounts skipped.
 */
const CONFLICT_PATIENCE_MS = 60_000;
const CONFLICT_WAIT_MS = 500;
const CONFLICT_LONGEST_WAIT_MS = 4_000;

export interface ImportOutcome {
  created: number;
  updated: number;
  failed: { email: string; message: Said }[];
}

/**
 * Creates new accounts in chunks through Keycloak's partial import (SKIP: an account created by an
 * earlier, stopped run is left alone, never overwritten), then updates changed accounts with
 * bounded concurrency, writing only what changed.
 */
export async function runImport(
  api: KeycloakAdminClient,
  realm: string,
  plan: ImportPlan,
  mode: PasswordMode,
  groupIds: Map<string, string>,
  onProgress: ImportProgress = () => {},
): Promise<ImportOutcome> {
  const outcome: ImportOutcome = { created: 0, updated: 0, failed: [] };
  // Keycloak gives a new account the realm's default roles (the account space's among them), but
  // not an account that a partial import creates: it is given them by name.
  const defaultRole = plan.create.length === 0 ? undefined : (await api.realms.findOne({ realm }))?.defaultRole?.name;
  const chunks = Array.from({ length: Math.ceil(plan.create.length / CHUNK_SIZE) }, (_, index) =>
    plan.create.slice(index * CHUNK_SIZE, (index + 1) * CHUNK_SIZE),
  );
  const chunkLimit = pLimit(CHUNKS_AT_ONCE);
  let imported = 0;
  await Promise.all(
    chunks.map((chunk) =>
      chunkLimit(async () => {
        const passwords = mode.kind === "temporary" ? await mode.passwordsFor(chunk) : undefined;
        const users = chunk.map((account) => newUser(account, mode, passwords?.get(account.email), defaultRole));
        const result = await partialImportUsers(api, realm, users);
        outcome.created += result.added ?? 0;
        imported += chunk.length;
        onProgress({ phase: "create", done: imported, total: plan.create.length });
      }).catch((error: unknown) => {
        chunkLimit.clearQueue(); // a failed chunk stops the import: no chunk starts after it
        throw error;
      }),
    ),
  );

  const limit = pLimit(UPDATE_CONCURRENCY);
  let done = 0;
  await Promise.all(
    plan.update.map((update) =>
      limit(async () => {
        try {
          await updateAccount(api, realm, update, groupIds);
          outcome.updated++;
        } catch (error) {
          outcome.failed.push({ email: update.desired.email, message: saidOf(error) });
        }
        onProgress({ phase: "update", done: ++done, total: plan.update.length });
      }),
    ),
  );
  return outcome;
}

async function partialImportUsers(api: KeycloakAdminClient, realm: string, users: UserRepresentation[]) {
  // As long as a busy server may take to commit the other transaction: a count of tries would give
  // up sooner when each try is slow (a cold server, another import running at once).
  const giveUpAt = Date.now() + CONFLICT_PATIENCE_MS;
  for (let attempt = 1; ; attempt++) {
    try {
      return await api.realms.partialImport({ realm, rep: { ifResourceExists: "SKIP", users } });
    } catch (error) {
      if (!isConflict(error) || Date.now() > giveUpAt) throw error;
      await setTimeout(Math.min(CONFLICT_WAIT_MS * attempt, CONFLICT_LONGEST_WAIT_MS));
    }
  }
}

function newUser(
  account: DesiredAccount,
  mode: PasswordMode,
  password: string | undefined,
  defaultRole: string | undefined,
): UserRepresentation {
  const profile = newAccountProfile(account);
  return {
    ...profile,
    enabled: true,
    emailVerified: false,
    attributes: {
      ...profile.attributes,
      ...(mode.kind === "invite" && { [USER_ATTRIBUTES.invitation]: [INVITATION_PENDING] }),
    },
    groups: account.groups.map((group) => `/${group}`),
    ...(defaultRole !== undefined && { realmRoles: [defaultRole] }),
    ...(password && {
      credentials: [{ type: "password", value: password, temporary: true }],
      requiredActions: ["UPDATE_PASSWORD"],
    }),
  };
}

async function updateAccount(
  api: KeycloakAdminClient,
  realm: string,
  update: AccountUpdate,
  groupIds: Map<string, string>,
): Promise<void> {
  const { desired, live } = update;
  if (writesProfile(update)) await api.users.update({ realm, id: live.id }, updatedAccountProfile(desired, live));
  for (const group of update.joinGroups)
    await api.users.addToGroup({ realm, id: live.id, groupId: groupIds.get(group)! });
  for (const group of update.leaveGroups)
    await api.users.delFromGroup({ realm, id: live.id, groupId: groupIds.get(group)! });
}
