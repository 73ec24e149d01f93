import type { I18n } from "./i18n";
import type { KcContext } from "./KcContext";

/**
 * Whether Keycloak's page message is the message of `key`: Keycloak sends it formatted (from this
 * theme's texts, its arguments in place), so any text may stand where the message has {0}, {1}…
 */
export function isKeycloakMessage(
  message: KcContext["message"],
  i18n: I18n,
  key: Parameters<I18n["msgStr"]>[0],
): boolean {
  if (message === undefined) return false;
  const fixedParts = i18n
    .msgStr(key)
    .split(/\{\d+\}/)
    .map(escapeRegExp);
  return new RegExp(`^${fixedParts.join("[\\s\\S]*")}$`).test(i18n.advancedMsgStr(message.summary));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
