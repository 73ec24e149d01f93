import type { I18n } from "./i18n";
import type { KcContext } from "./KcContext";

/** The props that show Keycloak's error for a field under the DSFR input, linked to it. */
export function fieldError(
  kcContext: KcContext,
  i18n: I18n,
  ...fieldNames: string[]
): { state?: "error"; stateRelatedMessage?: string } {
  const { messagesPerField } = kcContext;
  if (!fieldNames.some((fieldName) => messagesPerField.existsError(fieldName))) return {};
  return { state: "error", stateRelatedMessage: i18n.advancedMsgStr(messagesPerField.getFirstError(...fieldNames)) };
}
