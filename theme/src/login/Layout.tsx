import { useEffect, type ReactNode } from "react";
import { Footer } from "@codegouvfr/react-dsfr/Footer";
import { Header } from "@codegouvfr/react-dsfr/Header";
import { SkipLinks } from "@codegouvfr/react-dsfr/SkipLinks";
import { startReactDsfr } from "@codegouvfr/react-dsfr/spa";
import type { TemplateProps } from "keycloakify/login/TemplateProps";
import "./dsfrStyles";
import { appBranding } from "./appBranding";
import { AppBrandingBlock } from "./components/AppBrandingBlock";
import { MessageAlert } from "./components/MessageAlert";
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
  const links = footerLinks(kcContext, branding?.legalNoticeUrl);

  useEffect(() => {
    document.title = `${typeof title === "string" ? `${title} — ` : ""}${i18n.msgStr("siecServiceTitle")}`;
  }, [title, i18n]);

  return (
    <>
      <SkipLinks links={[{ label: i18n.msgStr("siecSkipToContent"), anchor: "#content" }]} />
      <Header
        brandTop={
          <>
            République
            <br />
            Française
          </>
        }
        homeLinkProps={{ href: kcContext.url.loginUrl, title: i18n.msgStr("siecHomeLinkTitle") }}
        disableDisplay
        serviceTitle={i18n.msgStr("siecServiceTitle")}
        serviceTagline={
          <>
            {i18n.msgStr("siecServiceTagline")}
            <br />
            {i18n.msgStr("siecAcademies")}
          </>
        }
        quickAccessItems={otherLanguages(kcContext).map((locale) => ({
          iconId: "fr-icon-translate-2",
          text: <span lang={locale.languageTag}>{locale.label}</span>,
          linkProps: { href: locale.url, hrefLang: locale.languageTag },
        }))}
      />
      <main id="content" className="fr-container fr-py-6w" tabIndex={-1}>
        <div className="fr-grid-row fr-grid-row--center">
          <div className="fr-col-12 fr-col-md-10 fr-col-lg-8">
            {branding !== undefined && <AppBrandingBlock branding={branding} i18n={i18n} />}
            <h1>{title}</h1>
            {displayMessage && message !== undefined && <MessageAlert message={message} i18n={i18n} />}
            {children}
          </div>
        </div>
      </main>
      <Footer
        accessibility="non compliant"
        accessibilityLinkProps={{ href: links.accessibility }}
        termsLinkProps={{ href: links.legalNotice }}
        homeLinkProps={{ href: kcContext.url.loginUrl, title: i18n.msgStr("siecHomeLinkTitle") }}
        bottomItems={[
          { text: i18n.msgStr("siecPersonalData"), linkProps: { href: links.personalData } },
          { text: i18n.msgStr("siecCookies"), linkProps: { href: links.cookies } },
        ]}
      />
    </>
  );
}

function otherLanguages(kcContext: KcContext) {
  const { locale } = kcContext;
  return locale === undefined ? [] : locale.supported.filter((l) => l.languageTag !== locale.currentLanguageTag);
}

function footerLinks(kcContext: KcContext, appLegalNoticeUrl: string | undefined) {
  const { properties } = kcContext;
  return {
    accessibility: properties.SIEC_ACCESSIBILITY_URL,
    legalNotice: appLegalNoticeUrl ?? properties.SIEC_LEGAL_NOTICE_URL,
    personalData: properties.SIEC_PERSONAL_DATA_URL,
    cookies: properties.SIEC_COOKIES_URL,
  };
}

/**
 * The Layout under Keycloakify's template contract, for the pages this theme leaves to
 * Keycloakify's DefaultPage (OTP, WebAuthn…).
 */
export function DefaultPageTemplate(props: TemplateProps<KcContext, I18n>) {
  const { kcContext, i18n, headerNode, displayMessage, displayInfo, infoNode, socialProvidersNode, children } = props;
  return (
    <Layout kcContext={kcContext} i18n={i18n} title={headerNode} displayMessage={displayMessage}>
      {children}
      {socialProvidersNode}
      {displayInfo && infoNode}
    </Layout>
  );
}
