/**
 * The SIEC apps this example can play, read at build time from realm-config/clients/*.yaml: the
 * portal and the app show the same name and description, and the app serves its help guide and
 * legal notice at the paths the portal's sign-in page links to (`branding`).
 */
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { substituteVariables } from "../../admin-scripts/src/config/variables";
import type { AppDescription } from "./src/app-description";

interface ClientFile {
  clientId?: string;
  name?: string;
  description?: string;
  type?: string;
  branding?: { helpGuideUrl?: string; legalNoticeUrl?: string };
}

/** Apps that sign people in (public and confidential clients), keyed by clientId. */
export function appsFromRealmConfig(
  clientsDir: string,
  environment: Record<string, string | undefined> = process.env,
): Record<string, AppDescription> {
  const apps: Record<string, AppDescription> = {};
  for (const file of readdirSync(clientsDir)
    .filter((name) => name.endsWith(".yaml"))
    .sort()) {
    const client = parse(readFileSync(path.join(clientsDir, file), "utf8")) as ClientFile;
    if (!client?.clientId || client.type === "service-account") continue;
    const pathOf = (url: string | undefined, fallback: string) => {
      if (!url) return fallback;
      const { pathname, search } = new URL(substituteVariables(url, environment));
      return pathname + search;
    };
    apps[client.clientId] = {
      clientId: client.clientId,
      name: client.name ?? client.clientId,
      description: client.description ?? "",
      helpGuidePath: pathOf(client.branding?.helpGuideUrl, "/guide-connexion.pdf"),
      legalNoticePath: pathOf(client.branding?.legalNoticeUrl, "/mentions-legales"),
    };
  }
  return apps;
}
