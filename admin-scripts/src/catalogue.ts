/**
 * Every kind of realm resource realm-config/ declares, in the fixed order apply writes them: the
 * realm first, flows before their bindings, roles and client scopes before the clients that use
 * them, clients before the groups that give their roles. Loading, validation, cross-references,
 * the JSON Schemas, plan, apply and export all follow this one list: a new kind is a folder and a
 * line here.
 */
import type { z } from "zod";
import type { AnyResourceKind } from "./resource-kit/resource";
import { builtInClientsKind } from "./built-in-clients";
import { clientScopesKind } from "./client-scopes";
import { clientsKind } from "./clients";
import { flowsKind } from "./flows";
import { groupsKind } from "./groups";
import { identityProvidersKind } from "./identity-providers";
import { lifespansKind } from "./lifespans";
import { passwordPolicyKind } from "./password-policy";
import { flowBindingsKind, realmKind } from "./realm";
import { requiredActionsKind } from "./required-actions";
import { rolesKind } from "./roles";
import { smtpKind } from "./smtp";
import { textsKind } from "./texts";
import { userProfileKind } from "./user-profile";

export const CATALOGUE = [
  realmKind,
  passwordPolicyKind,
  smtpKind,
  lifespansKind,
  requiredActionsKind,
  textsKind,
  userProfileKind,
  flowsKind,
  flowBindingsKind,
  rolesKind,
  clientScopesKind,
  clientsKind,
  builtInClientsKind,
  identityProvidersKind,
  groupsKind,
] as const;

type Kind = (typeof CATALOGUE)[number];
type FileKinds = Extract<Kind, { form: "file" }>;
type FolderKinds = Extract<Kind, { form: "folder" }>;

/** A loaded realm-config/ folder: each file's content under its kind's key, each folder as a list. */
export type RealmConfig = { [K in FileKinds as K["key"]]?: z.output<K["schema"]> } & {
  [K in Extract<FileKinds, { required: string }> as K["key"]]: z.output<K["schema"]>;
} & { [K in FolderKinds as K["key"]]: z.output<K["schema"]>[] };

/** The catalogue as the engines walk it, each kind's desired and live states left open. */
export const KINDS: readonly AnyResourceKind[] = CATALOGUE;
