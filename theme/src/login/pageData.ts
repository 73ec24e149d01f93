import type { KcContext } from "./KcContext";

type FieldMessages = Record<string, { text: string; error: boolean }>;

/** What a page of the theme's own data templates sends (src/login/pageData/<page>.ftl). */
type OwnedPageData = Omit<KcContext, "messagesPerField"> & { fieldMessages: FieldMessages };

/**
 * The page's data as the pages read it (Keycloakify's KcContext): a page of the theme's own data
 * templates sends its fields' messages as data, made here into Keycloakify's messagesPerField; any
 * other page comes as Keycloakify's generic script wrote it.
 */
export function pageData<Data extends { themeType: string }>(data: Data): Data {
  if (!("fieldMessages" in data)) return data;
  const owned = data as unknown as OwnedPageData;
  const messages = owned.fieldMessages;
  const get = (name: string) => decodeEntities(messages[name]?.text ?? "");
  const exists = (name: string) => get(name) !== "";
  const existsError = (...names: string[]) => names.some((name) => messages[name]?.error === true);
  const messagesPerField: KcContext["messagesPerField"] = {
    get,
    exists,
    existsError,
    printIfExists: <T>(name: string, text: T) => (exists(name) ? text : undefined),
    getFirstError: (...names: string[]) => get(names.find((name) => messages[name]?.error === true) ?? ""),
  };
  return { ...owned, messagesPerField } as unknown as Data;
}

/** Keycloak's messages may hold HTML entities (&#39;): the text they stand for. */
function decodeEntities(text: string): string {
  if (!text.includes("&")) return text;
  const textarea = document.createElement("textarea");
  textarea.innerHTML = text;
  return textarea.value;
}
