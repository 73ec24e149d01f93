import { useCallback, useEffect, useState, type ReactNode } from "react";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import type { AccountI18n } from "../i18n";

type Loading<T> = { state: "loading" } | { state: "failed" } | { state: "ready"; value: T };

/** Data a page reads from the server, and `reload` after the page changed it. */
export function useLoaded<T>(load: () => Promise<T>): [Loading<T>, () => void] {
  const [loading, setLoading] = useState<Loading<T>>({ state: "loading" });
  const reload = useCallback(() => {
    load().then(
      (value) => setLoading({ state: "ready", value }),
      () => setLoading({ state: "failed" }),
    );
  }, [load]);
  useEffect(reload, [reload]);
  return [loading, reload];
}

/** The page's content once its data came, a status line while it comes, an alert if it failed. */
export function Loaded<T>(props: { loading: Loading<T>; i18n: AccountI18n; children: (value: T) => ReactNode }) {
  const { loading, i18n, children } = props;
  if (loading.state === "ready") return <>{children(loading.value)}</>;
  if (loading.state === "failed") return <Alert severity="error" small description={i18n.msg("accountLoadFailed")} />;
  return <p role="status">{i18n.msg("accountLoading")}</p>;
}
