import type KeycloakAdminClient from "@keycloak/keycloak-admin-client";
import type UserRepresentation from "@keycloak/keycloak-admin-client/lib/defs/userRepresentation";
import pLimit from "p-limit";
import { directoryUrl, USER_ATTRIBUTES } from "@siec/contract";
import { t } from "../messages";
import type { LiveAccount } from "./accounts";

const PAGE = 500;
/**
 * Full user representations: Keycloak flushes its transaction on each of its look-ups per user, so
 * the cost per user grows with the page (a 10,000-user listing with a cold cache: 58 s of server CPU
 * in pages of 500, 13 s in pages of 100), and 2 pages at once keep its 2 cores busy.
 */
const USERS_PAGE = 100;
const USER_PAGES_AT_ONCE = 2;

/**
 * Every page of a listing: a few at a time when the number of items is known, otherwise one
 * after the other until a short page.
 */
async function allPages<T>(
  read: (first: number, max: number) => Promise<T[]>,
  known?: { total: number; page: number; atOnce: number },
): Promise<T[]> {
  if (known) {
    const limit = pLimit(known.atOnce);
    const starts = Array.from({ length: Math.floor(known.total / known.page) + 1 }, (_, index) => index * known.page);
    return (await Promise.all(starts.map((first) => limit(() => read(first, known.page))))).flat();
  }
  const items: T[] = [];
  for (let first = 0; ; first += PAGE) {
    const page = await read(first, PAGE);
    items.push(...page);
    if (page.length < PAGE) return items;
  }
}

export interface Directory {
  accounts: Map<string, LiveAccount>;
  /** Top-level groups by name. */
  groupIds: Map<string, string>;
}

/** An account as the portal extension's GET /admin/realms/{realm}/siec-directory gives it. */
interface DirectoryEntry {
  id: string;
  email: string | null;
  firstName: string | null;
  lastName: string | null;
  enabled: boolean;
  createdTimestamp: number | null;
  attributes: Record<string, string[]>;
  /** Names of the top-level groups the account belongs to. */
  groups: string[];
}

/**
 * All accounts with their groups: through the portal extension's directory endpoint when the
 * server has it (three queries on Keycloak's side; the standard listing costs it ~2 ms of CPU per
 * user with a cold cache), otherwise through the standard admin API.
 */
export async function readDirectory(api: KeycloakAdminClient, realm: string): Promise<Directory> {
  return (await readDirectoryFromExtension(api, realm)) ?? readDirectoryFromStandardApi(api, realm);
}

/** Through GET /admin/realms/{realm}/siec-directory; undefined when the server answers 404 (no extension). */
export async function readDirectoryFromExtension(
  api: KeycloakAdminClient,
  realm: string,
): Promise<Directory | undefined> {
  const response = await fetch(directoryUrl(api.baseUrl, realm), {
    headers: { authorization: `Bearer ${await api.getAccessToken()}`, accept: "application/json" },
  });
  if (response.status === 404) {
    await response.body?.cancel();
    return undefined;
  }
  if (!response.ok) {
    throw new Error(t("directory.refused", { realm, status: response.status, body: await response.text() }));
  }
  const entries = (await response.json()) as DirectoryEntry[];
  const groupIds = await topLevelGroups(api, realm);
  const order = [...groupIds.keys()];
  const accounts = new Map<string, LiveAccount>();
  for (const entry of entries) {
    if (!entry.email) continue; // accounts without an e-mail, as the standard path
    const account = toAccount({
      id: entry.id,
      email: entry.email,
      firstName: entry.firstName ?? undefined,
      lastName: entry.lastName ?? undefined,
      enabled: entry.enabled,
      createdTimestamp: entry.createdTimestamp ?? undefined,
      attributes: entry.attributes,
    });
    // The standard path lists the groups in the order of the group listing.
    account.groups = order.filter((name) => entry.groups.includes(name));
    accounts.set(account.email, account);
  }
  return { accounts, groupIds };
}

/**
 * Through the standard admin API, in a few paged reads (one listing of users, one of each group's
 * members) instead of one look-up per row.
 */
export async function readDirectoryFromStandardApi(api: KeycloakAdminClient, realm: string): Promise<Directory> {
  const groupIds = await topLevelGroups(api, realm);
  const total = await api.users.count({ realm });
  const users = await allPages((first, max) => api.users.find({ realm, first, max, briefRepresentation: false }), {
    total,
    page: USERS_PAGE,
    atOnce: USER_PAGES_AT_ONCE,
  });
  const accounts = new Map<string, LiveAccount>();
  const byId = new Map<string, LiveAccount>();
  for (const user of users) {
    if (!user.email) continue; // service accounts
    const account = toAccount(user);
    accounts.set(account.email, account);
    byId.set(account.id, account);
  }
  for (const [name, id] of groupIds) {
    const members = await allPages((first, max) =>
      api.groups.listMembers({ realm, id, first, max, briefRepresentation: true }),
    );
    for (const member of members) byId.get(member.id!)?.groups.push(name);
  }
  return { accounts, groupIds };
}

async function topLevelGroups(api: KeycloakAdminClient, realm: string): Promise<Map<string, string>> {
  const groups = await api.groups.find({ realm, briefRepresentation: true, max: PAGE });
  return new Map(groups.map((group) => [group.name!, group.id!]));
}

export function toAccount(user: UserRepresentation): LiveAccount {
  const attributes = (user.attributes ?? {}) as Record<string, string[]>;
  const invitation = attributes[USER_ATTRIBUTES.invitation]?.[0];
  const etablissements = attributes[USER_ATTRIBUTES.etablissement] ?? [];
  return {
    id: user.id!,
    email: user.email!.toLowerCase(),
    firstName: user.firstName ?? "",
    lastName: user.lastName ?? "",
    enabled: user.enabled ?? true,
    etablissements,
    groups: [],
    // As the extension reads it: a value left after its établissement was taken away is no principal.
    principal: (attributes[USER_ATTRIBUTES.principal] ?? []).filter((uai) => etablissements.includes(uai)),
    ...(invitation && { invitation }),
    ...(user.createdTimestamp !== undefined && { createdTimestamp: user.createdTimestamp }),
    attributes,
  };
}
