import { clientScopes } from "../client-scopes/reconciler";
import { clients } from "../clients/reconciler";
import type { RealmConfig } from "../config/realm-config";
import { flowBindings } from "../flows/bindings";
import { flows } from "../flows/reconciler";
import { groups } from "../groups/reconciler";
import { lifespans } from "../lifespans/reconciler";
import { passwordPolicy } from "../password-policy/reconciler";
import { realmSettings } from "../realm/reconciler";
import { requiredActions } from "../required-actions/reconciler";
import { roles } from "../roles/reconciler";
import { smtp } from "../smtp/reconciler";
import { userProfile } from "../user-profile/reconciler";
import type { Reconciler } from "./types";

export interface Step {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each step pairs a reconciler with its own slice
  reconciler: Reconciler<any, any>;
  /** The slice of realm-config this reconciler owns; undefined when its file is absent. */
  desired(config: RealmConfig): unknown;
  /** Where `export` writes it, relative to the realm-config folder. */
  file?: string;
}

/**
 * The fixed dependency order: the realm first, flows before their bindings, roles and client
 * scopes before the clients that use them, clients before the groups that give their roles.
 */
export const STEPS: Step[] = [
  { reconciler: realmSettings, desired: (config) => config.realm, file: "realm.yaml" },
  { reconciler: passwordPolicy, desired: (config) => config.passwordPolicy, file: "password-policy.yaml" },
  { reconciler: smtp, desired: (config) => config.smtp, file: "smtp.yaml" },
  { reconciler: lifespans, desired: (config) => config.lifespans, file: "lifespans.yaml" },
  { reconciler: requiredActions, desired: (config) => config.requiredActions, file: "required-actions.yaml" },
  { reconciler: userProfile, desired: (config) => config.userProfile, file: "user-profile.yaml" },
  { reconciler: flows, desired: (config) => config.flows, file: "flows.yaml" },
  { reconciler: flowBindings, desired: (config) => config.realm.flowBindings },
  { reconciler: roles, desired: (config) => config.roles, file: "roles.yaml" },
  { reconciler: clientScopes, desired: (config) => config.clientScopes, file: "client-scopes.yaml" },
  { reconciler: clients, desired: (config) => config.clients, file: "clients/" },
  { reconciler: groups, desired: (config) => config.groups, file: "groups.yaml" },
];
