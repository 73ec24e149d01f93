import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { keycloakVersion } from "../../build/keycloak-version";
import { PORTAL_KEYCLOAK_ENVIRONMENT } from "../../stack/keycloak/options";
import { repoRoot } from "../../stack/paths";
import { realmConfigDir } from "../../stack/realm";
import {
  composeVariables,
  interpolate,
  productionCompose,
  productionComposePath,
  proxyTemplatePath,
  serviceEnvironment,
  sharedKeycloakOptions,
  type ComposeService,
} from "../../stack/production-compose";

/** No Docker engine runs here: these read docker-compose.prod.yml; the proxy test runs its parts. */
const compose = productionCompose();
const {
  postgres,
  proxy,
  "keycloak-1": keycloak,
  "keycloak-2": secondNode,
} = compose.services as Record<string, ComposeService>;
const realmConfig = compose.services["realm-config"]!;
const composeText = readFileSync(productionComposePath, "utf8");
const template = readFileSync(proxyTemplatePath, "utf8");

/** Every string of the file (values of every service, network and volume), with where it is. */
function strings(node: unknown, where = ""): { where: string; value: string }[] {
  if (typeof node === "string") return [{ where, value: node }];
  if (Array.isArray(node)) return node.flatMap((item, index) => strings(item, `${where}[${index}]`));
  if (node && typeof node === "object") {
    return Object.entries(node).flatMap(([key, value]) => strings(value, where ? `${where}.${key}` : key));
  }
  return [];
}

/** Values for every variable production.env sets. */
const production: Record<string, string> = {
  KEYCLOAK_VERSION: keycloakVersion(),
  POSTGRES_PASSWORD: "p",
  KEYCLOAK_ADMIN: "a",
  KEYCLOAK_ADMIN_PASSWORD: "p",
  PORTAIL_HOSTNAME: "portail.siec.education.fr",
  PORTAIL_ADMIN_HOSTNAME: "admin.portail.siec.education.fr",
  ADMIN_ALLOWED_NETWORK: "10.20.0.0/16",
  TLS_DIR: "/etc/siec/tls",
  SMTP_HOST: "smtp.example",
  SMTP_PORT: "587",
  SMTP_STARTTLS: "true",
  SMTP_SSL: "false",
  DPECOTHEQUE_URL: "https://dpecotheque.example",
  DEXCO_URL: "https://dexco.example",
  EABSENCE_URL: "https://eabsence.example",
  BASICS_URL: "https://basics.example",
  BASA_URL: "https://basa.example",
};

describe("docker-compose.prod.yml", () => {
  it("takes every variable with `${NAME:?message}`: no default, and a message naming what to set", () => {
    const used = strings(compose).flatMap(({ where, value }) =>
      composeVariables(value).map((variable) => ({ where, ...variable })),
    );
    expect(new Set(used.map((variable) => variable.name))).toEqual(new Set(Object.keys(production)));
    for (const variable of used) {
      expect(variable.operator, `${variable.where}: \${${variable.name}}`).toBe(":?");
      const named = variable.name === "KEYCLOAK_VERSION" ? ".env" : `set ${variable.name}`;
      expect(variable.argument, `${variable.where}: \${${variable.name}}`).toContain(named);
    }
  });

  it("refuses to start when any variable is missing, naming it", () => {
    for (const name of Object.keys(production)) {
      const { [name]: _missing, ...others } = production;
      expect(() => strings(compose).forEach(({ value }) => interpolate(value, others)), `without ${name}`).toThrow(
        name,
      );
    }
  });

  it("writes no secret in the file: every password is a variable of its own", () => {
    const secrets = Object.entries(compose.services).flatMap(([name, service]) =>
      Object.entries(service.environment ?? {})
        .filter(([variable]) => /PASSWORD|SECRET/.test(variable))
        .map(([variable, value]) => ({ where: `${name}.${variable}`, value })),
    );
    expect(secrets.map((secret) => secret.where)).toEqual(
      expect.arrayContaining([
        "postgres.POSTGRES_PASSWORD",
        "keycloak-1.KC_DB_PASSWORD",
        "keycloak-1.KC_BOOTSTRAP_ADMIN_PASSWORD",
        "realm-config.KEYCLOAK_ADMIN_PASSWORD",
      ]),
    );
    for (const { where, value } of secrets) expect(value, where).toMatch(/^\$\{\w+:\?[^}]+\}$/);
  });

  it("publishes ports from the proxy alone: 443, and 80 for the redirect", () => {
    for (const [name, service] of Object.entries(compose.services)) {
      if (name === "proxy") continue;
      expect(service.ports, name).toBeUndefined();
      expect(service.expose, name).toBeUndefined();
    }
    expect(proxy!.ports).toEqual(["443:443", "80:80"]);
  });

  it("never publishes nor proxies the management port (9000)", () => {
    for (const service of Object.values(compose.services)) {
      for (const port of service.ports ?? []) expect(port).not.toMatch(/9000/);
    }
    expect(keycloak!.environment).not.toHaveProperty("KC_HTTP_MANAGEMENT_PORT");
    const directives = template.split("\n").filter((line) => !line.trimStart().startsWith("#"));
    expect(directives.join("\n")).not.toMatch(/9000/);
    expect(serviceEnvironment(proxy!, production).KEYCLOAK_UPSTREAM).toBe("keycloak:8080");
  });

  it("runs the Keycloak version of .env, in production mode, with the dev compose's jars and health check", () => {
    expect(keycloak!.image).toBe("quay.io/keycloak/keycloak:${KEYCLOAK_VERSION:?KEYCLOAK_VERSION is set in .env}");
    expect(interpolate(keycloak!.image!, production)).toBe(`quay.io/keycloak/keycloak:${keycloakVersion()}`);
    expect(composeText).not.toContain(keycloakVersion());
    expect(keycloak!.command).toEqual(["start"]);

    const development = parse(readFileSync(path.join(repoRoot, "docker-compose.yml"), "utf8")) as {
      services: Record<string, ComposeService>;
    };
    expect(keycloak!.volumes).toEqual(development.services.keycloak!.volumes);
    expect(keycloak!.healthcheck).toEqual(development.services.keycloak!.healthcheck);
  });

  it("gives Keycloak its public and admin hostnames, in https, different, behind a proxy it trusts", () => {
    const environment = serviceEnvironment(keycloak!, production);
    expect(environment).toMatchObject({
      KC_DB: "postgres",
      KC_HOSTNAME: "https://portail.siec.education.fr",
      KC_HOSTNAME_ADMIN: "https://admin.portail.siec.education.fr",
      KC_PROXY_HEADERS: "xforwarded",
      KC_HTTP_ENABLED: "true",
      KC_HEALTH_ENABLED: "true",
      KC_HOSTNAME_BACKCHANNEL_DYNAMIC: "false",
    });
    expect(environment.KC_HOSTNAME).not.toBe(environment.KC_HOSTNAME_ADMIN);
    expect(environment).not.toHaveProperty("KC_HOSTNAME_STRICT");
  });

  it("has no mail catcher: Keycloak sends through the SMTP server production.env names", () => {
    expect(Object.keys(compose.services).sort()).toEqual([
      "keycloak-1",
      "keycloak-2",
      "postgres",
      "prometheus",
      "proxy",
      "realm-config",
    ]);
    expect(composeText).not.toMatch(/maildev/i);
    expect(keycloak!.depends_on).toEqual({ postgres: { condition: "service_healthy" } });
    expect(serviceEnvironment(realmConfig, production)).toMatchObject({
      SMTP_HOST: "smtp.example",
      SMTP_PORT: "587",
      SMTP_STARTTLS: "true",
      SMTP_SSL: "false",
    });
  });

  it("gives realm-config every variable realm-config/ uses, so no development default reaches production", () => {
    const files = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
        entry.isDirectory()
          ? entry.name === "schema"
            ? []
            : files(path.join(dir, entry.name))
          : entry.name.endsWith(".yaml")
            ? [path.join(dir, entry.name)]
            : [],
      );
    const used = new Set<string>();
    for (const file of files(realmConfigDir)) {
      for (const line of readFileSync(file, "utf8").split("\n")) {
        if (line.trimStart().startsWith("#")) continue;
        for (const match of line.matchAll(/(?<!\$)\$\{(\w+)/g)) used.add(match[1]!);
      }
    }
    const given = new Set(Object.keys(realmConfig.environment ?? {}));
    // INVITATION_LIFESPAN keeps realm-config's value (72h) unless an operator adds it; ProConnect
    // stays off until its four lines are uncommented, once the SIEC is registered with it.
    expect([...used].filter((name) => !given.has(name)).sort()).toEqual([
      "INVITATION_LIFESPAN",
      "PROCONNECT_CLIENT_ID",
      "PROCONNECT_CLIENT_SECRET",
      "PROCONNECT_ENABLED",
      "PROCONNECT_ISSUER",
    ]);
    expect(serviceEnvironment(realmConfig, production).KEYCLOAK_URL).toBe("http://keycloak:8080");
  });

  it("runs two Keycloak nodes alike, the second after the first, both behind the name the proxy uses", () => {
    const { depends_on: firstDependsOn, ...first } = keycloak!;
    const { depends_on: secondDependsOn, ...second } = secondNode!;
    expect(second).toEqual(first);
    expect(firstDependsOn).toEqual({ postgres: { condition: "service_healthy" } });
    expect(secondDependsOn).toEqual({ "keycloak-1": { condition: "service_healthy" } });
    expect(proxy!.depends_on).toEqual({
      "keycloak-1": { condition: "service_healthy" },
      "keycloak-2": { condition: "service_healthy" },
    });
  });

  it("gives both nodes the shared options, distributed caches included: the local production shape runs the same", () => {
    const shared = compose["x-keycloak-options"];
    expect(shared).toMatchObject({ KC_DB: "postgres", KC_CACHE: "ispn", KC_PROXY_HEADERS: "xforwarded" });
    // Those of every Keycloak of the portal, the security e-mails' events among them.
    expect(shared).toMatchObject(PORTAL_KEYCLOAK_ENVIRONMENT);
    expect(serviceEnvironment(keycloak!, production)).toMatchObject(shared);
    expect(sharedKeycloakOptions()).toEqual(
      expect.arrayContaining(["--db=postgres", "--cache=ispn", "--proxy-headers=xforwarded", "--http-enabled=true"]),
    );
  });

  it("runs Prometheus on request, on the nodes' backend network, with deploy/supervision's scrape file naming each node's management port", () => {
    const prometheus = compose.services.prometheus!;
    expect(prometheus.profiles).toEqual(["supervision"]);
    expect(prometheus.image).toMatch(/^prom\/prometheus:v\d+\.\d+\.\d+$/);
    expect(prometheus.volumes).toContain("./deploy/supervision:/etc/prometheus:ro");
    expect(prometheus.networks).toEqual(["backend", "supervision"]);
    const scrape = parse(readFileSync(path.join(repoRoot, "deploy", "supervision", "prometheus.yml"), "utf8")) as {
      scrape_configs: { job_name: string; static_configs: { targets: string[] }[] }[];
    };
    const nodes = Object.keys(compose.services).filter((name) => /^keycloak-\d+$/.test(name));
    expect(scrape.scrape_configs.find((job) => job.job_name === "keycloak")?.static_configs[0]?.targets).toEqual(
      nodes.map((node) => `${node}:9000`),
    );
  });

  it("keeps the database and realm-config on an internal network, and the proxy off it", () => {
    expect(compose.networks?.backend).toEqual({ internal: true });
    expect(postgres!.networks).toEqual(["backend"]);
    expect(realmConfig.networks).toEqual(["backend"]);
    expect(keycloak!.networks).toEqual({ edge: { aliases: ["keycloak"] }, backend: {} });
    expect(proxy!.networks).toEqual(["edge"]);
  });

  it("renders the proxy template from the proxy's own variables only (NGINX_ENVSUBST_FILTER)", () => {
    expect(proxy!.image).toMatch(/^nginx:\d+\.\d+\.\d+-alpine$/);
    expect(proxy!.volumes).toEqual([
      "./deploy/nginx/portail.conf.template:/etc/nginx/templates/default.conf.template:ro",
      "./deploy/nginx/portail:/etc/nginx/portail:ro",
      "${TLS_DIR:?set TLS_DIR (a directory with fullchain.pem and privkey.pem) in production.env}:/etc/nginx/tls:ro",
    ]);
    const environment = serviceEnvironment(proxy!, production);
    const filter = new RegExp(environment.NGINX_ENVSUBST_FILTER!);
    const templateVariables = new Set([...template.matchAll(/\$\{(\w+)\}/g)].map((match) => match[1]!));
    expect([...templateVariables].sort()).toEqual(
      ["ADMIN_ALLOWED_NETWORK", "KEYCLOAK_UPSTREAM", "PORTAIL_ADMIN_HOSTNAME", "PORTAIL_HOSTNAME"].sort(),
    );
    for (const name of templateVariables) {
      expect(filter.test(name), name).toBe(true);
      expect(environment[name], name).toBeTruthy();
    }
    // What the image itself sets, and anything else, is left alone.
    for (const name of ["NGINX_VERSION", "PKG_RELEASE", "HOSTNAME", "HOME", "PATH", "PORTAIL_HOSTNAME_X"]) {
      expect(filter.test(name), name).toBe(false);
    }
  });
});
