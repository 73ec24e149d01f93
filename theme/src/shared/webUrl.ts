/**
 * A link from data anyone with the admin API can set (client attributes, URLs), only when it is an
 * http(s) URL: a `javascript:` or `data:` URL in an `href` runs in the portal's page.
 */
export function webUrl(value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const { protocol } = new URL(value);
    return protocol === "https:" || protocol === "http:" ? value : undefined;
  } catch {
    return undefined;
  }
}
