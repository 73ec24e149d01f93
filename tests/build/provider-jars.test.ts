import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { providerJarPaths, repoRoot, sourceHash, sourceInputs, themeDir } from "../../build/provider-jars";

describe("the provider jars", () => {
  it("are the two jars docker-compose.yml mounts into Keycloak's providers/", () => {
    const compose = readFileSync(path.join(repoRoot, "docker-compose.yml"), "utf8");
    for (const jar of providerJarPaths()) {
      expect(path.dirname(jar)).toBe(path.join(themeDir, "dist_keycloak"));
      expect(compose).toContain(`./${path.relative(repoRoot, jar).split(path.sep).join("/")}:`);
    }
  });

  it("are rebuilt when the theme, the extension, the contract or the Keycloak version change", () => {
    expect(sourceInputs).toEqual(
      expect.arrayContaining([
        "theme/src",
        "extension/src",
        "extension/pom.xml",
        "contract/src",
        "contract/package.json",
        ".env",
      ]),
    );
    expect(sourceHash()).toMatch(/^[0-9a-f]{64}$/);
    expect(sourceHash()).toBe(sourceHash());
  });
});
