import type { Browser, Page } from "playwright-core";
import { expect } from "vitest";

/**
 * An e-mail's HTML as a phone shows it, 360 px wide: nothing may be wider than the screen. `check`
 * then looks at the page (the e-mail's button, its text) before it is closed.
 */
export async function expectReadableOnPhone(
  browser: Browser,
  html: string,
  check: (page: Page) => Promise<void> = async () => {},
): Promise<void> {
  const page = await browser.newPage({ viewport: { width: 360, height: 640 } });
  try {
    await page.setContent(html, { waitUntil: "load" });
    const tooWide = await page.evaluate(() =>
      [document.documentElement, ...Array.from(document.querySelectorAll("body *"))]
        .filter((element) => element.getBoundingClientRect().right > window.innerWidth + 0.5)
        .map((element) => `${element.tagName.toLowerCase()} ${Math.round(element.getBoundingClientRect().right)} px`),
    );
    expect(tooWide).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await check(page);
  } finally {
    await page.close();
  }
}

/**
 * The e-mail reads on a phone, and its link is a button carrying it, written out below for the
 * clients that show no button.
 */
export function expectLinkButton(
  browser: Browser,
  message: { html: string },
  link: string,
  action: string,
): Promise<void> {
  return expectReadableOnPhone(browser, message.html, async (page) => {
    const button = page.getByRole("link", { name: action });
    expect(await button.getAttribute("href")).toBe(link);
    expect(await page.getByRole("link", { name: link }).count()).toBe(1);
  });
}
