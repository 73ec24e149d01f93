import DefaultTemplate from "keycloakify/login/Template";
import type { TemplateProps } from "keycloakify/login/TemplateProps";
import { fr } from "@codegouvfr/react-dsfr";
import { Footer } from "@codegouvfr/react-dsfr/Footer";
import { Header } from "@codegouvfr/react-dsfr/Header";
import { startReactDsfr } from "@codegouvfr/react-dsfr/spa";
import "@codegouvfr/react-dsfr/main.css";
import type { I18n } from "./i18n";
import type { KcContext } from "./KcContext";

startReactDsfr({ defaultColorScheme: "system" });

// The legal pages that the DSFR footer must link to are not published yet.
const unpublishedPage = { href: "#" };

export default function Template(props: TemplateProps<KcContext, I18n>) {
  const { kcContext } = props;

  return (
    <>
      <Header
        brandTop={
          <>
            République
            <br />
            Française
          </>
        }
        homeLinkProps={{
          href: kcContext.url.loginUrl,
          title: "Accueil — Portail d'authentification",
        }}
        serviceTitle="Portail d'authentification"
        serviceTagline="Maison des examens — Service Interacadémique des Examens & Concours"
      />
      <main id="content" className={fr.cx("fr-container", "fr-py-6w")}>
        <DefaultTemplate {...props} />
      </main>
      <Footer
        accessibility="non compliant"
        accessibilityLinkProps={unpublishedPage}
        termsLinkProps={unpublishedPage}
        bottomItems={[
          { text: "Données personnelles", linkProps: unpublishedPage },
          { text: "Gestion des cookies", linkProps: unpublishedPage },
        ]}
      />
    </>
  );
}
