import { app } from "./apps";

/** The app's own legal notice page, which the portal's sign-in page links to (`branding.legalNoticeUrl`). */
export function LegalNotice() {
  return (
    <>
      <h1>Mentions légales</h1>
      <p>
        {app.name} est une application d'exemple du portail d'authentification du SIEC (Service Interacadémique des
        Examens et Concours, académies de Créteil, Paris et Versailles). Une application réelle publie ici son éditeur,
        son hébergeur et le traitement des données personnelles.
      </p>
      <p>
        <a href="/">Retour à {app.name}</a>
      </p>
    </>
  );
}
