/**
 * Keycloak's password policy is one string of `id(argument)` parts joined by " and ". realm-config
 * writes it as named rules; these functions convert both ways.
 */
export interface PasswordRules {
  minimumLength?: number;
  maximumLength?: number;
  upperCase?: number;
  lowerCase?: number;
  digits?: number;
  /** Symbols: `count` of any symbol (Keycloak's specialChars), at least one of `allowed` if given. */
  specialCharacters?: { count: number; allowed?: string };
  notUsername?: boolean;
  notEmail?: boolean;
  /** How many previous passwords may not be reused. */
  history?: number;
  /** Any other policy part, written as Keycloak writes it: `hashIterations(210000)`. */
  other?: string[];
}

/** The policy ids Keycloak 26 knows; `validate` rejects anything else. */
export const KNOWN_POLICY_IDS = [
  "length",
  "maxLength",
  "upperCase",
  "lowerCase",
  "digits",
  "specialChars",
  "notUsername",
  "notEmail",
  "notContainsUsername",
  "regexPattern",
  "passwordHistory",
  "passwordAge",
  "forceExpiredPasswordChange",
  "hashAlgorithm",
  "hashIterations",
  "passwordBlacklist",
  "maxAuthAge",
  "recoveryCodesWarningThreshold",
] as const;

const PART = /^([A-Za-z]+)\((.*)\)$/s;

/** The regexPattern that requires one of `allowed` somewhere (Keycloak matches the whole password). */
export function requireOneOf(allowed: string): string {
  const escaped = [...allowed].map((character) => (/[\\\]^-]/.test(character) ? `\\${character}` : character)).join("");
  return `^(?=.*[${escaped}]).*$`;
}

export function toPolicyString(rules: PasswordRules): string {
  const parts: string[] = [];
  const add = (id: string, argument: string | number | undefined) => {
    if (argument !== undefined) parts.push(`${id}(${argument})`);
  };
  add("length", rules.minimumLength);
  add("maxLength", rules.maximumLength);
  add("upperCase", rules.upperCase);
  add("lowerCase", rules.lowerCase);
  add("digits", rules.digits);
  add("specialChars", rules.specialCharacters?.count);
  if (rules.specialCharacters?.allowed) add("regexPattern", requireOneOf(rules.specialCharacters.allowed));
  if (rules.notUsername) add("notUsername", "undefined");
  if (rules.notEmail) add("notEmail", "undefined");
  add("passwordHistory", rules.history);
  parts.push(...(rules.other ?? []));
  return parts.join(" and ");
}

/** Splits a policy string into `[id, argument]` pairs; a part that is not `id(argument)` is an error. */
export function parsePolicyString(policy: string): [id: string, argument: string][] {
  if (policy.trim() === "") return [];
  return policy.split(" and ").map((part) => {
    const match = PART.exec(part.trim());
    if (!match) throw new Error(`"${part.trim()}" is not of the form id(argument)`);
    return [match[1]!, match[2]!];
  });
}

export function fromPolicyString(policy: string): PasswordRules {
  const rules: PasswordRules = {};
  const other: string[] = [];
  const special: { count?: number; allowed?: string } = {};
  for (const [id, argument] of parsePolicyString(policy)) {
    const number = Number(argument);
    switch (id) {
      case "length":
        rules.minimumLength = number;
        break;
      case "maxLength":
        rules.maximumLength = number;
        break;
      case "upperCase":
        rules.upperCase = number;
        break;
      case "lowerCase":
        rules.lowerCase = number;
        break;
      case "digits":
        rules.digits = number;
        break;
      case "specialChars":
        special.count = number;
        break;
      case "regexPattern": {
        const allowed = oneOfFromPattern(argument);
        if (allowed !== undefined && special.allowed === undefined) special.allowed = allowed;
        else other.push(`${id}(${argument})`);
        break;
      }
      case "notUsername":
        rules.notUsername = true;
        break;
      case "notEmail":
        rules.notEmail = true;
        break;
      case "passwordHistory":
        rules.history = number;
        break;
      default:
        other.push(`${id}(${argument})`);
    }
  }
  if (special.count !== undefined)
    rules.specialCharacters = { count: special.count, ...(special.allowed && { allowed: special.allowed }) };
  else if (special.allowed !== undefined) other.push(`regexPattern(${requireOneOf(special.allowed)})`);
  if (other.length > 0) rules.other = other;
  return rules;
}

/** The set of characters of a pattern written by `requireOneOf`, or undefined for any other regex. */
export function oneOfFromPattern(pattern: string): string | undefined {
  const match = /^\^\(\?=\.\*\[((?:\\.|[^\]\\])+)\]\)\.\*\$$/.exec(pattern);
  return match ? match[1]!.replace(/\\(.)/g, "$1") : undefined;
}
