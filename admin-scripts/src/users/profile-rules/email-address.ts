import { domainToASCII } from "node:url";

/*
 * Keycloak's e-mail check (org.keycloak.utils.EmailValidationUtil, 26.7), case-insensitive like it.
 * The `u` flag reads an astral character as one, outside \u0080-\uFFFF, as Java does.
 */
const ATOM = "[a-z0-9!#$%&'*+/=?^_`{|}~\\u0080-\\uFFFF-]";
const QUOTED_ATOM = "(?:[a-z0-9!#$%&'*.(),<>\\[\\]:; @+/=?^_`{|}~\\u0080-\\uFFFF-]|\\\\\\\\|\\\\\")";
const WORD = `(?:${ATOM}+|"${QUOTED_ATOM}+")`;
const LOCAL_PART = new RegExp(`^${WORD}(?:\\.${WORD})*$`, "iu");

const DOMAIN_CHARACTER = "[a-z\\u0080-\\uFFFF0-9!#$%&'*+/=?^`{|}~]";
// Keycloak writes a label (?:C-*)*C++: the same labels, written so that matching takes linear time.
const DOMAIN_LABEL = `${DOMAIN_CHARACTER}(?:-*${DOMAIN_CHARACTER})*`;
const IP_V4 = "\\[[0-9]{1,3}\\.[0-9]{1,3}\\.[0-9]{1,3}\\.[0-9]{1,3}\\]";
const IP_V6 =
  "\\[IPv6:(?:(?:[0-9a-fA-F]{1,4}:){7,7}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){1,7}:|(?:[0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){1,5}(?::[0-9a-fA-F]{1,4}){1,2}|(?:[0-9a-fA-F]{1,4}:){1,4}(?::[0-9a-fA-F]{1,4}){1,3}|(?:[0-9a-fA-F]{1,4}:){1,3}(?::[0-9a-fA-F]{1,4}){1,4}|(?:[0-9a-fA-F]{1,4}:){1,2}(?::[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:(?:(?::[0-9a-fA-F]{1,4}){1,6})|:(?:(?::[0-9a-fA-F]{1,4}){1,7}|:)|fe80:(?::[0-9a-fA-F]{0,4}){0,4}%[0-9a-zA-Z]{1,}|::(?:ffff(:0{1,4}){0,1}:){0,1}(?:(?:25[0-5]|(?:2[0-4]|1{0,1}[0-9]){0,1}[0-9])\\.){3,3}(?:25[0-5]|(?:2[0-4]|1{0,1}[0-9]){0,1}[0-9])|(?:[0-9a-fA-F]{1,4}:){1,4}:(?:(?:25[0-5]|(?:2[0-4]|1{0,1}[0-9]){0,1}[0-9])\\.){3,3}(?:25[0-5]|(?:2[0-4]|1{0,1}[0-9]){0,1}[0-9]))\\]";
const DOMAIN = new RegExp(`^(?:${DOMAIN_LABEL}(?:\\.${DOMAIN_LABEL})*|${IP_V4}|${IP_V6})$`, "iu");

/** Keycloak's default for `max-local-length` (its server option max-email-local-part-length). */
export const MAX_LOCAL_PART_LENGTH = 64;
const MAX_DOMAIN_LENGTH = 255;
const MAX_LABEL_LENGTH = 63;
/** The dots java.net.IDN separates labels with. */
const LABEL_SEPARATORS = /[.\u3002\uFF0E\uFF61]/;

export function isKeycloakEmail(address: string, maxLocalPartLength = MAX_LOCAL_PART_LENGTH): boolean {
  const at = address.lastIndexOf("@");
  if (at < 0) return false;
  const local = address.slice(0, at);
  const domain = address.slice(at + 1);
  if (local.length > maxLocalPartLength || !LOCAL_PART.test(local)) return false;
  if (domain.endsWith(".")) return false;
  const ascii = idnToAscii(domain);
  return ascii !== undefined && ascii.length <= MAX_DOMAIN_LENGTH && DOMAIN.test(domain);
}

/** Whether the part before the @ is ASCII: Keycloak requires it unless the realm's SMTP settings allow UTF-8. */
export function hasAsciiLocalPart(address: string): boolean {
  const at = address.lastIndexOf("@");
  return at < 0 || /^[\x00-\x7F]*$/.test(address.slice(0, at));
}

/**
 * The domain as java.net.IDN.toASCII writes it, or undefined where it throws: an empty label, a
 * label over 63 characters. Node's UTS #46 conversion stands in for Java's IDNA 2003 for labels
 * outside ASCII, and refuses a few more (those made of another script's spaces or dots).
 */
function idnToAscii(domain: string): string | undefined {
  const labels = domain
    .split(LABEL_SEPARATORS)
    .map((label) => (/^[\x00-\x7F]*$/.test(label) ? label : domainToASCII(label)));
  if (labels.some((label) => label === "" || label.length > MAX_LABEL_LENGTH)) return undefined;
  return labels.join(".");
}
