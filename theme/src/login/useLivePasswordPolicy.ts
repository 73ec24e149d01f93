import { useEffect, useState } from "react";
import {
  parsePolicy,
  passwordPolicyUrl,
  realmUrlOfLoginAction,
  type PasswordPolicyAnswer,
  type PolicyPart,
} from "@siec/contract";
import type { KcContext, LivePasswordPolicies } from "./KcContext";

/**
 * The realm's whole password policy. Keycloak gives its pages the policy without its
 * regexPattern (the SIEC special characters), so the page reads it from the portal's extension
 * (extension/: GET /realms/{realm}/siec-password-policy); until it answers (`loading`), if it
 * fails or answers a policy that does not parse, and in previews, it uses what Keycloak gave.
 */
export function useLivePasswordPolicy(kcContext: KcContext & { passwordPolicies?: LivePasswordPolicies }): {
  policy: PolicyPart[];
  loading: boolean;
} {
  const endpoint = policyEndpoint(kcContext.url.loginAction);
  const [policy, setPolicy] = useState<PolicyPart[]>(() => policyParts(kcContext.passwordPolicies ?? {}));
  const [loading, setLoading] = useState(endpoint !== undefined);
  useEffect(() => {
    if (!endpoint) return;
    let current = true;
    fetch(endpoint, { credentials: "omit" })
      .then((response) => (response.ok ? (response.json() as Promise<PasswordPolicyAnswer>) : undefined))
      .then((body) => {
        if (current && body) setPolicy(parsePolicy(body.policy));
      })
      // A failed request, or a policy string that does not parse (InvalidPolicyString): keep what Keycloak gave.
      .catch(() => {})
      .finally(() => {
        if (current) setLoading(false);
      });
    return () => {
      current = false;
    };
  }, [endpoint]);
  return { policy, loading };
}

/** `…/realms/siec/login-actions/…` → `…/realms/siec/siec-password-policy`. */
export function policyEndpoint(loginAction: string): string | undefined {
  const realmUrl = realmUrlOfLoginAction(loginAction);
  return realmUrl && passwordPolicyUrl(realmUrl);
}

/** Keycloak's PasswordPoliciesBean (`{ length: 12, notEmail: true }`) as policy parts. */
export function policyParts(policies: LivePasswordPolicies): PolicyPart[] {
  return Object.entries(policies).flatMap(([id, value]): PolicyPart[] => {
    if (typeof value === "number") return [{ id, argument: String(value) }];
    if (value === true) return [{ id, argument: "undefined" }];
    return [];
  });
}
