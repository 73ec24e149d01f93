/**
 * The SIEC apps this example can play, read at build time from realm-config/ as the CLI loads it:
 * the portal and the app show the same name and description, and the app serves its help guide
 * and legal notice at the paths the portal's sign-in page links to (`branding`).
 */
import { loadRealmConfig } from "@siec/admin-scripts";
import type { AppDescription } from "./src/app-description";

/** Apps that sign people in (public and confidential clients), keyed by clientId. */
export async function appsFromRealmConfig(
  realmConfigDir: string,
  environment: Record<string, string | undefined> = process.env,
): Promise<Record<string, AppDescription>> {
  const { clients } = await loadRealmConfig(realmConfigDir, environment);
  const pathOf = (url: string | undefined, fallback: string) => {
    if (!url) return fallback;
    const { pathname, search } = new URL(url);
    return pathname + search;
  };
  return Object.fromEntries(
    clients
      .filter((client) => client.type !== "service-account")
      .sort((a, b) => a.clientId.localeCompare(b.clientId))
      .map((client) => [
        client.clientId,
        {
          clientId: client.clientId,
          name: client.name,
          description: client.description,
          helpGuidePath: pathOf(client.branding.helpGuideUrl, "/guide-connexion.pdf"),
          legalNoticePath: pathOf(client.branding.legalNoticeUrl, "/mentions-legales"),
        },
      ]),
  );
}
