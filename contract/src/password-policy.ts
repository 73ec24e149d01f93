/**
 * Keycloak's password policy: one string of `id(argument)` parts joined by " and ", e.g.
 * `length(12) and digits(1) and regexPattern(^(?=.*[$@%*+\-_!]).*$)`. The one parser of it, and
 * the rules it means for the person choosing a password, as the sign-in theme shows and checks
 * them and as the CLI checks the temporary passwords it generates.
 */

export interface PolicyPart {
  id: string;
  argument: string;
}

/** A policy string with a part that is not `id(argument)`. */
export class InvalidPolicyString extends Error {
  constructor(readonly part: string) {
    super(`"${part}" is not of the form id(argument)`);
    this.name = "InvalidPolicyString";
  }
}

/** The policy ids Keycloak 26 knows. */
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

const SEPARATOR = /\s+and\s+/;

/**
 * Splits a policy string into its parts. Only a regexPattern's argument may itself hold
 * parentheses followed by " and ": it ends where ` and <word>(` starts, or at the end; any other
 * argument ends at the first `)` followed by " and " or the end. "" has no part; anything that is
 * not of that form throws InvalidPolicyString, naming the part.
 */
export function parsePolicy(policy: string): PolicyPart[] {
  const text = policy.trim();
  const id = /(\w+)\(/y;
  const patternArgument = /(.*?)\)(?=\s+and\s+\w+\(|$)/sy;
  const argument = /((?:(?!\s+and\s).)*?)\)(?=\s+and\s|$)/sy;
  const separator = new RegExp(SEPARATOR.source, "y");
  const parts: PolicyPart[] = [];
  let index = 0;
  while (index < text.length) {
    id.lastIndex = index;
    const idMatch = id.exec(text);
    const argumentOf = idMatch?.[1] === "regexPattern" ? patternArgument : argument;
    argumentOf.lastIndex = id.lastIndex;
    const argumentMatch = idMatch ? argumentOf.exec(text) : null;
    if (!idMatch || !argumentMatch) throw new InvalidPolicyString(text.slice(index).split(SEPARATOR)[0]!.trim());
    parts.push({ id: idMatch[1]!, argument: argumentMatch[1]! });
    index = argumentOf.lastIndex;
    if (index < text.length) {
      // The argument's lookahead saw the separator.
      separator.lastIndex = index;
      separator.exec(text);
      index = separator.lastIndex;
    }
  }
  return parts;
}

/** The policy string of its parts: the inverse of parsePolicy. */
export function formatPolicy(parts: readonly PolicyPart[]): string {
  return parts.map(({ id, argument }) => `${id}(${argument})`).join(" and ");
}

// The form of a regexPattern that requires one character of a set: `^(?=.*[$@%*+\-_!]).*$`.
const REQUIRE_ONE_OF = /^\^\(\?=\.\*\[((?:\\.|[^\]\\])+)\]\)\.\*\$$/s;

/** The regexPattern that requires one of `characters` somewhere (Keycloak matches the whole password). */
export function requireOneOf(characters: string): string {
  const escaped = [...characters]
    .map((character) => (/[\\\]^-]/.test(character) ? `\\${character}` : character))
    .join("");
  return `^(?=.*[${escaped}]).*$`;
}

/**
 * The characters of a pattern of the form requireOneOf writes, as one string; undefined for any
 * other regex, a negated set (`[^…]`), a set with a range (`a-z`) or a class escape (`\d`).
 */
export function oneOfFromPattern(pattern: string): string | undefined {
  const set = REQUIRE_ONE_OF.exec(pattern)?.[1];
  if (set === undefined || set.startsWith("^")) return undefined;
  const characters = [...set];
  let oneOf = "";
  for (let index = 0; index < characters.length; index++) {
    const character = characters[index]!;
    if (character === "\\") {
      const escaped = characters[++index]!;
      if (/[A-Za-z0-9]/.test(escaped)) return undefined; // \d, \w, \p{…}, \u0041…: not a listed character
      oneOf += escaped;
    } else if (character === "-" && index > 0 && index < characters.length - 1) {
      return undefined; // a range: too broad to list
    } else {
      oneOf += character;
    }
  }
  return oneOf;
}

/** A rule of the policy, as the person choosing a password is told it. */
export type PasswordRule =
  | { id: "length" | "maxLength" | "upperCase" | "lowerCase" | "digits" | "specialChars"; count: number }
  | { id: "specialCharsFrom"; characters: string[] }
  | { id: "regexPattern"; pattern: string }
  | { id: "notUsername" | "notEmail" }
  | { id: "passwordHistory"; count: number };

/** What is known of the account whose password it is. */
export type Identity = { username?: string; email?: string };

type PolicySummary = {
  length?: number;
  maxLength?: number;
  upperCase?: number;
  lowerCase?: number;
  digits?: number;
  specialChars?: number;
  regexPatterns?: string[];
  notUsername?: boolean;
  notEmail?: boolean;
  passwordHistory?: number;
};

// The parts that make a rule; the others (hashIterations, passwordAge…) say nothing to the person.
function summarize(parts: readonly PolicyPart[]): PolicySummary {
  const summary: PolicySummary = {};
  for (const { id, argument } of parts) {
    const count = Number.parseInt(argument, 10);
    switch (id) {
      case "length":
      case "maxLength":
      case "upperCase":
      case "lowerCase":
      case "digits":
      case "specialChars":
      case "passwordHistory":
        summary[id] = Number.isNaN(count) ? 1 : count;
        break;
      case "notUsername":
      case "notEmail":
        summary[id] = true;
        break;
      case "regexPattern":
        summary.regexPatterns = [...(summary.regexPatterns ?? []), argument];
        break;
    }
  }
  return summary;
}

/**
 * The rules of a policy, in the order they are shown: lengths, letters and digits, special
 * characters (listed when a pattern requires one of a set), other patterns, identity, history.
 */
export function passwordRules(policy: string | readonly PolicyPart[]): PasswordRule[] {
  const summary = summarize(typeof policy === "string" ? parsePolicy(policy) : policy);
  const rules: PasswordRule[] = [];
  const counted = ["length", "maxLength", "upperCase", "lowerCase", "digits"] as const;
  for (const id of counted) {
    const count = summary[id];
    if (count !== undefined && count > 0) rules.push({ id, count });
  }
  const patternRules = (summary.regexPatterns ?? []).map(patternRule);
  const specialCharsImpliedByPattern = patternRules.some((rule) => rule.id === "specialCharsFrom");
  if (summary.specialChars !== undefined && summary.specialChars > 0) {
    if (!(specialCharsImpliedByPattern && summary.specialChars === 1)) {
      rules.push({ id: "specialChars", count: summary.specialChars });
    }
  }
  rules.push(...patternRules);
  if (summary.notUsername) rules.push({ id: "notUsername" });
  if (summary.notEmail) rules.push({ id: "notEmail" });
  if (summary.passwordHistory !== undefined && summary.passwordHistory > 0) {
    rules.push({ id: "passwordHistory", count: summary.passwordHistory });
  }
  return rules;
}

function patternRule(pattern: string): PasswordRule {
  const oneOf = oneOfFromPattern(pattern);
  const characters = oneOf === undefined ? undefined : [...oneOf];
  return characters !== undefined && characters.every(isSpecialCharacter)
    ? { id: "specialCharsFrom", characters }
    : { id: "regexPattern", pattern };
}

function isSpecialCharacter(character: string): boolean {
  return !/[\p{L}\p{Nd}]/u.test(character);
}

function countMatching(password: string, characterClass: RegExp): number {
  return [...password].filter((character) => characterClass.test(character)).length;
}

/**
 * Whether the password meets the rule, as Keycloak checks it; undefined when it cannot be known
 * here (password history, an identity or a pattern it does not have).
 */
export function meetsRule(rule: PasswordRule, password: string, identity: Identity = {}): boolean | undefined {
  switch (rule.id) {
    case "length":
      return [...password].length >= rule.count;
    case "maxLength":
      return [...password].length <= rule.count;
    case "upperCase":
      return countMatching(password, /\p{Lu}/u) >= rule.count;
    case "lowerCase":
      return countMatching(password, /\p{Ll}/u) >= rule.count;
    case "digits":
      return countMatching(password, /\p{Nd}/u) >= rule.count;
    case "specialChars":
      return countMatching(password, /[^\p{L}\p{Nd}]/u) >= rule.count;
    case "specialCharsFrom":
      return [...password].some((character) => rule.characters.includes(character));
    case "regexPattern":
      return matchesWhole(rule.pattern, password);
    case "notUsername":
      return identity.username === undefined ? undefined : password !== identity.username;
    case "notEmail":
      return identity.email === undefined ? undefined : password !== identity.email;
    case "passwordHistory":
      return undefined;
  }
}

function matchesWhole(pattern: string, password: string): boolean | undefined {
  try {
    return new RegExp(`^(?:${pattern})$`, "s").test(password);
  } catch {
    return undefined; // a Java-only construct
  }
}

/** The rules the password breaks for sure (meetsRule is false), in the order of passwordRules. */
export function unmetRules(
  policy: string | readonly PolicyPart[] | readonly PasswordRule[],
  password: string,
  identity: Identity = {},
): PasswordRule[] {
  return rulesOf(policy).filter((rule) => meetsRule(rule, password, identity) === false);
}

function rulesOf(policy: string | readonly PolicyPart[] | readonly PasswordRule[]): readonly PasswordRule[] {
  if (typeof policy === "string") return passwordRules(policy);
  const items: readonly (PolicyPart | PasswordRule)[] = policy;
  return items.every(isPolicyPart) ? passwordRules(items) : (items as readonly PasswordRule[]);
}

function isPolicyPart(item: PolicyPart | PasswordRule): item is PolicyPart {
  return "argument" in item;
}
