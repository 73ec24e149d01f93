/**
 * The siec sign-in page against Keycloak's own keycloak.v2 page, served by the same Keycloak in
 * the same run, on a first visit: bytes transferred, requests, Lighthouse performance and
 * accessibility. Themes are cached and gzipped as in production (`start` does that by default;
 * `start-dev` needs the two theme options below).
 *
 *   npx tsx bench/theme-sign-in.ts      (or npm run bench:theme)
 */
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { launchChromium } from "../testing/browser";
import { printTable, startBenchKeycloak } from "./support/keycloak";
import { appSignInUrl, brandedClient, createThemeRealm, signedInAdmin } from "../testing/theme-realm";

const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const app = brandedClient(
  "dexco",
  "DEXCO",
  "Plateforme de dématérialisation des dossiers candidat.",
  "http://dexco.test",
);
const themes = ["siec", "keycloak.v2"] as const;

type Figures = { bytes: number; requests: number; performance: number; accessibility: number } & Metrics;
/** Lighthouse's simulated mobile timings, in ms. */
type Metrics = { fcp: number; lcp: number; tbt: number };
type Transfer = { url: string; bytes: number };
type Scores = Pick<Figures, "performance" | "accessibility"> & Metrics;

/** What a first visit downloads, then what the first gesture in the form adds (the robot check's solver). */
async function firstVisit(url: string): Promise<{ visit: Transfer[]; onFocus: Transfer[] }> {
  const browser = await launchChromium();
  try {
    const page = await (await browser.newContext({ locale: "fr-FR" })).newPage();
    let finished: Promise<Transfer>[] = [];
    page.on("requestfinished", (request) =>
      finished.push(
        request.sizes().then((sizes) => ({
          url: request.url(),
          bytes: sizes.responseBodySize + sizes.responseHeadersSize,
        })),
      ),
    );
    await page.goto(url, { waitUntil: "networkidle" });
    const visit = await Promise.all(finished);
    finished = [];
    await page.locator("#password").click();
    await page.waitForLoadState("networkidle");
    await page.waitForTimeout(500);
    return { visit, onFocus: await Promise.all(finished) };
  } finally {
    await browser.close();
  }
}

/** Lighthouse's runs of each page: its simulated timings vary from run to run, the median much less. */
const LIGHTHOUSE_RUNS = 3;

/** The median of each score and timing over LIGHTHOUSE_RUNS runs. */
async function medianLighthouseScores(url: string): Promise<Scores> {
  const runs: Scores[] = [];
  for (let run = 0; run < LIGHTHOUSE_RUNS; run++) runs.push(await lighthouseScores(url));
  const median = (pick: (scores: Scores) => number) =>
    runs.map(pick).sort((a, b) => a - b)[Math.floor(runs.length / 2)]!;
  return {
    performance: median((r) => r.performance),
    accessibility: median((r) => r.accessibility),
    fcp: median((r) => r.fcp),
    lcp: median((r) => r.lcp),
    tbt: median((r) => r.tbt),
  };
}

async function lighthouseScores(url: string): Promise<Scores> {
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath,
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--lang=fr-FR"],
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      onlyCategories: ["performance", "accessibility"],
    });
    const { categories, audits } = result!.lhr;
    const timing = (audit: string) => Math.round(audits[audit]?.numericValue ?? Number.NaN);
    return {
      performance: Math.round((categories.performance!.score ?? 0) * 100),
      accessibility: Math.round((categories.accessibility!.score ?? 0) * 100),
      fcp: timing("first-contentful-paint"),
      lcp: timing("largest-contentful-paint"),
      tbt: timing("total-blocking-time"),
    };
  } finally {
    chrome.kill();
  }
}

/** The aims of the first visit (issue 22), each with whether this run meets it. */
function printAims(figures: Record<(typeof themes)[number], Figures>): void {
  const [siec, baseline] = [figures.siec, figures["keycloak.v2"]];
  const aim = (met: boolean) => (met ? "met" : "missed");
  printTable("Aims", [
    ["aim", "siec", "status"],
    ["bytes transferred ≤ 150 kB", `${(siec.bytes / 1000).toFixed(1)} kB`, aim(siec.bytes <= 150_000)],
    ["bytes ≤ 0.5 × keycloak.v2", (siec.bytes / baseline.bytes).toFixed(2), aim(siec.bytes <= 0.5 * baseline.bytes)],
    ["Lighthouse performance ≥ 95", siec.performance, aim(siec.performance >= 95)],
    ["total blocking time ≤ keycloak.v2's", `${siec.tbt} ms (v2 ${baseline.tbt} ms)`, aim(siec.tbt <= baseline.tbt)],
  ]);
}

function printComparison(figures: Record<(typeof themes)[number], Figures>): void {
  const [siec, baseline] = [figures.siec, figures["keycloak.v2"]];
  const row = (label: string, pick: (f: Figures) => number, format: (n: number) => string) => [
    label,
    format(pick(siec)),
    format(pick(baseline)),
    pick(baseline) === 0 ? "—" : (pick(siec) / pick(baseline)).toFixed(2),
  ];
  const kilobytes = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
  printTable(`First visit of the sign-in page (Lighthouse: mobile, median of ${LIGHTHOUSE_RUNS} runs)`, [
    ["measure", "siec", "keycloak.v2", "siec / v2"],
    row("bytes transferred", (f) => f.bytes, kilobytes),
    row("requests", (f) => f.requests, String),
    row("Lighthouse performance", (f) => f.performance, String),
    row(
      "  first contentful paint",
      (f) => f.fcp,
      (ms) => `${ms} ms`,
    ),
    row(
      "  largest contentful paint",
      (f) => f.lcp,
      (ms) => `${ms} ms`,
    ),
    row(
      "  total blocking time",
      (f) => f.tbt,
      (ms) => `${ms} ms`,
    ),
    row("Lighthouse accessibility", (f) => f.accessibility, String),
  ]);
}

// Theme caching as in production: `start-dev` turns it off.
const keycloak = await startBenchKeycloak([
  "--spi-theme--cache-themes=true",
  "--spi-theme--cache-templates=true",
  "--spi-theme--static-max-age=2592000",
]);
try {
  const admin = await signedInAdmin(keycloak.url, keycloak.admin);
  const figures = {} as Record<(typeof themes)[number], Figures>;
  let siecTransfers: Transfer[] = [];
  let siecOnFocus: Transfer[] = [];
  for (const loginTheme of themes) {
    const realm = `bench-${loginTheme.replace(".", "-")}`;
    await createThemeRealm(admin, realm, { loginTheme, clients: [app] });
    const url = appSignInUrl(keycloak.url, realm, app);
    await firstVisit(url); // Keycloak compresses and caches each theme file on its first request
    const { visit: transfers, onFocus } = await firstVisit(url);
    if (loginTheme === "siec") [siecTransfers, siecOnFocus] = [transfers, onFocus];
    const bytes = transfers.reduce((total, transfer) => total + transfer.bytes, 0);
    figures[loginTheme] = { bytes, requests: transfers.length, ...(await medianLighthouseScores(url)) };
  }
  console.log(`\nKeycloak ${keycloak.url}, same server, same run:\n`);
  printComparison(figures);
  printAims(figures);
  console.log("\nsiec, largest transfers:");
  for (const { url, bytes } of siecTransfers.sort((a, b) => b.bytes - a.bytes).slice(0, 8)) {
    console.log(`  ${(bytes / 1000).toFixed(1).padStart(6)} kB  ${new URL(url).pathname.split("/").pop()}`);
  }
  // "Je ne suis pas un robot": its solver's chunk and its challenge come with the first focus in the form.
  const robotBytes = siecOnFocus.reduce((total, transfer) => total + transfer.bytes, 0);
  console.log(
    `\nrobot check, at the first gesture in the form: ${(robotBytes / 1000).toFixed(1)} kB in ${siecOnFocus.length} ` +
      `requests (${siecOnFocus.map(({ url }) => new URL(url).pathname.split("/").pop()).join(", ")}), ` +
      `${((100 * robotBytes) / figures.siec.bytes).toFixed(1)} % of the first visit`,
  );
} finally {
  await keycloak.stop();
}
