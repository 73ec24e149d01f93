import type KeycloakAdminClient from "@keycloak/keycloak-admin-client";
import { directoryUrl, USER_ATTRIBUTES, type DirectoryAccount } from "@siec/contract";
import { said, SaidError } from "../messages/said";
import type { LiveAccount } from "./accounts";

const GROUPS = 500;

export interface Directory {
  accounts: Map<string, LiveAccount>;
  /** Top-level groups by name. */
  groupIds: Map<string, string>;
}

/**
 * All accounts with their groups and status, through the portal extension's directory endpoint:
 * a few queries on Keycloak's side (the standard listing costs it ~2 ms of CPU per user with a cold
 * cache), and the status as "Mon établissement" computes it, which the standard API cannot tell
 * without a read of each account's credentials.
 */
export async function readDirectory(api: KeycloakAdminClient, realm: string): Promise<Directory> {
  const response = await fetch(directoryUrl(api.baseUrl, realm), {
    headers: { authorization: `Bearer ${await api.getAccessToken()}`, accept: "application/json" },
  });
  if (response.status === 404) {
    await response.body?.cancel();
    throw new SaidError(said("directory.noExtension", { realm }));
  }
  if (!response.ok) {
    throw new SaidError(said("directory.refused", { realm, status: response.status, body: await response.text() }));
  }
  const entries = (await response.json()) as DirectoryAccount[];
  const groups = await api.groups.find({ realm, briefRepresentation: true, max: GROUPS });
  const groupIds = new Map(groups.map((group) => [group.name!, group.id!]));
  const accounts = new Map<string, LiveAccount>();
  for (const entry of entries) {
    if (!entry.email) continue; // accounts without an e-mail are none of the CLI's
    const account = toAccount(entry);
    accounts.set(account.email, account);
  }
  return { accounts, groupIds };
}

export function toAccount(entry: DirectoryAccount): LiveAccount {
  const attributes = entry.attributes;
  const invitation = attributes[USER_ATTRIBUTES.invitation]?.[0];
  const etablissements = attributes[USER_ATTRIBUTES.etablissement] ?? [];
  return {
    id: entry.id,
    email: entry.email!.toLowerCase(),
    firstName: entry.firstName ?? "",
    lastName: entry.lastName ?? "",
    enabled: entry.enabled,
    status: entry.status,
    etablissements,
    groups: entry.groups,
    // As the extension reads it: a value left after its établissement was taken away is no principal.
    principal: (attributes[USER_ATTRIBUTES.principal] ?? []).filter((uai) => etablissements.includes(uai)),
    ...(invitation && { invitation }),
    ...(entry.createdTimestamp !== undefined && { createdTimestamp: entry.createdTimestamp }),
    attributes,
  };
}
