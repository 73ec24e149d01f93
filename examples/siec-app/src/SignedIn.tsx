import { app } from "./apps";
import { signOut } from "./auth";
import type { SignedInUser } from "./claims";

/** The signed-in person as the portal's ID token describes them (access token for the roles). */
export function SignedIn({ user }: { user: SignedInUser }) {
  return (
    <section aria-labelledby="account-title">
      <h2 id="account-title">Vous êtes connecté</h2>
      <p>Le portail d'authentification du SIEC vous a identifié pour {app.name}.</p>
      <dl className="claims" aria-label="Votre compte">
        <dt>Nom</dt>
        <dd>{user.name || "Non renseigné"}</dd>
        <dt>Adresse mail</dt>
        <dd>{user.email || "Non renseignée"}</dd>
        <dt>Établissements</dt>
        <dd>
          {user.etablissements.length > 0 ? (
            <ul>
              {user.etablissements.map((uai) => (
                <li key={uai}>{uai}</li>
              ))}
            </ul>
          ) : (
            "Aucun établissement"
          )}
        </dd>
        <dt>Rôles dans l'application</dt>
        <dd>{user.roles.length > 0 ? user.roles.join(", ") : "Aucun rôle"}</dd>
      </dl>
      <p>
        <button type="button" className="primary" onClick={() => void signOut()}>
          Se déconnecter
        </button>
      </p>
    </section>
  );
}
