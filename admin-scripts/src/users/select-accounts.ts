import type { LiveAccount } from "./accounts";
import type { Directory } from "./directory";

/** What `users list` and `users export` select accounts by. */
export interface AccountFilters {
  app?: string;
  etablissement?: string;
  status?: string;
}

/** The accounts of the directory that pass every filter given, by e-mail. */
export function selectAccounts({ accounts }: Directory, filters: AccountFilters): LiveAccount[] {
  return [...accounts.values()]
    .filter((account) => !filters.app || account.groups.includes(filters.app))
    .filter((account) => !filters.etablissement || account.etablissements.includes(filters.etablissement.toUpperCase()))
    .filter((account) => !filters.status || account.status === filters.status)
    .sort((a, b) => a.email.localeCompare(b.email));
}
