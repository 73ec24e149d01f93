import type { AccountStatus } from "@siec/contract";

/** An account as the file declares it. */
export interface DesiredAccount {
  line: number;
  email: string;
  firstName: string;
  lastName: string;
  etablissements: string[];
  groups: string[];
  /** The UAI codes it is the compte principal of; undefined when the file has no such column (left as they are, but for an établissement the account leaves). */
  principal?: string[];
}

/** An account as Keycloak holds it. */
export interface LiveAccount {
  id: string;
  email: string;
  firstName: string;
  lastName: string;
  enabled: boolean;
  /** As the extension computes it for "Mon établissement" too. */
  status: AccountStatus;
  etablissements: string[];
  groups: string[];
  /** The UAI codes it is the compte principal of, among its établissements. */
  principal: string[];
  /** `pending` until the first-connexion e-mail was sent, then when it was (not the status: a temporary password is pending too). */
  invitation?: string;
  /** When Keycloak created it (ms since the epoch): an account never signed in to is inactive from then. */
  createdTimestamp?: number;
  attributes: Record<string, string[]>;
}
