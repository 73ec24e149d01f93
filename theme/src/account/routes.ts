import type { MessageKey } from "./i18n";

/** The account space's pages, by their path under `…/realms/<realm>/account/`. */
export const ACCOUNT_ROUTES = [
  { path: "", title: "personalInfoTitle" },
  { path: "password", title: "passwordTitle" },
  { path: "applications", title: "appsTitle" },
  { path: "devices", title: "devicesTitle" },
  { path: "security", title: "securityTitle" },
  /** Shown in the menu to a compte principal only (Layout). */
  { path: "establishment", title: "establishmentTitle" },
  /** An invitation to join an établissement, opened from its e-mail; never in the menu. */
  { path: "establishment/join", title: "invitationTitle" },
] as const satisfies readonly { path: string; title: MessageKey }[];

export type AccountRoute = (typeof ACCOUNT_ROUTES)[number]["path"];

/** The pages the menu lists: an invitation's page opens from its e-mail only. */
export const MENU_ROUTES = ACCOUNT_ROUTES.filter((route) => route.path !== "establishment/join");

/** `/realms/siec/account/devices` → `devices`; an unknown path shows the first page. */
export function routeOf(pathname: string, accountUrl: string): AccountRoute {
  const basePath = new URL(accountUrl).pathname;
  const path = pathname.startsWith(basePath) ? pathname.slice(basePath.length).replace(/\/$/, "") : "";
  return ACCOUNT_ROUTES.find((route) => route.path === path)?.path ?? "";
}

/** The page's URL under the account space's (`…/account/`). */
export function routeUrl(route: AccountRoute, accountUrl: string): string {
  return `${accountUrl}${route}`;
}

/** What the account space's navigation uses of the browser's window. */
export type HistoryWindow = {
  location: { pathname: string };
  history: { pushState(data: null, unused: string, url: string): void };
  addEventListener(type: "popstate", listener: () => void): void;
  removeEventListener(type: "popstate", listener: () => void): void;
};

/** Shows the page: adds it to the browser's history, its address in the address bar. */
export function pushRoute(route: AccountRoute, accountUrl: string, window: HistoryWindow = globalThis.window): void {
  window.history.pushState(null, "", routeUrl(route, accountUrl));
}

/** Back and Forward show the page of their address (`onRoute`), until the returned function is called. */
export function followHistory(
  accountUrl: string,
  onRoute: (route: AccountRoute) => void,
  window: HistoryWindow = globalThis.window,
): () => void {
  const onPopState = () => onRoute(routeOf(window.location.pathname, accountUrl));
  window.addEventListener("popstate", onPopState);
  return () => window.removeEventListener("popstate", onPopState);
}
