import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { parse, stringify } from "yaml";
import { describe, expect, it } from "vitest";
import { PORTAL_METRICS, prometheusCounter } from "@siec/contract";
import { dashboard, dashboardQueries } from "../../stack/supervision/dashboard";
import { supervisionDir as supervision } from "../../stack/supervision/prometheus";

/** No Prometheus runs here: promtool checks deploy/supervision's files, and these read them. */

interface Rule {
  alert?: string;
  record?: string;
  expr: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
}
const alerting = parse(readFileSync(path.join(supervision, "alertes.yml"), "utf8")) as {
  groups: { name: string; rules: Rule[] }[];
};
const alerts = alerting.groups.flatMap((group) => group.rules).filter((rule) => rule.alert);

interface AlertTest {
  alertname: string;
  exp_alerts?: unknown[];
}
const unitTests = parse(readFileSync(path.join(supervision, "alertes.test.yml"), "utf8")) as {
  tests: { name: string; alert_rule_test?: AlertTest[] }[];
};

const { title, schemaVersion, __inputs, panels } = dashboard();
const queries = dashboardQueries("5m");

/** Keycloak 26.7.3's names (and Prometheus's `up`) that the rules and the dashboard may read, as a live node shows them. */
const KEYCLOAK_METRICS = [
  "up",
  "keycloak_user_events_total",
  "http_server_requests_seconds_bucket",
  "http_server_requests_seconds_count",
  "http_server_requests_seconds_sum",
  "agroal_active_count",
  "agroal_available_count",
  "agroal_awaiting_count",
  "agroal_acquire_count_total",
  "agroal_creation_count_total",
  "agroal_invalid_count_total",
  "agroal_blocking_time_max_milliseconds",
  "jvm_memory_used_bytes",
  "jvm_memory_max_bytes",
  "jvm_gc_pause_seconds_sum",
  "process_cpu_usage",
  "process_start_time_seconds",
  "vendor_cluster_size",
];
const PORTAL_COUNTERS = Object.values(PORTAL_METRICS).map(prometheusCounter);

const execFileAsync = promisify(execFile);

/** promtool's output; a failure carries it whole, so that the test's message says what promtool said. */
async function promtool(...args: string[]): Promise<string> {
  try {
    const { stdout, stderr } = await execFileAsync("promtool", args, { cwd: supervision });
    return stdout + stderr;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") {
      throw new Error("promtool not found. Install prometheus: apt-get install prometheus (.ci/run does it)");
    }
    const { stdout = "", stderr = "" } = error as { stdout?: string; stderr?: string };
    throw new Error(`promtool ${args.join(" ")} failed:\n${stdout}${stderr}`);
  }
}

const PROMQL_WORDS = new Set(["and", "or", "unless", "bool", "offset", "by", "without", "on", "ignoring"]);

/** The metric names a PromQL expression reads: what is left once strings, matchers, ranges, label lists and calls are set aside. */
function metricNames(expr: string): string[] {
  const bare = expr
    .replace(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|`[^`]*`/g, '""')
    .replace(/\{[^}]*\}/g, " ")
    .replace(/\[[^\]]*\]/g, " ")
    .replace(/\b(?:by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)/g, " ")
    .replace(/\boffset\s+-?\w+/g, " ")
    .replace(/\$\w+/g, " ");
  const identifiers = [...bare.matchAll(/\b[a-zA-Z_:][\w:]*\b(?!\s*\()/g)].map((match) => match[0]);
  return [...new Set(identifiers.filter((name) => !PROMQL_WORDS.has(name)))];
}

/** Not a proof of French, a guard against an English sentence: French words, none of English's commonest. */
function looksFrench(text: string): boolean {
  const words = text.replace(/\{\{[^}]*\}\}/g, " ");
  return (
    /\b(le|la|les|de|des|du|une?|au|aux|est|sont|ne|pas|plus|depuis|sur|par|pour|aucun)\b/i.test(words) &&
    !/\b(the|is|are|has|have|was|with|than|down)\b/i.test(words)
  );
}

describe("deploy/supervision", () => {
  it("is a configuration promtool accepts, with the rules file beside it", async () => {
    const output = await promtool("check", "config", "prometheus.yml");
    expect(output).toContain("SUCCESS: 1 rule files found");
  });

  it("has alert rules promtool accepts", async () => {
    const output = await promtool("check", "rules", "alertes.yml");
    expect(output).toContain(`SUCCESS: ${alerts.length} rules found`);
  });

  it("passes its unit tests (alertes.test.yml), two of which replay a week minute by minute", async () => {
    expect(await promtool("test", "rules", "alertes.test.yml")).toContain("SUCCESS");
  }, 180_000);

  it("tries every alert both firing and silent", () => {
    const cases = unitTests.tests.flatMap((test) => test.alert_rule_test ?? []);
    for (const { alert } of alerts) {
      const own = cases.filter((test) => test.alertname === alert);
      expect(
        own.some((test) => (test.exp_alerts ?? []).length > 0),
        `${alert} firing`,
      ).toBe(true);
      expect(
        own.some((test) => (test.exp_alerts ?? []).length === 0),
        `${alert} silent`,
      ).toBe(true);
    }
  });

  it("gives every alert a severity (page or ticket) and a French summary and description", () => {
    expect(alerts.length).toBeGreaterThan(0);
    for (const { alert, labels, annotations } of alerts) {
      expect(["page", "ticket"], `${alert}: severity`).toContain(labels?.severity);
      for (const key of ["summary", "description"]) {
        const text = annotations?.[key] ?? "";
        expect(looksFrench(text), `${alert}: ${key} "${text}"`).toBe(true);
      }
    }
  });

  it("reads out of PromQL the metric names, not its functions, labels, strings or durations", () => {
    expect(
      metricNames(
        'sum by (le) (rate(a_bucket{uri=~"/realms/{realm}/x",le!="0.5"}[$__rate_interval])) > 4 * (sum(increase(b_total[1h] offset 1w)) or vector(0)) and on () time() - c',
      ),
    ).toEqual(["a_bucket", "b_total", "c"]);
  });

  it("reads only Keycloak's metrics and the portal's counters, named by the contract", () => {
    const known = new Set([...KEYCLOAK_METRICS, ...PORTAL_COUNTERS]);
    for (const { where, expr } of [...alerts.map((rule) => ({ where: rule.alert!, expr: rule.expr })), ...queries]) {
      const names = metricNames(expr);
      expect(names.length, `${where}: ${expr}`).toBeGreaterThan(0);
      for (const name of names) expect(known.has(name), `${where}: ${name}`).toBe(true);
    }
  });

  it("shows every portal counter on the dashboard", () => {
    const shown = new Set(queries.flatMap(({ expr }) => metricNames(expr)));
    for (const counter of PORTAL_COUNTERS) expect(shown.has(counter), counter).toBe(true);
  });

  it("has a dashboard whose every expression is PromQL promtool parses", async () => {
    const folder = mkdtempSync(path.join(tmpdir(), "siec-dashboard-"));
    try {
      const rules = queries.map(({ expr }, index) => ({
        record: `tableau_de_bord:requete_${index}`,
        expr,
      }));
      writeFileSync(path.join(folder, "dashboard.yml"), stringify({ groups: [{ name: "tableau-de-bord", rules }] }));
      const output = await promtool("check", "rules", path.join(folder, "dashboard.yml"));
      expect(output).toContain(`SUCCESS: ${queries.length} rules found`);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it("has a dashboard Grafana imports with its Prometheus chosen at import", () => {
    expect(title).toBe("Portail SIEC — authentification");
    expect(schemaVersion).toBeGreaterThanOrEqual(39);
    expect(__inputs).toEqual([
      expect.objectContaining({ name: "DS_PROMETHEUS", type: "datasource", pluginId: "prometheus" }),
    ]);
    for (const panel of panels.filter((panel) => panel.type !== "row")) {
      expect(panel.datasource?.uid, panel.title).toBe("${DS_PROMETHEUS}");
      expect(panel.targets?.length, panel.title).toBeGreaterThan(0);
      for (const target of panel.targets ?? []) expect(target.datasource?.uid, panel.title).toBe("${DS_PROMETHEUS}");
    }
    expect(new Set(panels.map((panel) => panel.id)).size).toBe(panels.length);
  });
});
