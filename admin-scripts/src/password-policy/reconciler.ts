import type { Reconciler } from "../resource-kit/reconciler";
import { fromPolicyString, toPolicyString } from "./policy-string";
import type { PasswordPolicy } from "./schema";
import { targetOf } from "../resource-kit/names";

export const passwordPolicy: Reconciler<PasswordPolicy, string | undefined> = {
  read: async (context) => context.liveRealm?.passwordPolicy ?? "",
  diff(desired, live, realm) {
    const wanted = toPolicyString(desired);
    if (wanted === live) return [];
    return [
      {
        target: targetOf("realm", realm),
        action: "update",
        fields: [{ path: "passwordPolicy", before: live || undefined, after: wanted }],
        write: (api) => api.realms.update({ realm }, { passwordPolicy: wanted }),
      },
    ];
  },
  export: (live) => fromPolicyString(live ?? ""),
};
