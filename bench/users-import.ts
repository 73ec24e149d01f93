/**
 * Bulk import: 10,000 generated accounts into a real Keycloak with `users import`, run as the CLI
 * runs (a child process, whose peak memory is reported), then the same file again (no change).
 * Before them, `users import --dry-run` of the file: reading it and the directory, and checking
 * every row with the realm's user profile, the cost of validation.
 * Baseline in the same run: the naive import, one create request per account, in sequence, timed
 * on the first 1,000 accounts of another file. Measured twice in one run: on H2 in dev mode
 * (dev-mem, start-dev), then on a real PostgreSQL in production mode (start), with the ratio.
 * Aims on PostgreSQL: 10,000 accounts under 30 s, at least 10x the naive import.
 *
 *   npm run bench:users
 */
import { spawn } from "node:child_process";
import { applyFolder } from "@siec/admin-scripts";
import { repoRoot } from "../stack/paths";
import { realmConfigDir } from "../stack/realm";
import { accountsFile, generatedAccounts } from "../testing/accounts-files";
import { printTable, startBenchKeycloak, timed, type BenchKeycloakOptions } from "./support/keycloak";

const ACCOUNTS = 10_000;
const NAIVE_SAMPLE = 1_000;

interface Figures {
  label: string;
  dryRunMs: number;
  firstMs: number;
  rerunMs: number;
  naiveMs: number;
  peakKb: number;
  rate: number;
  naiveRate: number;
}

/** The import, its re-run and the naive baseline on a Keycloak of its own. */
async function measureOn(options: BenchKeycloakOptions): Promise<Figures> {
  const server = await startBenchKeycloak(options);
  try {
    const { connection } = await applyFolder({
      directory: realmConfigDir,
      environment: {},
      url: server.url,
      credentials: { kind: "admin", ...server.admin },
    });
    const realm = connection.realm;

    const file = await accountsFile(generatedAccounts(ACCOUNTS, "bench"));
    const environment = {
      ...process.env,
      KEYCLOAK_URL: server.url,
      KEYCLOAK_ADMIN: server.admin.username,
      KEYCLOAK_ADMIN_PASSWORD: server.admin.password,
    };
    const dryRun = await timed(() => runImport(file, environment, ["--dry-run"]));
    const first = await timed(() => runImport(file, environment));
    const rerun = await timed(() => runImport(file, environment));

    const naive = await timed(async () => {
      for (let index = 0; index < NAIVE_SAMPLE; index++) {
        const email = `naive.${index}@example.org`;
        await connection.api.users.create({
          realm,
          username: email,
          email,
          firstName: "Prénom",
          lastName: "Nom",
          enabled: true,
          attributes: { etablissement: ["0751234A"] },
          groups: ["/dexco"],
        });
      }
    });

    const figures: Figures = {
      label: server.label,
      dryRunMs: dryRun.ms,
      firstMs: first.ms,
      rerunMs: rerun.ms,
      naiveMs: naive.ms,
      peakKb: Math.max(dryRun.result, first.result, rerun.result),
      rate: (ACCOUNTS / first.ms) * 1000,
      naiveRate: (NAIVE_SAMPLE / naive.ms) * 1000,
    };
    const { rate, naiveRate } = figures;
    printTable(`users import of ${ACCOUNTS} accounts on Keycloak ${server.runtime}, ${server.label}`, [
      ["measure", "value", "baseline", "ratio"],
      [
        "accounts per second",
        rate.toFixed(0),
        `${naiveRate.toFixed(0)} (naive, one request each)`,
        `${(rate / naiveRate).toFixed(1)}x`,
      ],
      [
        `time for ${ACCOUNTS}`,
        `${(first.ms / 1000).toFixed(1)} s`,
        `${(ACCOUNTS / naiveRate).toFixed(0)} s (naive, extrapolated)`,
        "",
      ],
      ["re-run, nothing changed", `${(rerun.ms / 1000).toFixed(1)} s`, "", ""],
      [`dry run of ${ACCOUNTS} (rows checked with the user profile)`, `${(dryRun.ms / 1000).toFixed(1)} s`, "", ""],
      ["CLI peak memory", `${(figures.peakKb / 1024).toFixed(0)} MB`, "", ""],
    ]);
    const limit = server.postgres ? 30_000 : 60_000;
    console.log(
      `Aims: 10x the naive rate (${rate / naiveRate >= 10 ? "met" : "missed"}), ${ACCOUNTS} in under ${limit / 1000} s (${first.ms < limit ? "met" : "missed"}), ` +
        `re-run under 10 s (${rerun.ms < 10_000 ? "met" : "missed"}), under 200 MB (${figures.peakKb < 200 * 1024 ? "met" : "missed"}).`,
    );
    return figures;
  } finally {
    await server.stop();
  }
}

const h2 = await measureOn({ database: "h2" });
const postgres = await measureOn({ database: "postgres", command: "start" });
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
printTable(`Same run: ${postgres.label} against ${h2.label}`, [
  ["measure", "H2", "PostgreSQL", "PostgreSQL / H2"],
  ["accounts per second", h2.rate.toFixed(0), postgres.rate.toFixed(0), (postgres.rate / h2.rate).toFixed(2)],
  [`time for ${ACCOUNTS}`, seconds(h2.firstMs), seconds(postgres.firstMs), (postgres.firstMs / h2.firstMs).toFixed(2)],
  [
    "re-run, nothing changed",
    seconds(h2.rerunMs),
    seconds(postgres.rerunMs),
    (postgres.rerunMs / h2.rerunMs).toFixed(2),
  ],
  [
    `dry run of ${ACCOUNTS}`,
    seconds(h2.dryRunMs),
    seconds(postgres.dryRunMs),
    (postgres.dryRunMs / h2.dryRunMs).toFixed(2),
  ],
  [
    "naive accounts per second",
    h2.naiveRate.toFixed(0),
    postgres.naiveRate.toFixed(0),
    (postgres.naiveRate / h2.naiveRate).toFixed(2),
  ],
  [
    "import / naive",
    `${(h2.rate / h2.naiveRate).toFixed(1)}x`,
    `${(postgres.rate / postgres.naiveRate).toFixed(1)}x`,
    "",
  ],
]);

/** Runs `users import` in a child process, as an operator would; resolves to its peak memory in kB. */
function runImport(file: string, environment: NodeJS.ProcessEnv, options: string[] = []): Promise<number> {
  const argv = ["--config", realmConfigDir, "users", "import", file, ...options];
  const script = `
    const { runCli } = await import("@siec/admin-scripts");
    const code = await runCli(${JSON.stringify(argv)});
    process.stderr.write("peak-rss-kb " + process.resourceUsage().maxRSS + "\\n");
    process.exit(code);
  `;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], {
      cwd: repoRoot,
      env: environment,
      stdio: ["ignore", "inherit", "pipe"],
    });
    let peak = 0;
    child.stderr.on("data", (data: Buffer) => {
      const match = /peak-rss-kb (\d+)/.exec(data.toString());
      if (match) peak = Number(match[1]);
    });
    child.once("exit", (code) => (code === 0 ? resolve(peak) : reject(new Error(`users import exited with ${code}`))));
  });
}
