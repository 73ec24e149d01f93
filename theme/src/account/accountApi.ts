import type { Establishment, EstablishmentInvitationSummary, EstablishmentRefusal, MyApp } from "@siec/contract";

/**
 * The account space's calls to Keycloak's Account REST API (`…/realms/<realm>/account/…`, the API
 * Keycloak's own account console uses) and to the portal extension's list of the person's apps.
 * Pages get an AccountApi, so their previews can give them one of their own.
 */

export type Profile = {
  username?: string;
  email?: string;
  emailVerified?: boolean;
  firstName?: string;
  lastName?: string;
  attributes?: Record<string, string[]>;
};

/** A refusal of Keycloak's user profile: the field, a message key, its parameters. */
export type FieldError = { field: string; errorMessage: string; params?: unknown[] };

export type Credential = { id: string; userLabel?: string; createdDate?: number };

/** One kind of credential of the account (password, authenticator app, passkey…) and those it has. */
export type CredentialKind = {
  type: string;
  category: "basic-authentication" | "two-factor" | "passwordless" | string;
  /** The required action that adds one (`CONFIGURE_TOTP`, `webauthn-register-passwordless`…). */
  createAction?: string;
  updateAction?: string;
  removeable: boolean;
  userCredentialMetadatas: { credential: Credential }[];
};

export type SessionClient = { clientId: string; clientName?: string };

export type Device = {
  id: string;
  os?: string;
  osVersion?: string;
  browser?: string;
  device?: string;
  mobile?: boolean;
  current?: boolean;
  lastAccess: number;
  sessions: {
    id: string;
    ipAddress?: string;
    started: number;
    lastAccess: number;
    current?: boolean;
    clients: SessionClient[];
  }[];
};

/**
 * An identity provider of the realm, as Keycloak's Account REST API lists it (`linked-accounts`),
 * with the account's identity there when they are linked.
 */
export type LinkedAccount = {
  providerAlias: string;
  providerName: string;
  displayName: string;
  connected: boolean;
  social: boolean;
  /** The identity's name at the provider: for ProConnect, the e-mail address it gave. */
  linkedUsername?: string;
  guiOrder?: string;
};

/**
 * Required actions the account space sends the person to, on the sign-in pages; a second factor is
 * removed there too (`delete_credential:<id>`: Keycloak signs the person in again, then asks).
 */
export type AccountAction = "UPDATE_PASSWORD" | "UPDATE_EMAIL" | `delete_credential:${string}` | string;

/** How the sign-in pages' step the person was sent to ended, as Keycloak tells on the way back. */
export type ActionOutcome = { action: string; status: "success" | "cancelled" | "error" };

export interface AccountApi {
  /** Set on the first page shown after a required action (password, e-mail, second factor). */
  readonly actionOutcome?: ActionOutcome;
  // Each read takes the signal that abandons it (the query cache's: no page shows it any more).
  profile(signal?: AbortSignal): Promise<Profile>;
  /** Undefined when saved; the user profile's refusals otherwise. */
  updateProfile(profile: Profile): Promise<FieldError[] | undefined>;
  credentials(signal?: AbortSignal): Promise<CredentialKind[]>;
  devices(signal?: AbortSignal): Promise<Device[]>;
  /** Signs out every session of the account, this one included. */
  signOutEverywhere(): Promise<void>;
  apps(signal?: AbortSignal): Promise<MyApp[]>;
  /** The realm's identity providers, each saying whether the account is linked to it. */
  linkedAccounts(signal?: AbortSignal): Promise<LinkedAccount[]>;
  /**
   * Unlinks the account from the provider: undefined when done, "refused" when Keycloak keeps the
   * link (above all when it is the account's only way to sign in: no password of its own).
   */
  unlinkAccount(providerAlias: string): Promise<"refused" | undefined>;
  /** The établissements this account is the compte principal of (none for most accounts). */
  establishments(signal?: AbortSignal): Promise<Establishment[]>;
  /** Attaches an address to the établissement (creating its account): undefined when done, the refusal otherwise. */
  attachToEstablishment(uai: string, email: string): Promise<EstablishmentRefusal | undefined>;
  detachFromEstablishment(uai: string, email: string): Promise<EstablishmentRefusal | undefined>;
  /** The invitation an e-mailed link carries, for the person it was sent to; the refusal otherwise. */
  invitation(
    invitation: string,
    signal?: AbortSignal,
  ): Promise<EstablishmentInvitationSummary | { refusal: EstablishmentRefusal }>;
  /** Accepts or declines it, once: undefined when done, the refusal otherwise. */
  answerInvitation(invitation: string, accept: boolean): Promise<EstablishmentRefusal | undefined>;
  /** Leaves the account space for the sign-in pages' step, then comes back. */
  startAction(action: AccountAction): void;
  signOut(): void;
}

export class AccountApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
  ) {
    super(`The account API answered ${status}.`);
  }
}

/** `{errors:[…]}` or one error, as Keycloak 26 answers a refused profile. */
export function fieldErrorsOf(body: unknown): FieldError[] {
  const candidates = (body as { errors?: unknown })?.errors ?? [body];
  return (Array.isArray(candidates) ? candidates : []).filter(
    (error): error is FieldError =>
      typeof (error as FieldError)?.field === "string" && typeof (error as FieldError)?.errorMessage === "string",
  );
}
