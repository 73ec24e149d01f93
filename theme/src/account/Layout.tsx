import { useCallback, useEffect, useState, type ReactNode } from "react";
import { SideMenu } from "@codegouvfr/react-dsfr/SideMenu";
import { startReactDsfr } from "@codegouvfr/react-dsfr/spa";
import "./dsfrStyles";
import { frameMessagesOf } from "../shared/frameMessages";
import { footerLinksOf, PortalFrame } from "../shared/PortalFrame";
import { webUrl } from "../shared/webUrl";
import type { AccountApi } from "./accountApi";
import { ActionOutcomeAlert } from "./components/ActionOutcomeAlert";
import { useLoaded } from "./components/Loaded";
import type { AccountI18n } from "./i18n";
import { accountUrl, type AccountKcContext } from "./KcContext";
import { ACCOUNT_ROUTES, MENU_ROUTES, routeUrl, type AccountRoute } from "./routes";

startReactDsfr({ defaultColorScheme: "system", useLang: () => document.documentElement.lang || "fr" });

export type LayoutProps = {
  kcContext: AccountKcContext;
  api: AccountApi;
  i18n: AccountI18n;
  route: AccountRoute;
  navigate: (route: AccountRoute) => void;
  children: ReactNode;
};

/** Every page of the account space: the portal's header and footer, the account's menu, the page. */
export function Layout(props: LayoutProps) {
  const { kcContext, api, i18n, route, navigate, children } = props;
  const title = i18n.msg(ACCOUNT_ROUTES.find((candidate) => candidate.path === route)!.title);
  const frame = frameMessagesOf(i18n.languageTag);
  const backToApp = webUrl(kcContext.referrer_uri);
  const isPrincipal = useIsPrincipal(api);
  // The outcome of the step the person came back from belongs to the page they came back to.
  const [outcomeRoute, setOutcomeRoute] = useState(api.actionOutcome === undefined ? undefined : route);
  if (outcomeRoute !== undefined && outcomeRoute !== route) setOutcomeRoute(undefined);

  useEffect(() => {
    document.title = `${title} — ${frame.siecAccountSpace} — ${frame.siecServiceTitle}`;
  }, [title, frame]);

  return (
    <PortalFrame
      languageTag={i18n.languageTag}
      {...frameOf(kcContext, i18n)}
      quickAccessItems={[
        {
          iconId: "fr-icon-logout-box-r-line",
          text: i18n.msg("accountSignOut"),
          buttonProps: { onClick: api.signOut },
        },
      ]}
    >
      <main id="content" className="fr-container fr-py-6w" tabIndex={-1}>
        <div className="fr-grid-row fr-grid-row--gutters">
          <div className="fr-col-12 fr-col-md-4">
            <SideMenu
              title={frame.siecAccountSpace}
              burgerMenuButtonText={i18n.msg("accountMenuButton")}
              items={MENU_ROUTES.filter((item) => item.path !== "establishment" || isPrincipal).map((item) => ({
                text: i18n.msg(item.title),
                isActive: item.path === route,
                linkProps: {
                  href: routeUrl(item.path, accountUrl(kcContext)),
                  onClick: (event: React.MouseEvent) => {
                    event.preventDefault();
                    navigate(item.path);
                  },
                },
              }))}
            />
          </div>
          <div className="fr-col-12 fr-col-md-8">
            {backToApp !== undefined && kcContext.referrerName !== undefined && (
              <p>
                <a className="fr-link fr-icon-arrow-left-line fr-link--icon-left" href={backToApp}>
                  {i18n.msg("accountBackToApp", kcContext.referrerName)}
                </a>
              </p>
            )}
            <h1>{title}</h1>
            {api.actionOutcome !== undefined && outcomeRoute === route && (
              <ActionOutcomeAlert outcome={api.actionOutcome} i18n={i18n} />
            )}
            {children}
          </div>
        </div>
      </main>
    </PortalFrame>
  );
}

/**
 * Whether the account is the compte principal of an établissement: "Mon établissement" is then in
 * the menu. The page's own list, shared: what the page changes, the menu follows.
 */
function useIsPrincipal(api: AccountApi): boolean {
  const [establishments] = useLoaded(
    "establishments",
    useCallback((signal: AbortSignal) => api.establishments(signal), [api]),
  );
  return establishments.state === "ready" && establishments.value.length > 0;
}

function frameOf(kcContext: AccountKcContext, i18n: AccountI18n) {
  const { properties, supportedLocales } = kcContext;
  const home = accountUrl(kcContext);
  return {
    homeUrl: home,
    footerLinks: footerLinksOf(properties),
    otherLanguages: Object.entries(supportedLocales)
      .filter(([languageTag]) => languageTag !== i18n.languageTag)
      .map(([languageTag, label]) => ({
        languageTag,
        label,
        url: `${home}?kc_locale=${encodeURIComponent(languageTag)}`,
      })),
  };
}
