import Keycloak from "keycloak-js";
import { portal } from "./env";

const keycloak = new Keycloak({ url: portal.url, realm: portal.realm, clientId: portal.clientId });

/** The landing page of an SIEC app; signing in is the integration work that comes next. */
export function App() {
  return (
    <main>
      <h1>{portal.clientId}</h1>
      <p>
        L'accès à cette application nécessite une authentification préalable sur le portail d'authentification
        centralisé du SIEC.
      </p>
      <button type="button" onClick={() => void keycloak.init({ pkceMethod: "S256" }).then(() => keycloak.login())}>
        Se connecter
      </button>
    </main>
  );
}
