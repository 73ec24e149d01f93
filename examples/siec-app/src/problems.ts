/** Why the app cannot reach the portal, said to the person in front of it. */

export class PortalProblem extends Error {
  constructor(
    readonly title: string,
    message: string,
  ) {
    super(message);
  }
}

const RETRY = "Réessayez dans quelques instants ; si le problème persiste, contactez le SIEC.";

/** The answer of `<portal>/realms/<realm>/.well-known/openid-configuration`, or why there is none. */
export function problemFromDiscovery(
  portalUrl: string,
  realm: string,
  outcome: { status: number } | { error: unknown },
): PortalProblem | undefined {
  if ("error" in outcome) {
    const timedOut = (outcome.error as { name?: string })?.name === "TimeoutError";
    return new PortalProblem(
      "Le portail d'authentification ne répond pas",
      timedOut
        ? `Le portail ${portalUrl} n'a pas répondu à temps. ${RETRY}`
        : `Le portail ${portalUrl} est injoignable (serveur arrêté, adresse erronée, ou royaume « ${realm} » inconnu). ${RETRY}`,
    );
  }
  if (outcome.status === 404)
    return new PortalProblem(
      "Le portail d'authentification ne connaît pas cette application",
      `Le royaume « ${realm} » n'existe pas sur ${portalUrl}. Vérifiez VITE_KEYCLOAK_URL et VITE_KEYCLOAK_REALM.`,
    );
  if (outcome.status < 200 || outcome.status >= 300)
    return new PortalProblem(
      "Le portail d'authentification est indisponible",
      `Le portail ${portalUrl} a répondu HTTP ${outcome.status}. ${RETRY}`,
    );
  return undefined;
}

/** keycloak-js rejects with an Error, an OAuth error (`{ error, error_description }`) or nothing. */
export function problemFromInit(error: unknown): PortalProblem {
  if (error instanceof PortalProblem) return error;
  const oauth = error as { error?: unknown; error_description?: unknown } | undefined;
  const detail =
    error instanceof Error
      ? error.message
      : typeof oauth?.error === "string"
        ? [oauth.error, oauth.error_description].filter((part) => typeof part === "string" && part).join(" : ")
        : "";
  return new PortalProblem(
    "La connexion au portail d'authentification a échoué",
    `${detail ? `Détail : ${detail}. ` : ""}${RETRY}`,
  );
}
