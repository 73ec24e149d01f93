import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { CookieJar } from "../../testing/browserless";

/**
 * A server that, as nginx while it reloads, closes without a word every connection that sends it a
 * request during `closingFor` milliseconds after `reload()`.
 */
async function serverReloading(closingFor: number) {
  let closingUntil = 0;
  const server = http.createServer((request, response) => {
    if (Date.now() < closingUntil) request.socket.destroy();
    else response.end("ok");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    reload: () => (closingUntil = Date.now() + closingFor),
    close: () => server.close(),
  };
}

describe("the browser without JavaScript", () => {
  let close: (() => void) | undefined;
  afterEach(() => close?.());

  it("sends a request again, a moment later, when the proxy closed the connection before answering", async () => {
    const proxy = await serverReloading(150);
    close = proxy.close;
    const jar = new CookieJar(proxy.url);
    await jar.request(proxy.url);

    proxy.reload();
    const answer = await jar.request(proxy.url, { method: "POST" });

    expect(answer).toMatchObject({ status: 200, body: "ok" });
  });

  it("gives up after three resends", async () => {
    const proxy = await serverReloading(60_000);
    close = proxy.close;
    proxy.reload();

    await expect(new CookieJar(proxy.url).request(proxy.url)).rejects.toThrow("fetch failed");
  });
});
