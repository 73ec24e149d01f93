import { formatPolicy, oneOfFromPattern, parsePolicy, requireOneOf, type PolicyPart } from "@siec/contract";

/**
 * Keycloak's password policy is one string of `id(argument)` parts joined by " and " (parsed by
 * the contract, as the theme does). realm-config writes it as named rules; these functions
 * convert both ways.
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

export function toPolicyString(rules: PasswordRules): string {
  const parts: PolicyPart[] = [];
  const add = (id: string, argument: string | number | undefined) => {
    if (argument !== undefined) parts.push({ id, argument: String(argument) });
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
  parts.push(...(rules.other ?? []).flatMap(parsePolicy));
  return formatPolicy(parts);
}

export function fromPolicyString(policy: string): PasswordRules {
  const rules: PasswordRules = {};
  const other: string[] = [];
  const special: { count?: number; allowed?: string } = {};
  for (const { id, argument } of parsePolicy(policy)) {
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
        else other.push(formatPolicy([{ id, argument }]));
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
        other.push(formatPolicy([{ id, argument }]));
    }
  }
  if (special.count !== undefined)
    rules.specialCharacters = { count: special.count, ...(special.allowed && { allowed: special.allowed }) };
  else if (special.allowed !== undefined) other.push(`regexPattern(${requireOneOf(special.allowed)})`);
  if (other.length > 0) rules.other = other;
  return rules;
}
