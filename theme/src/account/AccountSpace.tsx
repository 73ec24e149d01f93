import { lazy, Suspense, useMemo, useState } from "react";
import type { AccountApi } from "./accountApi";
import { QueryCache, QueryCacheContext } from "./components/queryCache";
import { accountI18n } from "./i18n";
import type { AccountKcContext } from "./KcContext";
import { Layout } from "./Layout";
import type { AccountRoute } from "./routes";

const pages = {
  "": lazy(() => import("./pages/PersonalInfo")),
  password: lazy(() => import("./pages/Password")),
  applications: lazy(() => import("./pages/Applications")),
  devices: lazy(() => import("./pages/Devices")),
  security: lazy(() => import("./pages/Security")),
  establishment: lazy(() => import("./pages/Establishment")),
  "establishment/join": lazy(() => import("./pages/Invitation")),
} satisfies Record<AccountRoute, unknown>;

export type AccountSpaceProps = {
  kcContext: AccountKcContext;
  api: AccountApi;
  route: AccountRoute;
  navigate: (route: AccountRoute) => void;
};

/** "Mon compte": the page of the route, in the account space's layout. */
export function AccountSpace(props: AccountSpaceProps) {
  const { kcContext, api, route, navigate } = props;
  const i18n = useMemo(() => accountI18n(kcContext.locale), [kcContext.locale]);
  // One cache for the account space's answers, shared by the layout and the pages (components/queryCache).
  const [cache] = useState(() => new QueryCache());
  document.documentElement.lang = i18n.languageTag;
  const Page = pages[route];
  return (
    <QueryCacheContext.Provider value={cache}>
      <Layout kcContext={kcContext} api={api} i18n={i18n} route={route} navigate={navigate}>
        <Suspense fallback={<p role="status">{i18n.msg("accountLoading")}</p>}>
          <Page kcContext={kcContext} api={api} i18n={i18n} />
        </Suspense>
      </Layout>
    </QueryCacheContext.Provider>
  );
}
