import { useEffect, useState } from "react";
import type { KcContext, LivePasswordPolicies } from "./KcContext";
import { parsePasswordPolicy, type PasswordPolicy } from "./passwordRules";

/**
 * The realm's whole password policy. Keycloak gives its pages the policy without its
 * regexPattern (the SIEC special characters), so the page reads it from the portal's extension
 * (extension/: GET /realms/{realm}/siec-password-policy); until it answers (`loading`), if it
 * fails, and in previews, it uses what Keycloak gave.
 */
export function useLivePasswordPolicy(kcContext: KcContext & { passwordPolicies?: LivePasswordPolicies }): {
  policy: PasswordPolicy;
  loading: boolean;
} {
  const endpoint = policyEndpoint(kcContext.url.loginAction);
  const [policy, setPolicy] = useState<PasswordPolicy>(kcContext.passwordPolicies ?? {});
  const [loading, setLoading] = useState(endpoint !== undefined);
  useEffect(() => {
    if (!endpoint) return;
    let current = true;
    fetch(endpoint, { credentials: "omit" })
      .then((response) => (response.ok ? (response.json() as Promise<{ policy: string }>) : undefined))
      .then((body) => {
        if (current && body) setPolicy(parsePasswordPolicy(body.policy));
      })
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
  const match = /^(.*\/realms\/[^/]+)\/login-actions\//.exec(loginAction);
  return match ? `${match[1]}/siec-password-policy` : undefined;
}
