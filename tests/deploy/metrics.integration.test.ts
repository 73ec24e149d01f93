/**
 * Metrics on results day (docs/deployer-en-production.md §11): the production shape's two nodes,
 * scraped by a real Prometheus with deploy/supervision/prometheus.yml and its alert rules. After
 * known sign-ins, failures, reset requests and changes in "Mon établissement", each counter, summed
 * over the nodes, moved by exactly that much. The metrics are on the management port only, never
 * through the proxy; the nodes log JSON lines with no password, token or secret in them.
 */
import { readFile } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  EXTENSION_FORM_FIELDS,
  PORTAL_METRICS,
  establishmentAccountsUrl,
  prometheusCounter,
  type DelegationChange,
  type DelegationRefusalReason,
  type RobotCheckedForm,
} from "@siec/contract";
import { freePorts } from "../../stack/ports";
import { dashboardQueries } from "../../stack/supervision/dashboard";
import { startPrometheus, type Prometheus } from "../../stack/supervision/prometheus";
import {
  CookieJar,
  askForResetLinkAt,
  codeFlowUrlAt,
  loginAction,
  signIn,
  type Tokens,
} from "../../testing/browserless";
import { nextCode } from "../support/authenticator-app";
import { actionLink } from "../support/email-links";
import { inbox, testStack, uniqueEmail } from "../support/keycloak";
import { personIn, startProductionShape, type ProductionShape } from "../support/production-shape";

const PASSWORD = "Jour-des-resultats-2026!";
/** Each run's own établissements, so that no other account is attached to them. */
const uai = (letter: string) => `${String(Date.now() % 10_000_000).padStart(7, "0")}${letter}`;

const portal = (metric: keyof typeof PORTAL_METRICS, labels = "") =>
  `sum(${prometheusCounter(PORTAL_METRICS[metric])}${labels})`;
const robotCheckFailures = (form: RobotCheckedForm) => portal("robotCheckFailures", `{form="${form}"}`);
const delegationChanges = (change: DelegationChange) => portal("delegationChanges", `{change="${change}"}`);
const delegationRefusals = (reason: DelegationRefusalReason) => portal("delegationRefusals", `{reason="${reason}"}`);

describe("metrics of the production shape, read by a real Prometheus", () => {
  let shape: ProductionShape | undefined;
  let prometheus: Prometheus | undefined;
  /** Everything that must never reach a log. */
  const secrets: string[] = [PASSWORD];

  beforeAll(async () => {
    shape = await startProductionShape("metrics-test");
    const [port] = await freePorts(1);
    prometheus = await startPrometheus({
      instance: "metrics-test",
      port,
      targets: shape.cluster.nodes.map((node) => new URL(node.managementUrl!).host),
      scrapeInterval: "1s",
    });
    secrets.push(shape.cluster.admin.password, shape.postgres.password);
  }, 600_000);

  afterAll(async () => {
    await prometheus?.stop();
    await shape?.stop();
  });

  const app = () => ({ clientId: "dpecotheque", redirectUri: `${testStack().apps.dpecotheque}/` });
  const userEvents = (labels: string) => `sum(keycloak_user_events_total{realm="${shape!.realm}",${labels}})`;

  /** Each query's value now (0 for a counter not counted yet), once both nodes were scraped. */
  async function read<Names extends string>(queries: Record<Names, string>): Promise<Record<Names, number>> {
    await prometheus!.scrapedAfterNow();
    const values = await Promise.all(
      Object.values<string>(queries).map(async (query) => (await prometheus!.query(query))[0]?.value ?? 0),
    );
    return Object.fromEntries(Object.keys(queries).map((name, index) => [name, values[index]])) as Record<
      Names,
      number
    >;
  }

  /** Posts the app's sign-in form through the proxy; `robotCheck` given: that answer instead of a right one. */
  async function postSignIn(username: string, password: string, robotCheck?: string) {
    const jar = new CookieJar(shape!.cluster.url);
    const page = await jar.follow(codeFlowUrlAt(jar.keycloakUrl, shape!.realm, app()));
    const form = {
      username,
      password,
      ...(robotCheck !== undefined && { [EXTENSION_FORM_FIELDS.robotCheck]: robotCheck }),
    };
    return jar.follow(loginAction(page.body), { form, stopAt: app().redirectUri });
  }

  it("serves each node's metrics on its management port, never through the proxy", async () => {
    await prometheus!.scrapedAfterNow();
    const up = await prometheus!.query('up{job="keycloak"}');
    expect(up.map((sample) => sample.value)).toEqual([1, 1]);
    for (const path of ["/metrics", "/health", "/health/ready"])
      expect((await fetch(`${shape!.cluster.url}${path}`)).status, path).toBe(404);
  });

  it("counts sign-ins, failures, robot checks, reset e-mails and delegation changes exactly", async () => {
    const queries = {
      signIns: userEvents(`client_id="dpecotheque",event="login",error=""`),
      failedSignIns: userEvents(`client_id="dpecotheque",event="login",error="invalid_user_credentials"`),
      robotCheckedSignIns: robotCheckFailures("sign-in"),
      robotCheckedPasswordRequests: robotCheckFailures("password-request"),
      resetEmailsSent: userEvents(`event="send_reset_password",error=""`),
      resetEmailsFailed: userEvents(`event="send_reset_password",error="email_send_failed"`),
      resetEmailsHeldBack: portal("resetEmailsHeldBack"),
      credentialsChanged: userEvents(`event="update_credential",error=""`),
      accountsCreated: delegationChanges("account-created"),
      detached: delegationChanges("detached"),
      notPrincipal: delegationRefusals("not-principal"),
      notAttached: delegationRefusals("not-attached"),
    };
    const before = await read(queries);

    const signingIn = await personIn(shape!, "signs-in", { password: PASSWORD });
    for (let turn = 0; turn < 3; turn++) {
      const tokens: Tokens = await signIn(new CookieJar(shape!.cluster.url), shape!.realm, app(), {
        username: signingIn.email,
        password: PASSWORD,
      });
      secrets.push(tokens.access_token, tokens.refresh_token, tokens.id_token);
    }
    const mistyping = await personIn(shape!, "mistypes", { password: PASSWORD });
    for (const typed of ["Jour-des-resultats-2025!", "jour-des-resultats-2026!"]) {
      secrets.push(typed);
      expect((await postSignIn(mistyping.email, typed)).location).toBeNull();
    }
    expect((await postSignIn(signingIn.email, PASSWORD, "")).location, "no robot-check answer").toBeNull();

    const forgetful = await personIn(shape!, "forgets", { password: PASSWORD });
    const askForReset = (form: Record<string, string>) =>
      askForResetLinkAt(shape!.cluster.url, shape!.realm, app(), { username: forgetful.email, ...form });
    // realm-config/flows.yaml: 3 e-mails per address per hour; the fourth is held back.
    for (let request = 0; request < 4; request++) await askForReset({});
    await askForReset({ [EXTENSION_FORM_FIELDS.robotCheck]: "" });
    const newPassword = "Nouveau-jour-des-resultats-2026!";
    secrets.push(newPassword);
    const resetting = new CookieJar(shape!.cluster.url);
    const newPasswordPage = await resetting.follow(actionLink(await inbox().waitFor(forgetful.email)));
    await resetting.follow(loginAction(newPasswordPage.body), {
      form: { "password-new": newPassword, "password-confirm": newPassword },
    });

    const own = uai("M");
    const principal = await personIn(shape!, "principal", {
      password: PASSWORD,
      attributes: { etablissement: [own], principal: [own] },
      withApp: true,
    });
    const realmUrl = `${shape!.cluster.url}/realms/${shape!.realm}`;
    const { access_token: token } = await signIn(
      new CookieJar(shape!.cluster.url),
      shape!.realm,
      { clientId: "account-console", redirectUri: `${realmUrl}/account/` },
      { username: principal.email, password: PASSWORD, otp: () => nextCode(principal.app!, []) },
    );
    secrets.push(token);
    const establishment = (method: string, code: string, email: string) =>
      fetch(
        `${establishmentAccountsUrl(realmUrl, code)}${method === "DELETE" ? `?email=${encodeURIComponent(email)}` : ""}`,
        {
          method,
          headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
          body: method === "POST" ? JSON.stringify({ email }) : undefined,
        },
      );
    const colleague = uniqueEmail("colleague");
    expect((await establishment("POST", own, colleague)).status).toBe(204);
    expect((await establishment("DELETE", own, colleague)).status).toBe(204);
    expect((await establishment("POST", uai("N"), colleague)).status).toBe(403);
    expect((await establishment("DELETE", own, uniqueEmail("never-attached"))).status).toBe(404);

    const after = await read(queries);
    const moved = Object.fromEntries(
      Object.entries(after).map(([name, value]) => [name, value - before[name as keyof typeof before]]),
    );
    expect(moved).toEqual({
      signIns: 3,
      failedSignIns: 2,
      robotCheckedSignIns: 1,
      robotCheckedPasswordRequests: 1,
      resetEmailsSent: 3,
      resetEmailsFailed: 0,
      resetEmailsHeldBack: 1,
      credentialsChanged: 1,
      accountsCreated: 1,
      detached: 1,
      notPrincipal: 1,
      notAttached: 1,
    });
  });

  it("evaluates every alert rule and every query of the dashboard on the live nodes, which see each other", async () => {
    await prometheus!.scrapedAfterNow();
    for (const { where, expr } of dashboardQueries("1m"))
      expect(await prometheus!.query(expr).then(() => "evaluated", String), where).toBe("evaluated");
    const clusterSizes = await prometheus!.query('max by (instance) (vendor_cluster_size{job="keycloak"})');
    expect(clusterSizes.map((sample) => sample.value)).toEqual([2, 2]);
    const rules = await prometheus!.rules();
    expect(rules.length).toBeGreaterThan(0);
    for (const rule of rules) {
      expect({ rule: rule.name, health: rule.health, error: rule.lastError ?? "" }).toEqual({
        rule: rule.name,
        health: "ok",
        error: "",
      });
      expect(rule.state, `${rule.name}, on two healthy nodes`).not.toBe("firing");
    }
  });

  it("logs one JSON object per line on each node, with no password, token or secret", async () => {
    for (const node of shape!.cluster.nodes) {
      const log = await readFile(node.logFile!, "utf8");
      // kc.sh's own notice that the stack set the heap size (the image sets none) comes before Java.
      const lines = log.split("\n").filter((line) => line.trim() !== "" && !line.startsWith("JAVA_OPTS_KC_HEAP "));
      expect(lines.length).toBeGreaterThan(10);
      const notJson = lines.filter((line) => {
        try {
          return typeof JSON.parse(line) !== "object";
        } catch {
          return true;
        }
      });
      expect(notJson, node.logFile).toEqual([]);
      for (const secret of secrets) expect(log.includes(secret), `a secret in ${node.logFile}`).toBe(false);
    }
  });
});
