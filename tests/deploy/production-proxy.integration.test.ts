import { execFile } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { chmod, mkdir, mkdtemp, readFile, rm } from "node:fs/promises";
import https from "node:https";
import http from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import tls from "node:tls";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCommand } from "../../stack/commands";
import { startPostgres, type PostgresServer } from "../../stack/database/postgres";
import { keycloakVersion, type KeycloakServer } from "../../stack/keycloak";
import { nodesOnPorts, startKeycloakCluster, type KeycloakCluster } from "../../stack/keycloak/cluster";
import { ensureDistribution } from "../../stack/keycloak/distribution";
import { freePorts } from "../../stack/ports";
import {
  keycloakOptions,
  productionCompose,
  proxyTemplatePath,
  serviceEnvironment,
} from "../../stack/production-compose";
import { nginxDir, runNginx } from "../../stack/proxy";
import { applyRealmConfig } from "../../stack/realm";
import { ensureProviderJars } from "../../build/provider-jars";

/**
 * docker-compose.prod.yml's hardening, proved with real parts and no Docker: a real nginx runs
 * deploy/nginx/portail.conf.template, rendered as the official image renders it, in front of the
 * compose file's two Keycloak nodes, started in production mode (`start`) with the options it gives
 * them, on a real PostgreSQL, with the portal's jars and the siec realm applied as the realm-config
 * service applies it. Requests go to 127.0.0.1 with the hostname as SNI and Host header: no DNS needed.
 *
 * What differs from the compose file, and why:
 * - ports: the proxy listens on free ports of 127.0.0.1 instead of 443 and 80 (its `listen`
 *   lines are moved, nothing else), so Keycloak's URLs name that port: PORTAIL_HOSTNAME is
 *   `portail.test:<port>` for Keycloak, `portail.test` for nginx's server_name;
 * - KEYCLOAK_UPSTREAM is an upstream group of the two nodes' ports on 127.0.0.1 instead of
 *   `keycloak:8080` (the name both nodes answer to on the compose network);
 * - the database is PostgreSQL on 127.0.0.1 (KC_DB_URL), the nodes' cluster transport on 127.0.0.1.
 */

const PUBLIC = "portail.test";
const ADMIN = "admin.portail.test";
/** The operators' network in the second proxy: 127.0.0.1 is not in it (TEST-NET-2, RFC 5737). */
const OTHER_NETWORK = "198.51.100.0/24";
/** A client address of this machine's loopback that is not 127.0.0.1 (Linux answers all of 127/8). */
const OUTSIDER = "127.0.0.3";

/** Options that the test gives Keycloak itself (the database, the cluster's ports, the admin) instead of the compose file's. */
const REPLACED_OPTIONS = new Set([
  "KC_DB",
  "KC_DB_URL",
  "KC_DB_USERNAME",
  "KC_DB_PASSWORD",
  "KC_BOOTSTRAP_ADMIN_USERNAME",
  "KC_BOOTSTRAP_ADMIN_PASSWORD",
  "KC_HEALTH_ENABLED",
  "KC_CACHE",
]);

/**
 * What /docker-entrypoint.d/20-envsubst-on-templates.sh of the official image does: the names of
 * the environment that match NGINX_ENVSUBST_FILTER (an awk regex; empty matches all) are given
 * to envsubst, which replaces `${NAME}` and `$NAME` for those names only.
 */
function renderLikeTheImage(template: string, environment: Record<string, string>): string {
  const filter = new RegExp(environment.NGINX_ENVSUBST_FILTER ?? "");
  const names = new Set(Object.keys(environment).filter((name) => filter.test(name)));
  return template.replace(/\$\{(\w+)\}|\$(\w+)/g, (whole, braced?: string, bare?: string) => {
    const name = (braced ?? bare)!;
    return names.has(name) ? environment[name]! : whole;
  });
}

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  rawHeaders: string[];
  body: string;
}

interface Proxy {
  httpsPort: number;
  httpPort: number;
  rendered: string;
  process: { stop(): Promise<void> };
}

const run = promisify(execFile);

describe("docker-compose.prod.yml's proxy in front of Keycloak (real nginx, real Keycloak)", () => {
  const compose = productionCompose();
  let workDir: string;
  let certificate: Buffer;
  let postgres: PostgresServer | undefined;
  let cluster: KeycloakCluster | undefined;
  /** The first node: the admin API is asked there directly, as realm-config does. */
  let keycloak: KeycloakServer | undefined;
  let allowed: Proxy | undefined; // ADMIN_ALLOWED_NETWORK=127.0.0.1/32
  let refused: Proxy | undefined; // ADMIN_ALLOWED_NETWORK=198.51.100.0/24
  let options: string[];
  let variables: Record<string, string>;
  let adminActionBeforeFrontendUrl: string;

  /** An HTTPS request to a proxy on 127.0.0.1, for `hostname` (SNI and Host), trusting the test certificate. */
  function request(
    proxy: Proxy,
    hostname: string,
    pathAndQuery: string,
    init: { method?: string; headers?: Record<string, string>; form?: Record<string, string>; from?: string } = {},
  ): Promise<Reply> {
    const body = init.form ? new URLSearchParams(init.form).toString() : undefined;
    return new Promise((resolve, reject) => {
      const outgoing = https.request(
        {
          host: "127.0.0.1",
          port: proxy.httpsPort,
          servername: hostname,
          ca: certificate,
          localAddress: init.from,
          agent: false,
          method: init.method ?? (body ? "POST" : "GET"),
          path: pathAndQuery,
          headers: {
            host: `${hostname}:${proxy.httpsPort}`,
            ...(body ? { "content-type": "application/x-www-form-urlencoded" } : {}),
            ...init.headers,
          },
        },
        (response) => {
          let text = "";
          response.setEncoding("utf8");
          response.on("data", (chunk: string) => (text += chunk));
          response.on("end", () =>
            resolve({
              status: response.statusCode!,
              headers: response.headers,
              rawHeaders: response.rawHeaders,
              body: text,
            }),
          );
        },
      );
      outgoing.on("error", reject);
      outgoing.end(body);
    });
  }

  /** Every value of one response header, as sent (not merged). */
  const headerValues = (reply: Reply, name: string) =>
    reply.rawHeaders.filter((_, index) => index % 2 === 1 && reply.rawHeaders[index - 1]!.toLowerCase() === name);

  /** The three headers the proxy adds, each sent exactly once. */
  function expectSecurityHeaders(reply: Reply) {
    expect(headerValues(reply, "strict-transport-security")).toEqual(["max-age=31536000; includeSubDomains"]);
    expect(headerValues(reply, "x-content-type-options")).toEqual(["nosniff"]);
    expect(headerValues(reply, "referrer-policy")).toEqual(["no-referrer"]);
  }

  const publicUrl = () => `https://${PUBLIC}:${allowed!.httpsPort}`;
  const adminUrl = () => `https://${ADMIN}:${allowed!.httpsPort}`;

  beforeAll(async () => {
    await runCommand("nginx", ["-v"], {
      installHint: "Install nginx (Debian: `apt-get install nginx-light`): these tests run the production proxy.",
    });
    await runCommand("openssl", ["version"], { installHint: "Install openssl (Debian: `apt-get install openssl`)." });
    workDir = await mkdtemp(path.join(tmpdir(), "production-proxy-"));

    // A throw-away certificate for both hostnames, where TLS_DIR points.
    const tlsDir = path.join(workDir, "tls");
    await mkdir(tlsDir);
    await run("openssl", [
      ...["req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-days", "1"],
      ...["-subj", `/CN=${PUBLIC}`, "-addext", `subjectAltName=DNS:${PUBLIC},DNS:${ADMIN}`],
      ...["-keyout", path.join(tlsDir, "privkey.pem"), "-out", path.join(tlsDir, "fullchain.pem")],
    ]);
    certificate = await readFile(path.join(tlsDir, "fullchain.pem"));

    const [httpsPort, httpPort, refusedHttpsPort, refusedHttpPort, postgresPort, ...nodePorts] = await freePorts(11);

    // Every variable production.env sets, with this test's values.
    variables = {
      KEYCLOAK_VERSION: keycloakVersion(),
      POSTGRES_PASSWORD: randomBytes(12).toString("base64url"),
      KEYCLOAK_ADMIN: "admin",
      // Hex: kcadm.sh reads a value starting with "-" as an option, even as --password=-… (base64url
      // gave one in about 64 runs).
      KEYCLOAK_ADMIN_PASSWORD: randomBytes(16).toString("hex"),
      PORTAIL_HOSTNAME: `${PUBLIC}:${httpsPort}`,
      PORTAIL_ADMIN_HOSTNAME: `${ADMIN}:${httpsPort}`,
      ADMIN_ALLOWED_NETWORK: "127.0.0.1/32",
      TLS_DIR: tlsDir,
      SMTP_HOST: "127.0.0.1",
      SMTP_PORT: "2525",
      SMTP_STARTTLS: "false",
      SMTP_SSL: "false",
      DPECOTHEQUE_URL: "https://dpecotheque.test",
      DEXCO_URL: "https://dexco.test",
      EABSENCE_URL: "https://eabsence.test",
      BASICS_URL: "https://basics.test",
      BASA_URL: "https://basa.test",
    };

    // The two nodes, started as the compose file's keycloak-1 and keycloak-2 services.
    const service = compose.services["keycloak-1"]!;
    const environment = serviceEnvironment(service, variables);
    options = keycloakOptions(
      Object.fromEntries(Object.entries(environment).filter(([name]) => !REPLACED_OPTIONS.has(name))),
    );
    postgres = await startPostgres({ instance: "production-proxy", port: postgresPort, keep: false });
    cluster = await startKeycloakCluster({
      version: keycloakVersion(),
      instance: "production-proxy",
      nodes: nodesOnPorts(nodePorts),
      database: postgres,
      admin: { username: environment.KC_BOOTSTRAP_ADMIN_USERNAME!, password: environment.KC_BOOTSTRAP_ADMIN_PASSWORD! },
      providerJars: await ensureProviderJars(),
      extraOptions: options,
    });
    keycloak = cluster.nodes[0]!;

    // The realm-config service: realm-config/ applied on Keycloak's own HTTP port, with its environment.
    await applyRealmConfig(keycloak, serviceEnvironment(compose.services["realm-config"]!, variables));

    // The two proxies: the same template, two values of ADMIN_ALLOWED_NETWORK.
    const template = await readFile(proxyTemplatePath, "utf8");
    const proxyEnvironment = (network: string) => ({
      // What the official image itself sets: the filter must leave these alone.
      NGINX_VERSION: "1.30.6",
      PKG_RELEASE: "1",
      HOSTNAME: "f00dcafe",
      HOME: "/root",
      PATH: "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
      ...serviceEnvironment(compose.services.proxy!, {
        ...variables,
        PORTAIL_HOSTNAME: PUBLIC,
        PORTAIL_ADMIN_HOSTNAME: ADMIN,
        ADMIN_ALLOWED_NETWORK: network,
      }),
      KEYCLOAK_UPSTREAM: "keycloak_nodes",
    });
    allowed = await startProxy("allowed", renderLikeTheImage(template, proxyEnvironment("127.0.0.1/32")), {
      httpsPort,
      httpPort,
    });
    refused = await startProxy("refused", renderLikeTheImage(template, proxyEnvironment(OTHER_NETWORK)), {
      httpsPort: refusedHttpsPort,
      httpPort: refusedHttpPort,
    });

    // What the admin sign-in page posts to before the operator's one-time step of
    // docs/deployer-en-production.md, then that step, run with the distribution's kcadm.sh.
    const before = await request(allowed, ADMIN, adminAuthorization(pkce().challenge));
    adminActionBeforeFrontendUrl = formAction(before.body);
    const kcadm = path.join(await ensureDistribution(keycloakVersion()), "bin", "kcadm.sh");
    await run(kcadm, [
      ...["update", "realms/master", "--no-config", "--server", keycloak.url, "--realm", "master"],
      // Attached with "=": a generated password may start with "-", which kcadm would read as an option.
      ...["--user", keycloak.admin.username, `--password=${keycloak.admin.password}`],
      ...["-s", `attributes.frontendUrl=https://${variables.PORTAIL_ADMIN_HOSTNAME}`],
    ]);
  }, 600_000);

  afterAll(async () => {
    await allowed?.process.stop();
    await refused?.process.stop();
    await cluster?.stop();
    await postgres?.stop();
    if (workDir) await rm(workDir, { recursive: true, force: true });
  });

  /** nginx with the rendered file, its listen lines moved to free ports, the two nodes as `keycloak_nodes`. */
  async function startProxy(name: string, rendered: string, ports: { httpsPort: number; httpPort: number }) {
    let listens = 0;
    const moved = rendered.replace(/\blisten (80|443)\b/g, (_whole, port: string) => {
      listens++;
      return `listen 127.0.0.1:${port === "80" ? ports.httpPort : ports.httpsPort}`;
    });
    expect(listens, "the template's listen lines (one on 80, three on 443)").toBe(4);
    const upstream = [
      "upstream keycloak_nodes {",
      ...cluster!.nodes.map((node) => `  server ${new URL(node.url).host.replace("localhost", "127.0.0.1")};`),
      "}",
    ].join("\n");
    await chmod(workDir, 0o755); // nginx's workers run as `nobody` when the test runs as root
    const nginx = await runNginx({
      dir: path.join(workDir, name),
      config: `${upstream}\n${moved}`,
      ports: [ports.httpsPort, ports.httpPort],
      links: { tls: path.join(workDir, "tls") },
    });
    return { ...ports, rendered, process: nginx };
  }

  it("renders the template as the official image does: the filter's variables only, nginx's own kept", async () => {
    const proxyToKeycloak = await readFile(path.join(nginxDir, "portail", "proxy-to-keycloak.conf"), "utf8");
    for (const proxy of [allowed!, refused!]) {
      expect(proxy.rendered).not.toMatch(/\$\{/);
      expect(proxy.rendered).toContain(`server_name ${PUBLIC};`);
      expect(proxy.rendered).toContain(`server_name ${ADMIN};`);
      // The template's own nginx variables, and those of the files it includes (mounted as they are).
      for (const nginxVariable of ["$host", "$request_uri", "$keycloak"])
        expect(proxy.rendered).toContain(nginxVariable);
      expect(proxy.rendered).toContain("include portail/proxy-to-keycloak.conf;");
      for (const nginxVariable of ["$host", "$remote_addr", "$scheme", "$server_port"])
        expect(proxyToKeycloak).toContain(nginxVariable);
    }
    expect(allowed!.rendered).toContain("allow 127.0.0.1/32;");
    expect(refused!.rendered).toContain(`allow ${OTHER_NETWORK};`);
  });

  it("starts Keycloak in production mode with the compose file's hostname and proxy options", () => {
    expect(compose.services["keycloak-1"]!.command).toEqual(["start"]);
    expect(options).toEqual(
      expect.arrayContaining([
        `--hostname=${publicUrl()}`,
        `--hostname-admin=${adminUrl()}`,
        "--proxy-headers=xforwarded",
        "--http-enabled=true",
      ]),
    );
  });

  it("serves the siec sign-in page on the public hostname, over HTTPS, with HSTS, and https URLs of that hostname", async () => {
    const page = await request(allowed!, PUBLIC, appAuthorization("dpecotheque", variables.DPECOTHEQUE_URL!));
    expect(page.status).toBe(200);
    expectSecurityHeaders(page);
    expect(formAction(page.body)).toMatch(
      new RegExp(`^${literal(publicUrl())}/realms/siec/login-actions/authenticate\\?`),
    );

    // Its scripts and styles come through the proxy too.
    const asset = /"(\/resources\/[^"]+\.(?:js|css))"/.exec(page.body)?.[1];
    expect(asset, "an asset under /resources/ on the sign-in page").toBeDefined();
    const resource = await request(allowed!, PUBLIC, asset!);
    expect(resource.status).toBe(200);
    expectSecurityHeaders(resource);
  });

  it("gives applications https endpoints of the public hostname (OpenID discovery, RFC 8414 metadata)", async () => {
    const discovery = await request(allowed!, PUBLIC, "/realms/siec/.well-known/openid-configuration");
    expect(discovery.status).toBe(200);
    const metadata = JSON.parse(discovery.body) as Record<string, unknown>;
    expect(metadata.issuer).toBe(`${publicUrl()}/realms/siec`);
    for (const endpoint of ["authorization_endpoint", "token_endpoint", "jwks_uri", "end_session_endpoint"]) {
      expect(metadata[endpoint], endpoint).toMatch(new RegExp(`^${literal(publicUrl())}/realms/siec/`));
    }
    const rfc8414 = await request(allowed!, PUBLIC, "/.well-known/oauth-authorization-server/realms/siec");
    expect(rfc8414.status).toBe(200);
    expect((JSON.parse(rfc8414.body) as { issuer: string }).issuer).toBe(`${publicUrl()}/realms/siec`);
  });

  it("refuses the admin console, the admin API and the master realm on the public hostname (404)", async () => {
    const token = await adminToken();
    for (const refusedPath of [
      "/admin/",
      "/admin/master/console/",
      "/admin/realms/siec",
      "/realms/master/protocol/openid-connect/auth?client_id=security-admin-console",
      "/realms/master/protocol/openid-connect/token",
      "/realms/master/.well-known/openid-configuration",
      "/realms/master",
      "/",
      "/js/keycloak.js",
    ]) {
      const reply = await request(allowed!, PUBLIC, refusedPath, { headers: { authorization: `Bearer ${token}` } });
      expect(reply.status, refusedPath).toBe(404);
      expectSecurityHeaders(reply);
    }
  });

  it("lets no path trick reach the admin console through the public hostname", async () => {
    for (const trick of [
      "/realms/../admin/master/console/",
      "/realms/siec/../../admin/master/console/",
      "/realms/%2e%2e/admin/master/console/",
      "/realms/..%2fadmin/master/console/",
      "/resources/..%2f..%2fadmin/master/console/",
      "/realms/siec/..;/..;/admin/master/console/",
      "//admin/master/console/",
      "/realms//master/protocol/openid-connect/auth",
      "/realms/%6Daster/protocol/openid-connect/auth",
    ]) {
      const reply = await request(allowed!, PUBLIC, trick);
      expect(reply.status, trick).toBeGreaterThanOrEqual(400);
      expect(reply.body, trick).not.toContain("adminBaseUrl");
    }
  });

  it("keeps health and metrics (the management port) out of reach through the proxy", async () => {
    for (const proxy of [allowed!, refused!]) {
      for (const hostname of [PUBLIC, ADMIN]) {
        for (const managementPath of ["/health", "/health/ready", "/health/live", "/metrics"]) {
          const reply = await request(proxy, hostname, managementPath);
          expect([403, 404], `${hostname}${managementPath}`).toContain(reply.status);
          expect(reply.body, `${hostname}${managementPath}`).not.toMatch(/"status"\s*:\s*"UP"|^# (HELP|TYPE) /m);
        }
      }
    }
  });

  it("serves the admin console on the admin hostname to the allowed network, with HSTS", async () => {
    const adminConsole = await request(allowed!, ADMIN, "/admin/master/console/");
    expect(adminConsole.status).toBe(200);
    expectSecurityHeaders(adminConsole);
    expect(adminConsole.body).toContain(`"adminBaseUrl": "${adminUrl()}"`);
  });

  it("lets an administrator sign in on the admin hostname alone once the master realm's frontend URL is set", async () => {
    // Before the step, the admin sign-in form posted to the public hostname, which refuses /realms/master.
    expect(adminActionBeforeFrontendUrl.startsWith(`${publicUrl()}/realms/master/`)).toBe(true);

    const { verifier, challenge } = pkce();
    const page = await request(allowed!, ADMIN, adminAuthorization(challenge));
    expect(page.status).toBe(200);
    expectSecurityHeaders(page);
    const action = formAction(page.body);
    expect(action.startsWith(`${adminUrl()}/realms/master/login-actions/authenticate?`)).toBe(true);

    const signedIn = await request(allowed!, ADMIN, action.slice(adminUrl().length), {
      headers: { cookie: cookies(page) },
      form: { username: keycloak!.admin.username, password: keycloak!.admin.password, credentialId: "" },
    });
    expect(signedIn.status).toBe(302);
    const redirect = new URL(signedIn.headers.location!);
    expect(redirect.origin + redirect.pathname).toBe(`${adminUrl()}/admin/master/console/`);

    const tokens = await request(allowed!, ADMIN, "/realms/master/protocol/openid-connect/token", {
      form: {
        grant_type: "authorization_code",
        client_id: "security-admin-console",
        redirect_uri: `${adminUrl()}/admin/master/console/`,
        code: redirect.searchParams.get("code")!,
        code_verifier: verifier,
      },
    });
    expect(tokens.status).toBe(200);
    const { access_token: accessToken } = JSON.parse(tokens.body) as { access_token: string };
    const realm = await request(allowed!, ADMIN, "/admin/realms/siec", {
      headers: { authorization: `Bearer ${accessToken}` },
    });
    expect(realm.status).toBe(200);
    expect((JSON.parse(realm.body) as { realm: string }).realm).toBe("siec");
  });

  it("lets the CLI's service account use the admin API on the admin hostname only", async () => {
    const kcadm = path.join(await ensureDistribution(keycloakVersion()), "bin", "kcadm.sh");
    const { stdout } = await run(kcadm, [
      ...["get", "clients", "-r", "siec", "-q", "clientId=siec-admin-cli", "--fields", "secret"],
      ...["--no-config", "--server", keycloak!.url, "--realm", "master"],
      ...["--user", keycloak!.admin.username, `--password=${keycloak!.admin.password}`],
    ]);
    const [{ secret }] = JSON.parse(stdout) as [{ secret: string }];
    expect(secret.length).toBeGreaterThan(20);

    const tokens = await request(allowed!, ADMIN, "/realms/siec/protocol/openid-connect/token", {
      form: { grant_type: "client_credentials", client_id: "siec-admin-cli", client_secret: secret },
    });
    expect(tokens.status).toBe(200);
    const authorization = `Bearer ${(JSON.parse(tokens.body) as { access_token: string }).access_token}`;
    const users = await request(allowed!, ADMIN, "/admin/realms/siec/users?max=1", { headers: { authorization } });
    expect(users.status).toBe(200);
    const outside = await request(allowed!, PUBLIC, "/admin/realms/siec/users?max=1", { headers: { authorization } });
    expect(outside.status).toBe(404);
  });

  it("refuses the admin hostname (403) to a client outside ADMIN_ALLOWED_NETWORK", async () => {
    for (const adminPath of [
      "/admin/master/console/",
      "/admin/realms/siec",
      "/realms/master/protocol/openid-connect/token",
    ]) {
      const otherNetwork = await request(refused!, ADMIN, adminPath);
      expect(otherNetwork.status, `ADMIN_ALLOWED_NETWORK=${OTHER_NETWORK}: ${adminPath}`).toBe(403);
      expectSecurityHeaders(otherNetwork);
      const otherAddress = await request(allowed!, ADMIN, adminPath, { from: OUTSIDER });
      expect(otherAddress.status, `from ${OUTSIDER}: ${adminPath}`).toBe(403);
    }
    // The public hostname of the same proxy still answers there.
    const discovery = await request(refused!, PUBLIC, "/realms/siec/.well-known/openid-configuration");
    expect(discovery.status).toBe(200);
  });

  it("records the client's real address: X-Forwarded-For is set by the proxy, never taken from the client", async () => {
    const spoofed = "203.0.113.7";
    const username = `nobody-${randomBytes(4).toString("hex")}@example.test`;
    const page = await request(allowed!, PUBLIC, appAuthorization("dpecotheque", variables.DPECOTHEQUE_URL!), {
      from: OUTSIDER,
      headers: { "x-forwarded-for": spoofed },
    });
    const action = formAction(page.body);
    const failed = await request(allowed!, PUBLIC, action.slice(publicUrl().length), {
      from: OUTSIDER,
      headers: { cookie: cookies(page), "x-forwarded-for": spoofed },
      form: { username, password: "not-the-password" },
    });
    expect(failed.status).toBe(200);

    const events = (await (
      await fetch(`${keycloak!.url}/admin/realms/siec/events?type=LOGIN_ERROR&max=100`, {
        headers: { authorization: `Bearer ${await adminToken()}` },
      })
    ).json()) as { ipAddress: string; details?: { username?: string } }[];
    const event = events.find((candidate) => candidate.details?.username === username);
    expect(event, "the failed sign-in's event").toBeDefined();
    expect(event!.ipAddress).toBe(OUTSIDER);
  });

  it("redirects plain HTTP to HTTPS", async () => {
    const reply = await new Promise<http.IncomingMessage>((resolve, reject) =>
      http
        .get({ host: "127.0.0.1", port: allowed!.httpPort, path: "/realms/siec/account", headers: { host: PUBLIC } })
        .on("response", (response) => {
          response.resume();
          resolve(response);
        })
        .on("error", reject),
    );
    expect(reply.statusCode).toBe(301);
    expect(reply.headers.location).toBe(`https://${PUBLIC}/realms/siec/account`);
  });

  it("speaks TLS 1.2 and 1.3 only, and only for its two hostnames", async () => {
    expect(await handshake({ servername: PUBLIC, minVersion: "TLSv1.3" })).toBe("TLSv1.3");
    expect(await handshake({ servername: ADMIN, minVersion: "TLSv1.2", maxVersion: "TLSv1.2" })).toBe("TLSv1.2");
    // The client allows TLS 1.1 (security level 0); the server's alert is what refuses it.
    await expect(
      handshake({ servername: PUBLIC, minVersion: "TLSv1.1", maxVersion: "TLSv1.1", ciphers: "DEFAULT@SECLEVEL=0" }),
    ).rejects.toMatchObject({ code: expect.stringMatching(/ALERT_PROTOCOL_VERSION/) });
    await expect(handshake({ servername: "other.test" })).rejects.toMatchObject({
      code: expect.stringMatching(/UNRECOGNIZED_NAME/),
    });
  });

  it("limits the public forms' posts per client address (429), never their pages nor another address", async () => {
    const page = await request(allowed!, PUBLIC, appAuthorization("dpecotheque", variables.DPECOTHEQUE_URL!));
    const action = formAction(page.body).slice(publicUrl().length);
    const post = (from?: string) =>
      request(allowed!, PUBLIC, action, { from, headers: { cookie: cookies(page) }, form: { username: "x" } });
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 45; attempt++) statuses.push((await post(OUTSIDER)).status);
    // The template's burst (30) passes; the posts past it, within the same minute, do not reach Keycloak.
    expect(statuses.slice(0, 30)).not.toContain(429);
    expect(statuses.slice(31)).toEqual(Array(14).fill(429));
    expect((await request(allowed!, PUBLIC, action, { from: OUTSIDER })).status, "a page, not a post").not.toBe(429);
    expect((await post()).status, "another client address").not.toBe(429);
  });

  function handshake(options: tls.ConnectionOptions): Promise<string | null> {
    return new Promise((resolve, reject) => {
      const socket = tls.connect({ host: "127.0.0.1", port: allowed!.httpsPort, ca: certificate, ...options }, () => {
        const protocol = socket.getProtocol();
        socket.end();
        resolve(protocol);
      });
      socket.on("error", reject);
    });
  }

  async function adminToken(): Promise<string> {
    const response = await fetch(`${keycloak!.url}/realms/master/protocol/openid-connect/token`, {
      method: "POST",
      body: new URLSearchParams({
        grant_type: "password",
        client_id: "admin-cli",
        username: keycloak!.admin.username,
        password: keycloak!.admin.password,
      }),
    });
    expect(response.status).toBe(200);
    return ((await response.json()) as { access_token: string }).access_token;
  }

  function adminAuthorization(challenge: string): string {
    return `/realms/master/protocol/openid-connect/auth?${new URLSearchParams({
      client_id: "security-admin-console",
      redirect_uri: `${adminUrl()}/admin/master/console/`,
      response_type: "code",
      scope: "openid",
      code_challenge: challenge,
      code_challenge_method: "S256",
    })}`;
  }
});

function appAuthorization(clientId: string, appUrl: string): string {
  return `/realms/siec/protocol/openid-connect/auth?${new URLSearchParams({
    client_id: clientId,
    redirect_uri: `${appUrl}/`,
    response_type: "code",
    scope: "openid",
    code_challenge: pkce().challenge,
    code_challenge_method: "S256",
  })}`;
}

function pkce(): { verifier: string; challenge: string } {
  const verifier = randomBytes(32).toString("base64url");
  return { verifier, challenge: createHash("sha256").update(verifier).digest("base64url") };
}

/** Where a sign-in page posts: the Keycloakify kcContext's loginAction, or the form of Keycloak's own theme. */
function formAction(html: string): string {
  const kcContext = /"loginAction"\s*:\s*("(?:[^"\\]|\\.)*")/.exec(html)?.[1];
  if (kcContext) return JSON.parse(kcContext.replace(/\\'/g, "'")) as string;
  const form = /<form[^>]*\saction="([^"]+)"/.exec(html)?.[1];
  if (!form) throw new Error(`No sign-in form on this page:\n${html.slice(0, 1500)}`);
  return form.replaceAll("&amp;", "&");
}

/** The cookies a response sets, as the next request sends them. */
function cookies(reply: Reply): string {
  return (reply.headers["set-cookie"] ?? []).map((cookie) => cookie.split(";")[0]).join("; ");
}

function literal(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
