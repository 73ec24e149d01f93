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
import { launchChromium } from "../tests/support/browser";
import { printTable, startBenchKeycloak } from "./support/keycloak";
import { appSignInUrl, brandedClient, createThemeRealm, signedInAdmin } from "../tests/support/theme-realm";

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

/** What a first visit downloads, then what the first focus in the form adds (the robot check's solver). */
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
    await page.locator("#password").focus();
    await page.waitForLoadState("networkidle");
    await page.waitForTimeout(500);
    return { visit, onFocus: await Promise.all(finished) };
  } finally {
    await browser.close();
  }
}

async function lighthouseScores(url: string): Promise<Pick<Figures, "performance" | "accessibility"> & Metrics> {
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

function printComparison(figures: Record<(typeof themes)[number], Figures>): void {
  const [siec, baseline] = [figures.siec, figures["keycloak.v2"]];
  const row = (label: string, pick: (f: Figures) => number, format: (n: number) => string) => [
    label,
    format(pick(siec)),
    format(pick(baseline)),
    pick(baseline) === 0 ? "—" : (pick(siec) / pick(baseline)).toFixed(2),
  ];
  const kilobytes = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
  printTable("First visit of the sign-in page", [
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
    figures[loginTheme] = { bytes, requests: transfers.length, ...(await lighthouseScores(url)) };
  }
  console.log(`\nKeycloak ${keycloak.url}, same server, same run:\n`);
  printComparison(figures);
  console.log("\nsiec, largest transfers:");
  for (const { url, bytes } of siecTransfers.sort((a, b) => b.bytes - a.bytes).slice(0, 8)) {
    console.log(`  ${(bytes / 1000).toFixed(1).padStart(6)} kB  ${new URL(url).pathname.split("/").pop()}`);
  }
  // "Je ne suis pas un robot": its solver's chunk and its challenge come with the first focus in the form.
  const robotBytes = siecOnFocus.reduce((total, transfer) => total + transfer.bytes, 0);
  console.log(
    `\nrobot check, at the first focus in the form: ${(robotBytes / 1000).toFixed(1)} kB in ${siecOnFocus.length} ` +
      `requests (${siecOnFocus.map(({ url }) => new URL(url).pathname.split("/").pop()).join(", ")}), ` +
      `${((100 * robotBytes) / figures.siec.bytes).toFixed(1)} % of the first visit`,
  );
} finally {
  await keycloak.stop();
}
