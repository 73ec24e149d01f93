import { useEffect, type ReactNode } from "react";
import { startReactDsfr } from "@codegouvfr/react-dsfr/spa";
import { frameMessagesOf } from "../shared/frameMessages";
import { footerLinksOf, PortalFrame, type OtherLanguage } from "../shared/PortalFrame";
import "./dsfrStyles";
import { appBranding } from "./appBranding";
import { AppBrandingBlock } from "./components/AppBrandingBlock";
import { MessageAlert } from "./components/MessageAlert";
import { TryAnotherWay } from "./components/TryAnotherWay";
import type { I18n } from "./i18n";
import type { KcContext } from "./KcContext";

startReactDsfr({ defaultColorScheme: "system", useLang: () => document.documentElement.lang || "fr" });

export type LayoutProps = {
  kcContext: KcContext;
  i18n: I18n;
  /** The page's h1. */
  title: ReactNode;
  /** False when the page shows Keycloak's message itself, e.g. under a field. */
  displayMessage?: boolean;
  children: ReactNode;
};

/** Every page: DSFR header, the app's branding, Keycloak's message, the page, DSFR footer. */
export function Layout(props: LayoutProps) {
  const { kcContext, i18n, title, displayMessage = true, children } = props;
  const branding = appBranding(kcContext, i18n);
  const { message } = kcContext;
  const { languageTag } = i18n.currentLanguage;

  useEffect(() => {
    const serviceTitle = frameMessagesOf(languageTag).siecServiceTitle;
    document.title = `${typeof title === "string" ? `${title} — ` : ""}${serviceTitle}`;
  }, [title, languageTag]);

  return (
    <PortalFrame
      languageTag={languageTag}
      homeUrl={kcContext.url.loginUrl}
      footerLinks={footerLinksOf(kcContext.properties, branding?.legalNoticeUrl)}
      otherLanguages={otherLanguages(kcContext)}
    >
      <main id="content" className="fr-container fr-py-6w" tabIndex={-1}>
        <div className="fr-grid-row fr-grid-row--center">
          <div className="fr-col-12 fr-col-md-10 fr-col-lg-8">
            {branding !== undefined && <AppBrandingBlock branding={branding} i18n={i18n} />}
            <h1>{title}</h1>
            {displayMessage && message !== undefined && <MessageAlert message={message} i18n={i18n} />}
            {children}
            {kcContext.auth?.showTryAnotherWayLink === true && (
              <TryAnotherWay loginAction={kcContext.url.loginAction} i18n={i18n} />
            )}
          </div>
        </div>
      </main>
    </PortalFrame>
  );
}

function otherLanguages(kcContext: KcContext): OtherLanguage[] {
  const { locale } = kcContext;
  return locale === undefined ? [] : locale.supported.filter((l) => l.languageTag !== locale.currentLanguageTag);
}
