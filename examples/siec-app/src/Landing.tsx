import { useState } from "react";
import { signIn } from "./auth";

/** The landing page of an SIEC app, as in the DPECothèque user guide. */
export function Landing({ sessionEnded }: { sessionEnded: boolean }) {
  const [leaving, setLeaving] = useState(false);
  return (
    <>
      {sessionEnded && (
        <p role="status" className="notice">
          Votre session a pris fin. Reconnectez-vous pour continuer.
        </p>
      )}
      <section className="information" aria-labelledby="information-title">
        <h2 id="information-title">Information</h2>
        <p>
          L'accès à cette application nécessite une authentification préalable sur le portail d'authentification
          centralisé du SIEC.
        </p>
      </section>
      <p>
        <button
          type="button"
          className="primary"
          aria-describedby="sign-in-hint"
          disabled={leaving}
          onClick={() => {
            setLeaving(true);
            void signIn();
          }}
        >
          Se connecter
        </button>
      </p>
      <p id="sign-in-hint" className="hint">
        Accès au portail d'authentification du SIEC pour se connecter sur l'application
      </p>
    </>
  );
}
