import { useContext, useEffect, useState, type ReactNode } from "react";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import type { AccountI18n } from "../i18n";
import { QueryCacheContext } from "./queryCache";

export type Loading<T> = { state: "loading" } | { state: "failed" } | { state: "ready"; value: T };

/**
 * Data read from the server, by its request's key in the account space's cache (shared with
 * whatever else shows it), and `reload` after the page changed it, which refreshes them all.
 * `load` must stay the same for a key (useCallback), and pass the signal on to its request.
 */
export function useLoaded<T>(key: string, load: (signal: AbortSignal) => Promise<T>): [Loading<T>, () => void] {
  const cache = useContext(QueryCacheContext);
  const [loading, setLoading] = useState<Loading<T>>({ state: "loading" });
  useEffect(() => {
    let shown = true;
    // Only the latest read is shown: the answer of one asked before an invalidation is stale.
    let latest = 0;
    const read = () => {
      const current = ++latest;
      const showing = () => shown && current === latest;
      return cache.read(key, load).then(
        (value) => showing() && setLoading({ state: "ready", value }),
        () => showing() && setLoading({ state: "failed" }),
      );
    };
    void read();
    const unsubscribe = cache.subscribe(key, () => void read());
    return () => {
      shown = false;
      unsubscribe();
    };
  }, [cache, key, load]);
  return [loading, () => cache.invalidate(key)];
}

/** The page's content once its data came, a status line while it comes, an alert if it failed. */
export function Loaded<T>(props: { loading: Loading<T>; i18n: AccountI18n; children: (value: T) => ReactNode }) {
  const { loading, i18n, children } = props;
  if (loading.state === "ready") return <>{children(loading.value)}</>;
  if (loading.state === "failed") return <Alert severity="error" small description={i18n.msg("accountLoadFailed")} />;
  return <p role="status">{i18n.msg("accountLoading")}</p>;
}
