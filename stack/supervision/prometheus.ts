import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { parse, stringify } from "yaml";
import { runCommand } from "../commands";
import { StackError } from "../errors";
import { cacheDir, repoRoot } from "../paths";
import { assertPortFree } from "../ports";
import { startSupervised, untilReady } from "../supervised-process";

export const supervisionDir = path.join(repoRoot, "deploy", "supervision");
const PROMETHEUS_HINT = "Install Prometheus: `apt-get install prometheus` (Debian, Ubuntu; .ci/run does it).";

/** One series of an instant query: its labels and its value. */
export interface Sample {
  metric: Record<string, string>;
  value: number;
}

/** A real Prometheus, on 127.0.0.1 only. */
export interface Prometheus {
  url: string;
  /** An instant query's series; a query Prometheus refuses throws with its error. */
  query(expression: string): Promise<Sample[]>;
  /** The rules loaded, once each was evaluated: their name, health and state (an alert's: inactive, pending, firing). */
  rules(): Promise<{ name: string; health: string; lastError?: string; state?: string }[]>;
  /** Resolves once every target has been scraped after now, so that a query sees what happened before. */
  scrapedAfterNow(): Promise<void>;
  stop(): Promise<void>;
}

interface ScrapeConfig {
  job_name: string;
  static_configs: { targets: string[] }[];
}

interface PrometheusConfig {
  global: { scrape_interval: string; evaluation_interval: string };
  rule_files: string[];
  scrape_configs: ScrapeConfig[];
}

/**
 * deploy/supervision/prometheus.yml as production runs it, with the `keycloak` job's targets
 * replaced by `targets` (`host:port` of each node's management port), its rule files by their
 * paths, and the scrape interval `scrapeInterval` when given.
 */
export async function prometheusConfigFor(targets: string[], scrapeInterval?: string): Promise<PrometheusConfig> {
  const config = parse(await readFile(path.join(supervisionDir, "prometheus.yml"), "utf8")) as PrometheusConfig;
  const keycloak = config.scrape_configs.find((job) => job.job_name === "keycloak");
  if (!keycloak) throw new StackError("deploy/supervision/prometheus.yml has no `keycloak` job.", "Put it back.");
  keycloak.static_configs = [{ targets }];
  config.rule_files = config.rule_files.map((file) => path.resolve(supervisionDir, file));
  if (scrapeInterval) config.global = { scrape_interval: scrapeInterval, evaluation_interval: scrapeInterval };
  return config;
}

/** Debian's `prometheus` on 127.0.0.1:`port`, its data in .cache/prometheus/<instance> (made anew). */
export async function startPrometheus(options: {
  instance: string;
  port: number;
  targets: string[];
  scrapeInterval?: string;
}): Promise<Prometheus> {
  await runCommand("prometheus", ["--version"], { installHint: PROMETHEUS_HINT });
  await assertPortFree(options.port, "Prometheus", "PROMETHEUS_PORT");
  const dir = path.join(cacheDir, "prometheus", options.instance);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const configFile = path.join(dir, "prometheus.yml");
  await writeFile(configFile, stringify(await prometheusConfigFor(options.targets, options.scrapeInterval)));
  const logFile = path.join(dir, "prometheus.log");
  const url = `http://127.0.0.1:${options.port}`;
  const server = startSupervised(
    "prometheus",
    [
      `--config.file=${configFile}`,
      `--storage.tsdb.path=${path.join(dir, "data")}`,
      `--web.listen-address=127.0.0.1:${options.port}`,
    ],
    { cwd: dir, env: process.env, logFile },
  );

  const api = async <T>(endpoint: string): Promise<T> => {
    const answer = (await (await fetch(`${url}/api/v1/${endpoint}`)).json()) as {
      status: string;
      data: T;
      error?: string;
    };
    if (answer.status !== "success") throw new Error(`Prometheus refused ${endpoint}: ${answer.error}`);
    return answer.data;
  };
  await untilReady(server, {
    name: "Prometheus",
    logFile,
    timeoutMs: 30_000,
    ready: () =>
      fetch(`${url}/-/ready`).then(
        (response) => response.ok,
        () => false,
      ),
  });

  const query = async (expression: string): Promise<Sample[]> => {
    const data = await api<{ result: { metric: Record<string, string>; value: [number, string] }[] }>(
      `query?query=${encodeURIComponent(expression)}`,
    );
    return data.result.map(({ metric, value }) => ({ metric, value: Number(value[1]) }));
  };

  type Rule = { name: string; health: string; lastError?: string; state?: string };
  const rules = async (): Promise<Rule[]> => {
    const deadline = Date.now() + 60_000;
    for (;;) {
      const { groups } = await api<{ groups: { rules: Rule[] }[] }>("rules");
      const loaded = groups.flatMap((group) => group.rules);
      if (loaded.every((rule) => rule.health !== "unknown") || Date.now() > deadline) return loaded;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  };

  return {
    url,
    query,
    rules,
    async scrapedAfterNow() {
      // `up` is written after the samples of its scrape: its time says what a query sees.
      const now = Date.now() / 1000;
      const deadline = Date.now() + 60_000;
      for (;;) {
        const scraped = await query(`timestamp(up{job="keycloak"}) > ${now}`);
        if (scraped.length === options.targets.length) return;
        if (Date.now() > deadline)
          throw new Error(`Prometheus scraped ${scraped.length} of ${options.targets.join(", ")} in 60 s`);
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    },
    stop: () => server.stop(),
  };
}
