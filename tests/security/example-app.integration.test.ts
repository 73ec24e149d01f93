/**
 * Attack test (issue 13): the example app's dev server (`npm start` serves it on localhost:5173)
 * serves files through /@fs/; by default Vite allows the whole repository there, the dev
 * database and `.cache/stack.json` (the admin's password) included.
 */
import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startExampleApp } from "../../stack/example-app";
import { repoRoot } from "../../stack/paths";
import { freePorts } from "../../stack/ports";
import { testStack } from "../support/keycloak";

describe("the example app's dev server", () => {
  let app: Awaited<ReturnType<typeof startExampleApp>> | undefined;

  const probe = path.join(repoRoot, ".cache", "fs-allow-probe.json");
  const SECRET = "secret-of-the-dev-stack";

  beforeAll(async () => {
    // What .cache/ holds while a stack runs: stack.json (the admin's password), the dev database.
    await mkdir(path.dirname(probe), { recursive: true });
    await writeFile(probe, JSON.stringify({ password: SECRET }), { mode: 0o600 });
    const [port] = await freePorts(1);
    const { keycloakUrl, realm } = testStack();
    app = await startExampleApp({ port, keycloakUrl, realm, clientId: "dpecotheque" });
  }, 120_000);

  afterAll(async () => {
    await app?.stop();
    await rm(probe, { force: true });
  });

  it("serves the app (the control case)", async () => {
    expect((await fetch(`${app!.url}/`)).status).toBe(200);
    expect((await fetch(`${app!.url}/src/claims.ts`)).status).toBe(200);
  });

  it.each(["package.json", ".env", ".cache/fs-allow-probe.json", "realm-config/smtp.yaml", "stack/start.ts"])(
    "refuses the repository's %s through /@fs/",
    async (file) => {
      const response = await fetch(`${app!.url}/@fs${repoRoot}/${file}`);
      expect(response.status).toBe(403);
      expect(await response.text()).not.toContain(SECRET);
    },
  );
});
