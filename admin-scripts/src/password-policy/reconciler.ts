import type { Reconciler } from "../reconcile/types";
import { fromPolicyString, toPolicyString } from "./policy-string";
import type { PasswordPolicy } from "./schema";

export const passwordPolicy: Reconciler<PasswordPolicy, string | undefined> = {
  kind: "password policy",
  read: async (context) => context.realmRepresentation?.passwordPolicy ?? "",
  diff(desired, current, realm) {
    const wanted = toPolicyString(desired);
    if (wanted === current) return [];
    return [
      {
        kind: "password policy",
        target: `realm ${realm}`,
        action: "update",
        fields: [{ path: "passwordPolicy", before: current || undefined, after: wanted }],
        write: (api) => api.realms.update({ realm }, { passwordPolicy: wanted }),
      },
    ];
  },
  export: (current) => fromPolicyString(current ?? ""),
};
