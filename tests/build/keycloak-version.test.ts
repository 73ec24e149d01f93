import { readFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { envFilePath, keycloakVersion } from "../../build/keycloak-version";
import { repoRoot } from "../../stack/paths";

describe("keycloakVersion", () => {
  const saved = process.env.KEYCLOAK_VERSION;
  afterEach(() => {
    if (saved === undefined) delete process.env.KEYCLOAK_VERSION;
    else process.env.KEYCLOAK_VERSION = saved;
  });

  it("reads the one pinned 26.x version from .env", () => {
    delete process.env.KEYCLOAK_VERSION;
    expect(keycloakVersion()).toMatch(/^26\.\d+\.\d+$/);
    expect(envFilePath).toBe(path.join(repoRoot, ".env"));
    expect(readFileSync(envFilePath, "utf8")).toContain(`KEYCLOAK_VERSION=${keycloakVersion()}`);
  });

  it("lets the environment override it, as Compose does", () => {
    process.env.KEYCLOAK_VERSION = "26.0.0";
    expect(keycloakVersion()).toBe("26.0.0");
  });
});
