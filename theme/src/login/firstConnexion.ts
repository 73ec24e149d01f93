/**
 * The sign-in page's "Initialisez votre mot de passe" opens the same reset page as "Mot de passe
 * oublié ?", in first-connexion wording. The marker rides in the link's query (Keycloak serves
 * reset-credentials without a redirect, so it is still in the page's URL) and, for the pages
 * Keycloak shows next in the same tab (a form error, a language switch), in sessionStorage.
 */
export const firstConnexionParameter = "kc_first_connexion";
const storageKey = "siec.firstConnexion";

export function firstConnexionUrl(resetCredentialsUrl: string): string {
  const url = new URL(resetCredentialsUrl, window.location.href);
  url.searchParams.set(firstConnexionParameter, "1");
  return url.href;
}

export function rememberFirstConnexion(isFirstConnexion: boolean): void {
  if (isFirstConnexion) sessionStorage.setItem(storageKey, "1");
  else sessionStorage.removeItem(storageKey);
}

export function isFirstConnexion(): boolean {
  return (
    new URLSearchParams(window.location.search).get(firstConnexionParameter) === "1" ||
    sessionStorage.getItem(storageKey) === "1"
  );
}
