import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { keycloakVersion } from "../build/keycloak-version";
import { PORTAL_KEYCLOAK_ENVIRONMENT } from "../stack/keycloak/options";
import { repoRoot } from "../stack/paths";

/** No Docker engine runs here: these read the file and check what can be checked without one. */
interface Service {
  image?: string;
  build?: unknown;
  command?: string[];
  ports?: string[];
  volumes?: string[];
  environment?: Record<string, string>;
  healthcheck?: { test: string[] };
  depends_on?: Record<string, { condition: string }>;
  restart?: string;
}

const compose = parse(readFileSync(path.join(repoRoot, "docker-compose.yml"), "utf8")) as {
  services: Record<string, Service>;
  volumes: Record<string, unknown>;
};
const { keycloak, postgres, mail } = compose.services as Record<string, Service>;
const realmConfig = compose.services["realm-config"]!;

/** What Compose does to `${NAME:?message}` and `${NAME:-default}` with the committed .env alone. */
function interpolate(value: string): string {
  return value.replace(/\$\{(\w+)(?::[?-]([^}]*))?\}/g, (_match, name: string, fallback: string) =>
    name === "KEYCLOAK_VERSION" ? keycloakVersion() : fallback,
  );
}

describe("docker-compose.yml", () => {
  it("runs the pinned Keycloak version, in production mode", () => {
    expect(interpolate(keycloak!.image!)).toBe(`quay.io/keycloak/keycloak:${keycloakVersion()}`);
    expect(keycloak!.command).toEqual(["start"]);
    expect(keycloak!.environment).toMatchObject({ KC_DB: "postgres", KC_HEALTH_ENABLED: "true" });
  });

  it("runs Keycloak with the options every Keycloak of the portal has (the security e-mails' events)", () => {
    expect(keycloak!.environment).toMatchObject(PORTAL_KEYCLOAK_ENVIRONMENT);
  });

  it("mounts the jars that the theme build produces into providers/", () => {
    expect(keycloak!.volumes).toEqual([
      "./theme/dist_keycloak/siec-theme.jar:/opt/keycloak/providers/siec-theme.jar:ro",
      "./theme/dist_keycloak/siec-extension.jar:/opt/keycloak/providers/siec-extension.jar:ro",
    ]);
  });

  it("keeps PostgreSQL's data in a named volume", () => {
    expect(postgres!.volumes).toContain("postgres-data:/var/lib/postgresql/data");
    expect(compose.volumes).toHaveProperty("postgres-data");
  });

  it("publishes the documented dev ports", () => {
    expect(keycloak!.ports!.map(interpolate)).toEqual(["8080:8080"]);
    expect(mail!.ports!.map(interpolate)).toEqual(["1080:1080", "1025:1025"]);
  });

  it("gives every long-running service a health check", () => {
    for (const [name, service] of Object.entries(compose.services)) {
      if (service.restart === "no") continue;
      expect(service.healthcheck?.test, name).toBeDefined();
    }
    expect(keycloak!.healthcheck!.test.join(" ")).toContain("/health/ready");
  });

  it("starts each service once what it needs is healthy", () => {
    expect(keycloak!.depends_on).toEqual({
      postgres: { condition: "service_healthy" },
      mail: { condition: "service_healthy" },
    });
    expect(realmConfig.depends_on).toEqual({ keycloak: { condition: "service_healthy" } });
  });

  it("applies realm-config/ once, against the Keycloak service, with the mail catcher as SMTP server", () => {
    expect(realmConfig.restart).toBe("no");
    expect(realmConfig.environment).toMatchObject({ KEYCLOAK_URL: "http://keycloak:8080", SMTP_HOST: "mail" });
  });

  it("takes secrets from the environment", () => {
    expect(keycloak!.environment!.KC_DB_PASSWORD).toMatch(/^\$\{POSTGRES_PASSWORD/);
    expect(keycloak!.environment!.KC_BOOTSTRAP_ADMIN_PASSWORD).toMatch(/^\$\{KEYCLOAK_ADMIN_PASSWORD/);
  });
});
