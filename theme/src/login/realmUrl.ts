/** `…/realms/siec/login-actions/…` → `…/realms/siec`; undefined in previews, which have no server. */
export function realmUrlOf(loginAction: string): string | undefined {
  return /^(.*\/realms\/[^/]+)\/login-actions\//.exec(loginAction)?.[1];
}
