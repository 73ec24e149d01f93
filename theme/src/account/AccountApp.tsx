import { useEffect, useState } from "react";
import type { AccountApi } from "./accountApi";
import { AccountSpace } from "./AccountSpace";
import { accountI18n } from "./i18n";
import { accountUrl, type AccountKcContext } from "./KcContext";
import { startAccountSession } from "./accountSession";
import { restAccountApi } from "./restAccountApi";
import { followHistory, pushRoute, routeOf, type AccountRoute } from "./routes";

/** The account space served by Keycloak: signs in to the Account REST API, follows the browser's history. */
export default function AccountApp(props: { kcContext: AccountKcContext }) {
  const { kcContext } = props;
  const [api, setApi] = useState<AccountApi | "failed" | undefined>(undefined);
  const [route, setRoute] = useState<AccountRoute>(() => routeOf(window.location.pathname, accountUrl(kcContext)));

  useEffect(() => {
    startAccountSession(kcContext).then(
      (session) => setApi(restAccountApi(kcContext, session)),
      () => setApi("failed"),
    );
    return followHistory(accountUrl(kcContext), setRoute);
  }, [kcContext]);

  if (api === undefined) return null;
  if (api === "failed") return <p role="alert">{accountI18n(kcContext.locale).msg("accountLoadFailed")}</p>;
  const navigate = (next: AccountRoute) => {
    pushRoute(next, accountUrl(kcContext));
    setRoute(next);
    document.getElementById("content")?.focus();
  };
  return <AccountSpace kcContext={kcContext} api={api} route={route} navigate={navigate} />;
}
