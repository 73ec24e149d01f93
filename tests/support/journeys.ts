/**
 * What the journeys share: the example app started as DPECothèque and DEXCO on the ports the global
 * setup gave realm-config, accounts imported by the operator CLI, a step helper that screenshots
 * each screen (and runs axe-core when asked), and the few gestures every journey repeats.
 */
import { mkdir, readFile, rm } from "node:fs/promises";
import path from "node:path";
import type { Browser, BrowserContext, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, expect } from "vitest";
import { startExampleApp } from "../../stack/example-app";
import { repoRoot } from "../../stack/paths";
import { realmConfigDir } from "../../stack/realm";
import { HEADER, accountsFile } from "../../testing/accounts-files";
import { axeViolations, launchChromium, type AxeViolation } from "../../testing/browser";
import { givenAuthenticatorApp } from "./authenticator-app";
import { adminClient, testStack, uniqueEmail } from "./keycloak";
import { runCliOnTestStack } from "./realm-config";
import { SIGN_IN_TITLE } from "./wording";

export type AppName = "dpecotheque" | "dexco";

/** The two SIEC apps of the journeys, as the example app plays them on the setup's ports. */
async function startApps(
  names: AppName[] = ["dpecotheque"],
): Promise<{ urls: Record<AppName, string>; stop(): Promise<void> }> {
  const { keycloakUrl, realm, apps } = testStack();
  const started = await Promise.all(
    names.map((clientId) =>
      startExampleApp({ port: Number(new URL(apps[clientId]).port), keycloakUrl, realm, clientId }),
    ),
  );
  return {
    urls: apps,
    stop: async () => {
      await Promise.all(started.map((app) => app.stop()));
    },
  };
}

/**
 * What every journey file runs on: one Chromium and the example app playing `apps`, started
 * before the file's tests (with the journeys' screenshot folders emptied) and stopped after them.
 */
export function journeyStage(
  apps: AppName[],
  journeys: Journey[],
): { browser: Browser; apps: Awaited<ReturnType<typeof startApps>> } {
  const stage = {} as ReturnType<typeof journeyStage>;
  beforeAll(async () => {
    [stage.browser, stage.apps] = await Promise.all([
      launchChromium(),
      startApps(apps),
      ...journeys.map((journey) => journey.reset()),
    ]);
  });
  afterAll(async () => {
    await stage.browser?.close();
    await stage.apps?.stop();
  });
  return stage;
}

export interface Account {
  email: string;
  lastName: string;
  firstName: string;
  etablissements: string[];
  applications: AppName[];
}

/** A new account of the siec realm, for one test. */
export function newAccount(email: string, overrides: Partial<Account> = {}): Account {
  return {
    email,
    lastName: "Durand",
    firstName: "Camille",
    etablissements: ["0751234A", "0932345B"],
    applications: ["dpecotheque", "dexco"],
    ...overrides,
  };
}

/**
 * What an operator does: writes the accounts file and runs `users import` on the siec realm
 * (realm-config/ as is), with the admin credentials of the run's Keycloak. Returns the CLI's exit
 * code and what it printed.
 */
export async function importAccounts(
  accounts: Account[],
  ...options: string[]
): Promise<{ code: number; output: string }> {
  const rows = accounts.map((account) =>
    [
      account.email,
      account.lastName,
      account.firstName,
      account.etablissements.join(","),
      account.applications.join(","),
    ].join(";"),
  );
  const file = await accountsFile(`${HEADER}\n${rows.join("\n")}\n`);
  return runCliOnTestStack(["--config", realmConfigDir, "users", "import", file, ...options]);
}

/** The temporary password `users import --temporary-password --passwords-file <file>` wrote for `email`. */
export async function temporaryPasswordOf(passwordsFile: string, email: string): Promise<string> {
  const row = (await readFile(passwordsFile, "utf8")).split("\n").find((line) => line.startsWith(`${email};`));
  if (!row) throw new Error(`No row for ${email} in ${passwordsFile}`);
  return row.split(";")[3]!;
}

/**
 * One journey's record: each step takes a screenshot into test-results/journeys/<journey>/, and,
 * when the journey checks accessibility, runs axe-core (WCAG 2.1 A and AA) on the page as it is.
 */
export class Journey {
  private count = 0;
  readonly directory: string;
  /** Every axe-core violation met, by step: the journey asserts this stays empty. */
  readonly violations: { step: string; url: string; violations: AxeViolation[] }[] = [];

  constructor(
    name: string,
    private readonly options: { axe?: boolean } = {},
  ) {
    this.directory = path.join(repoRoot, "test-results", "journeys", name);
  }

  async reset(): Promise<void> {
    await rm(this.directory, { recursive: true, force: true });
    await mkdir(this.directory, { recursive: true });
  }

  /** Records the screen once it shows `ready` (a heading, a message…). */
  async step(page: Page, label: string, ready?: Locator): Promise<void> {
    const name = `${String(++this.count).padStart(2, "0")}-${label.replace(/[^\p{L}\p{N}]+/gu, "-").toLowerCase()}`;
    if (ready) {
      try {
        await ready.first().waitFor();
      } catch (error) {
        // What the screen showed instead, for whoever reads the failure.
        await page
          .screenshot({ path: path.join(this.directory, `${name}-FAILED.png`), fullPage: true })
          .catch(() => {});
        throw new Error(
          `Step ${name}: ${(error as Error).message}\nThe page (${page.url()}) showed: ${(
            await page
              .locator("body")
              .innerText()
              .catch(() => "?")
          )
            .replace(/\s+/g, " ")
            .slice(0, 600)}`,
        );
      }
    }
    await page.screenshot({ path: path.join(this.directory, `${name}.png`), fullPage: true });
    if (this.options.axe) {
      const violations = await axeViolations(page);
      if (violations.length > 0) this.violations.push({ step: name, url: page.url(), violations });
    }
  }
}

/** A fresh browser profile, in French, as a person opening the app. */
export async function newPerson(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ locale: "fr-FR" });
  return { context, page: await context.newPage() };
}

/** An active account (see activeAccount) and a fresh browser profile for its owner. */
export async function newActivePerson(
  browser: Browser,
  label: string,
): Promise<{ account: Account; context: BrowserContext; page: Page }> {
  const account = await activeAccount(label);
  return { account, ...(await newPerson(browser)) };
}

/**
 * Opens "Mon compte" at `section` and signs in there with VALID_PASSWORD, `journey` (if given)
 * recording the sign-in page.
 */
export async function signInToAccountSpace(
  page: Page,
  email: string,
  { section = "", journey, otp }: { section?: string; journey?: Journey; otp?: () => Promise<string> } = {},
): Promise<void> {
  const { keycloakUrl, realm } = testStack();
  await page.goto(`${keycloakUrl}/realms/${realm}/account/${section}`);
  const signInPage = portalPage(page, SIGN_IN_TITLE);
  await (journey ? journey.step(page, "connexion", signInPage) : signInPage.waitFor());
  await signIn(page, email, VALID_PASSWORD, otp);
}

/** The example app's heading for a signed-in person. */
export function signedIn(page: Page): Locator {
  return page.getByRole("heading", { name: "Vous êtes connecté" });
}

/** The app's heading once it has checked the portal session. */
export function appReady(page: Page): Locator {
  return signedIn(page).or(page.getByRole("button", { name: "Se connecter", exact: true }));
}

/** The portal's page of the given title (the theme's main h1). */
export function portalPage(page: Page, title: string | RegExp): Locator {
  return page.locator("main h1", { hasText: title });
}

/** The sign-in form of the portal, filled and sent. */
export async function signIn(page: Page, email: string, password: string, otp?: () => Promise<string>): Promise<void> {
  await page.fill("#username", email);
  await page.fill("#password", password);
  await page.getByRole("button", { name: "Se connecter", exact: true }).click();
  if (otp === undefined) return;
  await page.locator("#otp").waitFor();
  await page.fill("#otp", await otp());
  await page.getByRole("button", { name: "Valider" }).click();
}

/**
 * Makes the account a compte principal of `uai`, with the authenticator app principals must use
 * (realm-config/flows.yaml), given through the admin API as an import would: the app's next code,
 * each code once (Keycloak takes a code once).
 */
export async function makePrincipal(email: string, uai: string): Promise<() => Promise<string>> {
  const admin = await adminClient();
  const [user] = await admin.users.find({ email, exact: true, briefRepresentation: false });
  const { app, credential } = givenAuthenticatorApp();
  await admin.users.update(
    { id: user!.id! },
    { ...user, attributes: { ...user!.attributes, principal: [uai] }, credentials: [credential] },
  );
  const used: string[] = [];
  return async () => {
    while (used.includes(app.generate())) await new Promise((resolve) => setTimeout(resolve, 500));
    used.push(app.generate());
    return used.at(-1)!;
  };
}

/** The new password and its confirmation, filled and sent. */
export async function submitNewPassword(page: Page, password: string): Promise<void> {
  await page.fill("#password-new", password);
  await page.fill("#password-confirm", password);
  await page.getByRole("button", { name: "Réinitialiser le mot de passe" }).click();
}

/** What the app shows of the signed-in person: its `dl` of claims, term → text. */
export async function shownAccount(page: Page): Promise<Record<string, string>> {
  const account = page.getByRole("definition").locator("xpath=..");
  await account.first().waitFor();
  return account.first().evaluate((list) => {
    const entries: Record<string, string> = {};
    for (const term of Array.from(list.querySelectorAll("dt"))) {
      const definition = term.nextElementSibling;
      const items = definition?.querySelectorAll("li");
      entries[term.textContent!.trim()] =
        items && items.length > 0
          ? Array.from(items, (item) => item.textContent!.trim()).join(", ")
          : (definition?.textContent ?? "").trim();
    }
    return entries;
  });
}

/** The account as the app must show it once the person is signed in to `app`. */
export function expectedAccount(account: Account, app: AppName): Record<string, string> {
  return {
    Nom: `${account.firstName} ${account.lastName}`,
    "Adresse mail": account.email,
    Établissements: account.etablissements.join(", "),
    "Rôles dans l'application": account.applications.includes(app) ? "utilisateur" : "Aucun rôle",
  };
}

/**
 * Presses Tab (or Shift+Tab) until `target` has the focus, checking at each stop that the focus
 * is visible: an outline or a box shadow on the focused element, or on its ::before where the DSFR
 * draws the ring of an enlarged link (the header's brand, a whole-tile link) over the block it
 * covers. Fails after `max` presses.
 */
export async function tabTo(
  page: Page,
  target: Locator,
  options: { backwards?: boolean; max?: number } = {},
): Promise<{ stops: string[]; invisible: string[] }> {
  const stops: string[] = [];
  const invisible: string[] = [];
  for (let press = 0; press < (options.max ?? 40); press++) {
    await page.keyboard.press(options.backwards ? "Shift+Tab" : "Tab");
    const focused = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      if (!element || element === document.body) return undefined;
      const ring = (style: CSSStyleDeclaration) =>
        (style.outlineStyle !== "none" && Number.parseFloat(style.outlineWidth) > 0) ||
        (style.boxShadow !== "none" && style.boxShadow !== "");
      const before = getComputedStyle(element, "::before");
      const visible = ring(getComputedStyle(element)) || (before.content !== "none" && ring(before));
      const label = (element.getAttribute("aria-label") ?? element.textContent ?? "").trim().slice(0, 40);
      return {
        description: `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ""} "${label}"`,
        visible,
      };
    });
    if (!focused) continue;
    stops.push(focused.description);
    if (!focused.visible) invisible.push(focused.description);
    if (await target.evaluate((element) => element === document.activeElement).catch(() => false)) {
      return { stops, invisible };
    }
  }
  throw new Error(`${options.max ?? 40} presses of Tab did not reach ${target}; stops: ${stops.join(" → ")}`);
}

/** Fails with every violation met, step by step, when a journey that checks accessibility saw any. */
export function expectNoViolations(journey: Journey): void {
  expect(
    journey.violations.map(
      ({ step, url, violations }) =>
        `${step} (${url}): ${violations.map((violation) => `${violation.id} [${violation.targets.join(" | ")}]`).join("; ")}`,
    ),
  ).toEqual([]);
}

/** A password every rule of realm-config/password-policy.yaml accepts. */
export const VALID_PASSWORD = "Examens2026$ok";

/**
 * An account as it is once activated: imported by the operator, then given a password and a
 * verified address (as the first connexion does), through the admin API to keep journeys short.
 */
export async function activeAccount(label: string, password = VALID_PASSWORD): Promise<Account> {
  const account = newAccount(uniqueEmail(label));
  const imported = await importAccounts([account]);
  expect(imported.code, imported.output).toBe(0);
  const admin = await adminClient();
  const [user] = await admin.users.find({ email: account.email, exact: true });
  await admin.users.resetPassword({
    id: user!.id!,
    credential: { type: "password", value: password, temporary: false },
  });
  await admin.users.update({ id: user!.id! }, { ...user, emailVerified: true, requiredActions: [] });
  return account;
}

/** An active account of an SIEC operator: in the group gestionnaires, which gives the role gestionnaire. */
export async function operatorAccount(label: string): Promise<Account> {
  const account = await activeAccount(label);
  const admin = await adminClient();
  const [user] = await admin.users.find({ email: account.email, exact: true });
  const [operators] = await admin.groups.find({ search: "gestionnaires", exact: true });
  await admin.users.addToGroup({ id: user!.id!, groupId: operators!.id! });
  return account;
}

/** From the app's landing page to the portal's sign-in page. */
export async function openPortalFromApp(page: Page, appUrl: string): Promise<void> {
  await page.goto(appUrl);
  await page.getByRole("button", { name: "Se connecter", exact: true }).click();
  await portalPage(page, SIGN_IN_TITLE).waitFor();
}
