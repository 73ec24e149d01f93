/**
 * The siec sign-in page against Keycloak's own keycloak.v2 page, served by the same Keycloak in
 * the same run, on a first visit: bytes transferred, requests, Lighthouse performance and
 * accessibility. Then "Mon compte", the account space: the scripts and stylesheets its first page
 * (Mes informations) downloads, compressed as served. Themes are cached and gzipped as in
 * production (`start` does that by default; `start-dev` needs the two theme options below).
 *
 *   npx tsx bench/theme-sign-in.ts      (or npm run bench:theme)
 *
 * BENCH_PROVIDER_JARS=<dir> serves the siec-theme.jar and siec-extension.jar of that folder instead
 * of this checkout's (e.g. another commit's build, in a git worktree), to compare two builds with
 * the same measure.
 */
import { resolve } from "node:path";
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

/** A person of the realm, with a password: who signs in to the account space. */
const accountHolder = { email: "bench.compte@siec.test", password: "Bench-Mot2passe!" };

/**
 * The account space's first page, Mes informations, after signing in: every script and stylesheet
 * it downloads, once each, compressed as served, in a browser whose cache is empty as on a first
 * visit. The page loads twice (keycloak-js's sign-in round trip leaves it and comes back, and a
 * request cut by leaving, or then taken from the cache, reports no size): each file counts with the
 * size of its complete download. `lazy`
 * is the part the sign-in page does not load: the account space's own chunks.
 */
async function accountFirstLoad(
  keycloakUrl: string,
  realm: string,
  signInPageFiles: Set<string>,
): Promise<{ all: Transfer[]; lazy: Transfer[] }> {
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ locale: "fr-FR" });
    const accountUrl = `${keycloakUrl}/realms/${realm}/account/`;
    const signInPage = await context.newPage();
    await signInPage.goto(accountUrl);
    await signInPage.fill("#username", accountHolder.email);
    await signInPage.fill("#password", accountHolder.password);
    await signInPage.getByRole("button", { name: "Se connecter", exact: true }).click();
    await signInPage.locator("main input[name=firstName]").waitFor();
    await signInPage.close();

    // A browser with the person's session and an empty cache.
    const page = await (
      await browser.newContext({ locale: "fr-FR", storageState: await context.storageState() })
    ).newPage();
    const downloads: Promise<Transfer>[] = [];
    page.on("requestfinished", (request) => {
      if (!["script", "stylesheet"].includes(request.resourceType())) return;
      const url = request.url().split("?")[0]!;
      downloads.push(
        request.sizes().then(
          (sizes) => ({
            url,
            bytes: sizes.responseBodySize > 0 ? sizes.responseBodySize + sizes.responseHeadersSize : 0,
          }),
          () => ({ url, bytes: 0 }),
        ),
      );
    });
    await page.goto(accountUrl, { waitUntil: "networkidle" });
    await page.locator("main input[name=firstName]").waitFor();
    await page.waitForLoadState("networkidle");
    const largest = new Map<string, number>();
    for (const { url, bytes } of await Promise.all(downloads)) largest.set(url, Math.max(bytes, largest.get(url) ?? 0));
    const all = [...largest].map(([url, bytes]) => ({ url, bytes }));
    return { all, lazy: all.filter(({ url }) => !signInPageFiles.has(url)) };
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
const jarsDir = process.env.BENCH_PROVIDER_JARS;
const keycloak = await startBenchKeycloak({
  extraOptions: [
    "--spi-theme--cache-themes=true",
    "--spi-theme--cache-templates=true",
    "--spi-theme--static-max-age=2592000",
  ],
  ...(jarsDir !== undefined && {
    providerJars: ["siec-theme.jar", "siec-extension.jar"].map((jar) => resolve(jarsDir, jar)),
  }),
});
try {
  const admin = await signedInAdmin(keycloak.url, keycloak.admin);
  const figures = {} as Record<(typeof themes)[number], Figures>;
  let siecTransfers: Transfer[] = [];
  let siecOnFocus: Transfer[] = [];
  for (const loginTheme of themes) {
    const realm = `bench-${loginTheme.replace(".", "-")}`;
    await createThemeRealm(admin, realm, { loginTheme, accountTheme: loginTheme, clients: [app] });
    // Made after the realm, so that it has the realm's default roles (the Account REST API's).
    await admin.users.create({
      realm,
      username: accountHolder.email,
      email: accountHolder.email,
      emailVerified: true,
      firstName: "Camille",
      lastName: "Martin",
      enabled: true,
      credentials: [{ type: "password", value: accountHolder.password, temporary: false }],
    });
    const url = appSignInUrl(keycloak.url, realm, app);
    await firstVisit(url); // Keycloak compresses and caches each theme file on its first request
    const { visit: transfers, onFocus } = await firstVisit(url);
    if (loginTheme === "siec") [siecTransfers, siecOnFocus] = [transfers, onFocus];
    const bytes = transfers.reduce((total, transfer) => total + transfer.bytes, 0);
    figures[loginTheme] = { bytes, requests: transfers.length, ...(await medianLighthouseScores(url)) };
  }
  const signInPageFiles = new Set(siecTransfers.map(({ url }) => url.split("?")[0]!));
  const account = await accountFirstLoad(keycloak.url, "bench-siec", signInPageFiles);
  console.log(`\nKeycloak ${keycloak.url}, same server, same run${jarsDir ? `, the jars of ${jarsDir}` : ""}:\n`);
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
  const total = (transfers: Transfer[]) => transfers.reduce((sum, transfer) => sum + transfer.bytes, 0);
  printTable("Account space, first page (Mes informations), scripts and stylesheets, compressed as served", [
    ["part", "bytes", "files"],
    ["all it downloads", `${(total(account.all) / 1000).toFixed(1)} kB`, String(account.all.length)],
    ["lazy: not on the sign-in page", `${(total(account.lazy) / 1000).toFixed(1)} kB`, String(account.lazy.length)],
  ]);
  for (const { url, bytes } of account.lazy.sort((a, b) => b.bytes - a.bytes)) {
    console.log(`  ${(bytes / 1000).toFixed(1).padStart(6)} kB  ${new URL(url).pathname.split("/").pop()}`);
  }
} finally {
  await keycloak.stop();
}
