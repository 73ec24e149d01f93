/**
 * The account space's own router (theme/src/account/routes.ts): which page an address shows, the
 * page's address, and the browser's history (a window whose history is a list of addresses).
 */
import { describe, expect, it } from "vitest";
import {
  ACCOUNT_ROUTES,
  followHistory,
  MENU_ROUTES,
  pushRoute,
  routeOf,
  routeUrl,
  type AccountRoute,
  type HistoryWindow,
} from "../../../theme/src/account/routes";

const accountUrl = "https://auth.siec.example/realms/siec/account/";

describe("routeOf", () => {
  it("finds each page at its address, with or without a final slash", () => {
    for (const { path } of ACCOUNT_ROUTES) {
      expect(routeOf(new URL(routeUrl(path, accountUrl)).pathname, accountUrl)).toBe(path);
      expect(routeOf(`/realms/siec/account/${path}/`.replace(/\/\/$/, "/"), accountUrl)).toBe(path);
    }
    expect(routeOf("/realms/siec/account/establishment/join", accountUrl)).toBe("establishment/join");
  });

  it("reads the path under the account space's, wherever Keycloak is served", () => {
    const underAuth = "https://siec.example/auth/realms/siec/account/";
    expect(routeOf("/auth/realms/siec/account/devices", underAuth)).toBe("devices");
    expect(routeOf("/realms/siec/account/devices", underAuth)).toBe("");
  });

  it("shows the first page for an unknown address", () => {
    expect(routeOf("/realms/siec/account/unknown", accountUrl)).toBe("");
    expect(routeOf("/realms/siec/account/devices/unknown", accountUrl)).toBe("");
    expect(routeOf("/realms/siec/account/establishment/join/x", accountUrl)).toBe("");
    expect(routeOf("/realms/siec/account", accountUrl)).toBe("");
    expect(routeOf("/realms/other/account/devices", accountUrl)).toBe("");
    expect(routeOf("/", accountUrl)).toBe("");
  });
});

describe("the pages", () => {
  it("have an address under the account space's", () => {
    expect(routeUrl("", accountUrl)).toBe(accountUrl);
    expect(routeUrl("establishment/join", accountUrl)).toBe(`${accountUrl}establishment/join`);
  });

  it("are all in the menu but an invitation's, which opens from its e-mail", () => {
    expect(MENU_ROUTES.map(({ path }) => path)).toEqual(
      ACCOUNT_ROUTES.map(({ path }) => path).filter((path) => path !== "establishment/join"),
    );
    expect(new Set(ACCOUNT_ROUTES.map(({ path }) => path)).size).toBe(ACCOUNT_ROUTES.length);
  });
});

/** A browser window whose history is a list of addresses, with Back and Forward. */
function browserWindow(start: string) {
  const addresses = [start];
  let current = 0;
  const events = new EventTarget();
  const popState = () => events.dispatchEvent(new Event("popstate"));
  const window: HistoryWindow = {
    location: {
      get pathname() {
        return new URL(addresses[current]!).pathname;
      },
    },
    history: {
      pushState(_data, _unused, url) {
        addresses.splice(current + 1, addresses.length, new URL(url, addresses[current]).href);
        current++;
      },
    },
    addEventListener: (type, listener) => events.addEventListener(type, listener),
    removeEventListener: (type, listener) => events.removeEventListener(type, listener),
  };
  return {
    window,
    addresses,
    address: () => addresses[current],
    back() {
      current--;
      popState();
    },
    forward() {
      current++;
      popState();
    },
  };
}

describe("the browser's history", () => {
  it("gets an entry per page shown, with its address", () => {
    const browser = browserWindow(accountUrl);
    pushRoute("devices", accountUrl, browser.window);
    pushRoute("security", accountUrl, browser.window);
    expect(browser.addresses).toEqual([accountUrl, `${accountUrl}devices`, `${accountUrl}security`]);
  });

  it("shows the page of its address on Back and Forward, until stopped", () => {
    const browser = browserWindow(`${accountUrl}password`);
    const shown: AccountRoute[] = [];
    const stop = followHistory(accountUrl, (route) => shown.push(route), browser.window);
    pushRoute("devices", accountUrl, browser.window);
    pushRoute("establishment/join", accountUrl, browser.window);
    expect(shown).toEqual([]);

    browser.back();
    browser.back();
    browser.forward();
    expect(shown).toEqual(["devices", "password", "devices"]);
    expect(browser.address()).toBe(`${accountUrl}devices`);

    // A page shown after going back replaces the entries ahead.
    pushRoute("applications", accountUrl, browser.window);
    expect(browser.addresses).toEqual([`${accountUrl}password`, `${accountUrl}devices`, `${accountUrl}applications`]);
    browser.back();
    expect(shown).toEqual(["devices", "password", "devices", "devices"]);

    stop();
    browser.back();
    expect(shown).toHaveLength(4);
  });
});
