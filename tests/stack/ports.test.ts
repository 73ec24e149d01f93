import net from "node:net";
import { describe, expect, it } from "vitest";
import { StackError } from "../../stack/errors";
import { assertPortFree, freePorts } from "../../stack/ports";

describe("ports", () => {
  it("finds a free port and accepts it", async () => {
    const [port] = await freePorts(1);
    await expect(assertPortFree(port, "Keycloak", "KEYCLOAK_PORT")).resolves.toBeUndefined();
  });

  it("says which service clashes and which variable moves it", async () => {
    const server = net.createServer().listen(0);
    await new Promise((resolve) => server.once("listening", resolve));
    const { port } = server.address() as net.AddressInfo;
    try {
      const error = await assertPortFree(port, "Keycloak", "KEYCLOAK_PORT").catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(StackError);
      expect((error as Error).message).toContain(`Port ${port} for Keycloak is already in use`);
      expect((error as Error).message).toContain("KEYCLOAK_PORT=<port> npm start");
    } finally {
      server.close();
    }
  });
});
