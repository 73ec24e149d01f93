/**
 * The account space's own query cache (theme/src/account/components/queryCache.ts): one request
 * for all the readers of a key, invalidation, failures not kept, requests abandoned when no one
 * waits for them any more.
 */
import { describe, expect, it } from "vitest";
import { QueryCache } from "../../../theme/src/account/components/queryCache";

/** A request answered when the test says so, counting how often it was asked. */
function request<T>() {
  const asked: { signal: AbortSignal; answer: (value: T) => void; fail: (error: Error) => void }[] = [];
  const load = (signal: AbortSignal) =>
    new Promise<T>((answer, fail) => {
      asked.push({ signal, answer, fail });
    });
  return { load, asked };
}

/** The microtasks queued so far have run (the cache drops an unread answer in one). */
const microtasks = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

describe("QueryCache", () => {
  it("asks once for every reader of a key, and shares the answer", async () => {
    const cache = new QueryCache();
    const establishments = request<string[]>();
    const menu = cache.read("establishments", establishments.load);
    const page = cache.read("establishments", establishments.load);
    expect(page).toBe(menu);
    expect(establishments.asked).toHaveLength(1);
    establishments.asked[0]!.answer(["0750001A"]);
    expect(await menu).toEqual(["0750001A"]);
    expect(await cache.read("establishments", establishments.load)).toEqual(["0750001A"]);
    expect(establishments.asked).toHaveLength(1);
  });

  it("asks separately for separate keys", () => {
    const cache = new QueryCache();
    const profile = request<string>();
    const devices = request<string>();
    cache.read("profile", profile.load);
    cache.read("devices", devices.load);
    cache.read("invitation:a", profile.load);
    expect([profile.asked.length, devices.asked.length]).toEqual([2, 1]);
  });

  it("tells every reader of an invalidated key, which asks again once for them all", async () => {
    const cache = new QueryCache();
    const establishments = request<string[]>();
    const told: string[] = [];
    cache.subscribe("establishments", () => told.push("menu"));
    cache.subscribe("establishments", () => told.push("page"));
    cache.subscribe("profile", () => told.push("profile"));
    void cache.read("establishments", establishments.load);
    establishments.asked[0]!.answer(["0750001A"]);
    await microtasks();

    cache.invalidate("establishments");
    expect(told).toEqual(["menu", "page"]);
    const again = cache.read("establishments", establishments.load);
    expect(cache.read("establishments", establishments.load)).toBe(again);
    expect(establishments.asked).toHaveLength(2);
    establishments.asked[1]!.answer([]);
    expect(await again).toEqual([]);
  });

  it("does nothing for a key no one read", () => {
    expect(() => new QueryCache().invalidate("nothing")).not.toThrow();
  });

  it("gives a failure to the readers waiting for it, and asks again for the next reader", async () => {
    const cache = new QueryCache();
    const profile = request<string>();
    const first = cache.read("profile", profile.load);
    const second = cache.read("profile", profile.load);
    profile.asked[0]!.fail(new Error("503"));
    await expect(first).rejects.toThrow("503");
    await expect(second).rejects.toThrow("503");

    const retry = cache.read("profile", profile.load);
    expect(profile.asked).toHaveLength(2);
    profile.asked[1]!.answer("Camille");
    expect(await retry).toBe("Camille");
  });

  it("drops an answer no one reads any more, so a page opened again asks again", async () => {
    const cache = new QueryCache();
    const devices = request<string[]>();
    const unsubscribe = cache.subscribe("devices", () => {});
    void cache.read("devices", devices.load);
    devices.asked[0]!.answer([]);
    await microtasks();
    unsubscribe();
    await microtasks();
    void cache.read("devices", devices.load);
    expect(devices.asked).toHaveLength(2);
    expect(devices.asked[0]!.signal.aborted).toBe(false);
  });

  it("keeps the answer for a page mounted again in the same render", async () => {
    const cache = new QueryCache();
    const devices = request<string[]>();
    const unsubscribe = cache.subscribe("devices", () => {});
    void cache.read("devices", devices.load);
    unsubscribe();
    cache.subscribe("devices", () => {});
    void cache.read("devices", devices.load);
    await microtasks();
    expect(devices.asked).toHaveLength(1);
    expect(devices.asked[0]!.signal.aborted).toBe(false);
  });

  it("aborts a request no one waits for any more", async () => {
    const cache = new QueryCache();
    const apps = request<string[]>();
    const menu = cache.subscribe("apps", () => {});
    const page = cache.subscribe("apps", () => {});
    void cache.read("apps", apps.load).catch(() => {});
    menu();
    await microtasks();
    expect(apps.asked[0]!.signal.aborted).toBe(false);
    page();
    await microtasks();
    expect(apps.asked[0]!.signal.aborted).toBe(true);
    void cache.read("apps", apps.load);
    expect(apps.asked).toHaveLength(2);
  });

  it("aborts the request under way when its key is invalidated: its answer would be stale", async () => {
    const cache = new QueryCache();
    const establishments = request<string[]>();
    cache.subscribe("establishments", () => {});
    const stale = cache.read("establishments", establishments.load);
    cache.invalidate("establishments");
    expect(establishments.asked[0]!.signal.aborted).toBe(true);
    // The aborted request fails (fetch's AbortError) without taking the next answer's place.
    const fresh = cache.read("establishments", establishments.load);
    establishments.asked[0]!.fail(new DOMException("aborted", "AbortError"));
    await expect(stale).rejects.toThrow("aborted");
    expect(cache.read("establishments", establishments.load)).toBe(fresh);
    establishments.asked[1]!.answer(["0750001A"]);
    expect(await fresh).toEqual(["0750001A"]);
    expect(establishments.asked).toHaveLength(2);
  });

  it("does not abort an answered request when no one reads it any more", async () => {
    const cache = new QueryCache();
    const profile = request<string>();
    const unsubscribe = cache.subscribe("profile", () => {});
    void cache.read("profile", profile.load);
    profile.asked[0]!.answer("Camille");
    await microtasks();
    cache.invalidate("profile");
    unsubscribe();
    await microtasks();
    expect(profile.asked[0]!.signal.aborted).toBe(false);
  });
});
