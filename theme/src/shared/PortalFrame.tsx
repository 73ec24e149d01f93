import type { ReactNode } from "react";
import { Footer } from "@codegouvfr/react-dsfr/Footer";
import { Header, type HeaderProps } from "@codegouvfr/react-dsfr/Header";
import { SkipLinks } from "@codegouvfr/react-dsfr/SkipLinks";
import type { KcEnvName } from "../kc.gen";
import { frameMessagesOf } from "./frameMessages";

/** The footer's mandatory pages, set per deployment (theme properties from SIEC_*_URL). */
export type FooterLinks = { accessibility: string; legalNotice: string; personalData: string; cookies: string };

/** The footer's links from the theme's properties; an app's own legal notice replaces the portal's. */
export function footerLinksOf(properties: Record<KcEnvName, string>, appLegalNoticeUrl?: string): FooterLinks {
  return {
    accessibility: properties.SIEC_ACCESSIBILITY_URL,
    legalNotice: appLegalNoticeUrl ?? properties.SIEC_LEGAL_NOTICE_URL,
    personalData: properties.SIEC_PERSONAL_DATA_URL,
    cookies: properties.SIEC_COOKIES_URL,
  };
}

export type OtherLanguage = { languageTag: string; label: string; url: string };

export type PortalFrameProps = {
  /** The page's language: the frame's texts are frameMessages' in it. */
  languageTag: string;
  homeUrl: string;
  footerLinks: FooterLinks;
  otherLanguages: OtherLanguage[];
  /** More header buttons, after the languages (e.g. "Se déconnecter"). */
  quickAccessItems?: HeaderProps.QuickAccessItem[];
  children: ReactNode;
};

/** The DSFR header, skip link and footer of every page of the portal, sign-in pages and account space. */
export function PortalFrame(props: PortalFrameProps) {
  const { languageTag, homeUrl, footerLinks, otherLanguages, quickAccessItems = [], children } = props;
  const messages = frameMessagesOf(languageTag);
  const homeLinkProps = { href: homeUrl, title: messages.siecHomeLinkTitle };
  return (
    <>
      <SkipLinks links={[{ label: messages.siecSkipToContent, anchor: "#content" }]} />
      <Header
        brandTop={
          <>
            République
            <br />
            Française
          </>
        }
        homeLinkProps={homeLinkProps}
        disableDisplay
        serviceTitle={messages.siecServiceTitle}
        serviceTagline={
          <>
            {messages.siecServiceTagline}
            <br />
            {messages.siecAcademies}
          </>
        }
        quickAccessItems={[
          ...otherLanguages.map((language) => ({
            iconId: "fr-icon-translate-2" as const,
            text: <span lang={language.languageTag}>{language.label}</span>,
            linkProps: { href: language.url, hrefLang: language.languageTag },
          })),
          ...quickAccessItems,
        ]}
      />
      {children}
      <Footer
        accessibility="non compliant"
        accessibilityLinkProps={{ href: footerLinks.accessibility }}
        termsLinkProps={{ href: footerLinks.legalNotice }}
        homeLinkProps={homeLinkProps}
        bottomItems={[
          { text: messages.siecPersonalData, linkProps: { href: footerLinks.personalData } },
          { text: messages.siecCookies, linkProps: { href: footerLinks.cookies } },
        ]}
      />
    </>
  );
}
