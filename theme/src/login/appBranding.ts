import { CLIENT_ATTRIBUTES } from "@siec/contract";
import { webUrl } from "../shared/webUrl";
import type { I18n } from "./i18n";
import type { KcContext } from "./KcContext";

export type AppBranding = {
  name: string;
  description?: string;
  helpGuideUrl?: string;
  legalNoticeUrl?: string;
};

type ClientLike = { clientId?: string; name?: string; description?: string; attributes?: Record<string, string> };

/** The app the user comes from, or undefined when the page has no known client (e.g. an error page). */
export function appBranding(kcContext: KcContext, i18n: I18n): AppBranding | undefined {
  const client = (kcContext as { client?: ClientLike }).client;
  const name = client?.name || client?.clientId;
  if (!name) return undefined;
  const attributes = client?.attributes ?? {};
  return {
    // Keycloak's own clients have names like "${client_account}", resolved from its messages.
    name: i18n.advancedMsgStr(name),
    description: client?.description || undefined,
    helpGuideUrl: webUrl(attributes[CLIENT_ATTRIBUTES.helpGuideUrl]),
    legalNoticeUrl: webUrl(attributes[CLIENT_ATTRIBUTES.legalNoticeUrl]),
  };
}
