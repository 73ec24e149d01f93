/**
 * Every page state of the theme (the stories beside each page), rendered from its mock context in
 * Chromium: a screenshot in test-results/theme/, no axe-core violation of WCAG 2.1 AA, at desktop
 * width and at 360 px; the sign-in form used with the keyboard alone.
 */
import { mkdirSync } from "node:fs";
import { readdir } from "node:fs/promises";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { accountMessages } from "../../theme/src/account/i18n";
import { axeViolations, launchChromium } from "../../testing/browser";
import { themeDir } from "../../build/provider-jars";
import { startThemePreview } from "../support/theme-preview";
import { loginTranslations } from "../support/login-translations";

vi.mock("keycloakify/login/i18n/noJsx", () => import("../support/login-translations"));

const screenshotDir = join(import.meta.dirname, "..", "..", "test-results", "theme");
const widths = { desktop: 1280, mobile: 360 } as const;

let preview: Awaited<ReturnType<typeof startThemePreview>>;
let browser: Browser;
let stories: { label: string; url: string }[];

beforeAll(async () => {
  mkdirSync(screenshotDir, { recursive: true });
  [preview, browser] = await Promise.all([startThemePreview(), launchChromium()]);
  const page = await browser.newPage();
  await page.goto(preview.url);
  stories = await page.$$eval("#stories a", (links) =>
    links.map((link) => ({ label: link.textContent!, url: (link as HTMLAnchorElement).href })),
  );
  await page.close();
});

afterAll(async () => {
  await browser?.close();
  await preview?.stop();
});

async function openStory(url: string, width: number): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 900 }, locale: "fr-FR" });
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(url, { waitUntil: "networkidle" });
  await page.locator("main h1").waitFor();
  // A state reached by pressing buttons (a confirmation, a saved form): once the story pressed them.
  await page.waitForFunction(() => document.documentElement.dataset.story !== "playing");
  expect(errors).toEqual([]);
  return page;
}

describe("the theme's previews", () => {
  it("lists a story for every page the theme draws (each file of theme/src/login/pages/ and theme/src/account/pages/)", async () => {
    const pages = new Set(stories.map((story) => story.label.split(" — ")[0]));
    const pageFiles = async (dir: string) =>
      (await readdir(join(themeDir, "src", dir, "pages"))).filter((file) => /^[A-Z]\w*(?<!\.stories)\.tsx$/.test(file));
    // LoginConfigTotp.tsx draws login-config-totp.ftl; the account space's Security.tsx is account/Security.
    const loginPages = (await pageFiles("login")).map(
      (file) =>
        `${file
          .replace(/\.tsx$/, "")
          .replace(/(?<=.)([A-Z])/g, "-$1")
          .toLowerCase()}.ftl`,
    );
    const accountPages = (await pageFiles("account")).map((file) => `account/${file.replace(/\.tsx$/, "")}`);
    expect([...pages].sort()).toEqual([...loginPages, ...accountPages].sort());
    expect(loginPages).toContain("login-config-totp.ftl");
    expect(accountPages).toContain("account/Security");
  });

  for (const [widthName, width] of Object.entries(widths)) {
    // Every story is one page load and an axe run: a few at a time, and minutes for them all.
    it(
      `has no WCAG 2.1 AA violation in any story at ${widthName} width (${width} px)`,
      { timeout: 900_000 },
      async () => {
        const failures: Record<string, unknown> = {};
        await inParallel(stories, 3, async (story) => {
          const page = await openStory(story.url, width);
          const file = `${story.label.replace(/[^\w.-]+/g, "_")}.${widthName}.png`;
          await page.screenshot({ path: join(screenshotDir, file), fullPage: true });
          const violations = await axeViolations(page);
          if (violations.length > 0) failures[story.label] = violations;
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
          if (overflow > 0) failures[`${story.label} (horizontal scroll)`] = `${overflow} px wider than the window`;
          await page.close();
        });
        expect(failures).toEqual({});
      },
    );
  }
});

/** `work` on every item, at most `concurrency` at once. */
async function inParallel<T>(items: T[], concurrency: number, work: (item: T) => Promise<void>): Promise<void> {
  const queue = [...items];
  const worker = async () => {
    for (let item = queue.shift(); item !== undefined; item = queue.shift()) await work(item);
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
}

describe("the account space's states reached by pressing buttons", () => {
  const fr = accountMessages.fr;
  const en = accountMessages.en;
  const shown = (label: string, texts: string[]) =>
    it(`${label} shows ${texts.map((text) => JSON.stringify(text)).join(" and ")}`, async () => {
      const story = stories.find((entry) => entry.label === label)!;
      expect(story, label).toBeDefined();
      const page = await openStory(story.url, widths.desktop);
      // A page's sections may each wait for their own data.
      const main = async () => (await page.locator("main").textContent()) ?? "";
      for (const text of texts) await expect.poll(main).toContain(text);
      await page.close();
    });
  shown("account/Security — withAppAndPasskey", [fr.securityRemoveHelp]);
  shown("account/Security — removed", [fr.actionDoneCredentialRemoved]);
  shown("account/Security — removedEnglish", [en.actionDoneCredentialRemoved]);
  shown("account/Devices — signOutEverywhereConfirmation", [fr.devicesSignOutAllConfirm, fr.cancel]);
  shown("account/Devices — signOutEverywhereConfirmationEnglish", [en.devicesSignOutAllConfirm]);
  shown("account/PersonalInfo — saved", [fr.personalInfoSaved]);
  shown("account/PersonalInfo — refusedEnglish", [en.personalInfoRefused]);
  // Every action shows its failure (issue 23, finding 4).
  shown("account/PersonalInfo — saveFailed", [fr.personalInfoSaveFailed]);
  shown("account/PersonalInfo — saveFailedEnglish", [en.personalInfoSaveFailed]);
  shown("account/Security — removalFailed", [fr.actionFailedCredentialRemoval, "Téléphone professionnel"]);
  shown("account/Security — removalFailedEnglish", [en.actionFailedCredentialRemoval]);
  shown("account/Devices — signOutEverywhereFailed", [fr.devicesSignOutAllFailed]);
  // ProConnect (issue 25): the linked identity, unlinking it, and what the page says of each outcome.
  const marie = "marie.dupont@ac-creteil.fr";
  shown("account/Password — proConnectLinked", [fr.proConnectTitle, marie, fr.proConnectUnlink]);
  shown("account/Password — proConnectLinkedEnglish", [en.proConnectUnlink, marie]);
  shown("account/Password — proConnectNotLinked", [fr.proConnectNotLinked]);
  shown("account/Password — proConnectUnlinkConfirmation", [fr.proConnectUnlinkConfirm, fr.cancel]);
  shown("account/Password — proConnectUnlinked", [fr.proConnectUnlinked, fr.proConnectNotLinked]);
  shown("account/Password — proConnectUnlinkRefused", [
    fr.proConnectUnlinkRefusedNoPassword.replace("{0}", fr.passwordChange),
    marie,
  ]);
  shown("account/Password — proConnectUnlinkRefusedEnglish", [
    en.proConnectUnlinkRefusedNoPassword.replace("{0}", en.passwordChange),
  ]);
  shown("account/Password — proConnectUnlinkFailed", [fr.proConnectUnlinkFailed, marie]);

  it("account/Password — default shows nothing of ProConnect in a realm without it", async () => {
    const story = stories.find((entry) => entry.label === "account/Password — default")!;
    const page = await openStory(story.url, widths.desktop);
    await expect.poll(() => page.locator("main").textContent()).toContain(fr.passwordChange);
    expect(await page.locator("main").textContent()).not.toContain("ProConnect");
    await page.close();
  });

  it("account/Security — removed no longer lists the removed credential", async () => {
    const story = stories.find((entry) => entry.label === "account/Security — removed")!;
    const page = await openStory(story.url, widths.desktop);
    expect(await page.locator("main li strong", { hasText: "Téléphone professionnel" }).count()).toBe(0);
    await page.close();
  });

  it("account/PersonalInfo — refused ties the user profile's reason to the field it refused", async () => {
    const story = stories.find((entry) => entry.label === "account/PersonalInfo — refused")!;
    const page = await openStory(story.url, widths.desktop);
    expect(await page.locator("main").textContent()).toContain(fr.personalInfoRefused);
    // What a screen reader says of the field: the texts its aria-describedby points to.
    const description = (input: string) =>
      page.locator(input).evaluate((element) =>
        (element.getAttribute("aria-describedby") ?? "")
          .split(/\s+/)
          .map((id) => document.getElementById(id)?.textContent?.trim() ?? "")
          .join(" ")
          .trim(),
      );
    expect(await description('input[name="lastName"]')).toBe(fr["error-person-name-invalid-character"]);
    expect(await description('input[name="firstName"]')).toBe("");
    await page.close();
  });
});

describe("the sign-in form with the keyboard alone", () => {
  it("reaches e-mail, password, show/hide, submit and the links in that order, with a visible focus", async () => {
    const login = stories.find((story) => story.label === "login.ftl — default")!;
    const page = await openStory(login.url, widths.desktop);
    const focused = () =>
      page.evaluate(() => {
        const element = document.activeElement as HTMLElement;
        const style = getComputedStyle(element);
        return {
          name:
            element.getAttribute("aria-label") ??
            (element.tagName === "INPUT" ? element.id : (element.textContent ?? "").trim()),
          focusVisible:
            element.matches(":focus-visible") && (style.outlineStyle !== "none" || style.boxShadow !== "none"),
        };
      });
    // From the page's first stop, the skip link, through one whole cycle.
    for (let step = 0; step < 40 && (await focused()).name !== "Contenu"; step++) await page.keyboard.press("Tab");
    const reached = [await focused()];
    for (let step = 0; step < 20; step++) {
      await page.keyboard.press("Tab");
      reached.push(await focused());
    }
    const order = (name: string | RegExp) =>
      reached.findIndex((element) => (typeof name === "string" ? element.name === name : name.test(element.name)));
    const expected = [
      order("Initialisez votre mot de passe"),
      order("username"),
      order("password"),
      order("Afficher le mot de passe"),
      order("Se connecter"),
      order("Mot de passe oublié ?"),
    ];
    expect(
      expected.every((index) => index >= 0),
      JSON.stringify(reached),
    ).toBe(true);
    expect([...expected].sort((a, b) => a - b)).toEqual(expected);
    expect(reached.filter((element) => !element.focusVisible)).toEqual([]);

    await page.focus("#username");
    await page.keyboard.type("camille.martin@example.org");
    await page.keyboard.press("Tab");
    await page.keyboard.type("secret");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Space");
    expect(await page.getAttribute("#password", "type")).toBe("text");
    await page.close();
  });
});

describe("the new-password page", () => {
  it("checks each rule as the user types, in a polite live region", async () => {
    const story = stories.find((entry) => entry.label === "login-update-password.ftl — default")!;
    const page = await openStory(story.url, widths.desktop);
    expect(await page.getAttribute("#password-rules", "aria-live")).toBe("polite");
    await page.fill("#password-new", "Examens2026#");
    const met = await page.$$eval("#password-rules li", (items) =>
      Object.fromEntries(items.map((item) => [item.getAttribute("data-rule"), item.getAttribute("data-met")])),
    );
    expect(met).toMatchObject({ length: "true", upperCase: "true", lowerCase: "true", digits: "true" });
    await page.fill("#password-confirm", "Examens2026");
    await page.locator("#password-confirm").blur();
    await expect.poll(() => page.textContent("body")).toContain("Les mots de passe ne correspondent pas.");
    await page.close();
  });
});

describe("the sign-in pages with ProConnect (issue 25)", () => {
  const openLabelled = async (label: string) => {
    const story = stories.find((entry) => entry.label === label);
    expect(story, label).toBeDefined();
    return openStory(story!.url, widths.desktop);
  };

  for (const [label, language] of [
    ["login.ftl — proConnect", "fr"],
    ["login.ftl — proConnectEnglish", "en"],
    ["login-username.ftl — proConnect", "fr"],
  ] as const) {
    it(`${label} shows the DSFR ProConnect button to the provider's sign-in, then "${language === "fr" ? "ou" : "or"}", above the form`, async () => {
      const texts = (await loginTranslations())[language]!;
      const page = await openLabelled(label);
      const group = page.getByRole("group", { name: texts.proConnectGroupLabel });
      const button = group.getByRole("link", { name: `${texts.proConnectSignIn} ProConnect` });
      expect(await button.getAttribute("href")).toContain("/broker/proconnect/login");
      const about = group.getByRole("link", { name: texts.proConnectAbout });
      expect(await about.getAttribute("target")).toBe("_blank");
      expect(await about.getAttribute("title")).toBe(`${texts.proConnectAbout} - ${texts.proConnectNewWindow}`);
      expect(await page.locator(".fr-hr-or").textContent()).toBe(texts.siecOr);
      const [buttonFirst, separatorFirst] = await page.evaluate(() => {
        const [connect, separator, field] = [".fr-connect", ".fr-hr-or", "#username"].map((selector) =>
          document.querySelector(selector)!,
        );
        const before = (a: Element, b: Element) =>
          (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
        return [before(connect!, separator!), before(separator!, field!)];
      });
      expect([buttonFirst, separatorFirst]).toEqual([true, true]);
      await page.close();
    });
  }

  it("login.ftl — default shows no ProConnect button in a realm without it", async () => {
    const page = await openLabelled("login.ftl — default");
    expect(await page.locator(".fr-connect").count()).toBe(0);
    expect(await page.locator("main").textContent()).not.toContain("ProConnect");
    await page.close();
  });

  for (const [label, language] of [
    ["error.ftl — unknownAddress", "fr"],
    ["error.ftl — unknownAddressEnglish", "en"],
  ] as const) {
    it(`${label} gives the guides' answer and the way back to the sign-in page`, async () => {
      const texts = (await loginTranslations())[language]!;
      const page = await openLabelled(label);
      expect(await page.locator("main h1").textContent()).toBe(texts.unknownAddressTitle);
      const main = (await page.locator("main").textContent()) ?? "";
      expect(main).toContain("marie.dupont@ac-creteil.fr");
      for (const key of ["unknownAddressMaybe", "unknownAddressFirstSolution", "unknownAddressSecondSolution"])
        expect(main).toContain(texts[key]);
      expect(await page.getByRole("link", { name: texts.unknownAddressSignInWithPassword }).count()).toBe(1);
      await page.close();
    });
  }

  it("login.ftl — linkAccount asks the password of the account found, its address fixed, ProConnect named", async () => {
    const texts = (await loginTranslations()).fr!;
    const page = await openLabelled("login.ftl — linkAccount");
    expect(await page.locator("main h1").textContent()).toBe(texts.loginLinkAccountTitle);
    expect(await page.locator("main").textContent()).toContain("ProConnect");
    expect(await page.locator("#username").inputValue()).toBe("marie.dupont@ac-creteil.fr");
    expect(await page.locator("#username").getAttribute("readonly")).not.toBeNull();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("password");
    await page.close();
  });

  for (const label of [
    "login-idp-link-email.ftl — default",
    "login-idp-link-confirm.ftl — default",
    "login-idp-link-confirm-override.ftl — default",
  ])
    it(`${label} names the provider as the realm does: ProConnect`, async () => {
      const page = await openLabelled(label);
      const main = (await page.locator("main").textContent()) ?? "";
      expect(main).toContain("ProConnect");
      expect(main).not.toMatch(/Proconnect|undefined/);
      await page.close();
    });
});
