/**
 * The password rules shown to users, derived from the realm's password policy (never typed by
 * hand), and the same rules checked against what the user types.
 */

export type PasswordPolicy = {
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

export type PasswordRule =
  | { id: "length" | "maxLength" | "upperCase" | "lowerCase" | "digits" | "specialChars"; count: number }
  | { id: "specialCharsFrom"; characters: string[] }
  | { id: "regexPattern"; pattern: string }
  | { id: "notUsername" | "notEmail" }
  | { id: "passwordHistory"; count: number };

export type Identity = { username?: string; email?: string };

/** Parses Keycloak's policy string, e.g. `length(12) and digits(1) and regexPattern(^.*$)`. */
export function parsePasswordPolicy(policy: string): PasswordPolicy {
  const parsed: PasswordPolicy = {};
  const part = /(\w+)\((.*?)\)(?=\s+and\s+\w+\(|\s*$)/gs;
  for (const [, id, argument] of policy.matchAll(part)) {
    const count = Number.parseInt(argument!, 10);
    switch (id) {
      case "length":
      case "maxLength":
      case "upperCase":
      case "lowerCase":
      case "digits":
      case "specialChars":
      case "passwordHistory":
        parsed[id] = Number.isNaN(count) ? 1 : count;
        break;
      case "notUsername":
      case "notEmail":
        parsed[id] = true;
        break;
      case "regexPattern":
        parsed.regexPatterns = [...(parsed.regexPatterns ?? []), argument!];
        break;
    }
  }
  return parsed;
}

export function passwordRules(policy: PasswordPolicy): PasswordRule[] {
  const rules: PasswordRule[] = [];
  const counted = ["length", "maxLength", "upperCase", "lowerCase", "digits"] as const;
  for (const id of counted) {
    const count = policy[id];
    if (count !== undefined && count > 0) rules.push({ id, count });
  }
  const patternRules = (policy.regexPatterns ?? []).map(patternRule);
  const specialCharsImpliedByPattern = patternRules.some((rule) => rule.id === "specialCharsFrom");
  if (policy.specialChars !== undefined && policy.specialChars > 0) {
    if (!(specialCharsImpliedByPattern && policy.specialChars === 1)) {
      rules.push({ id: "specialChars", count: policy.specialChars });
    }
  }
  rules.push(...patternRules);
  if (policy.notUsername) rules.push({ id: "notUsername" });
  if (policy.notEmail) rules.push({ id: "notEmail" });
  if (policy.passwordHistory !== undefined && policy.passwordHistory > 0) {
    rules.push({ id: "passwordHistory", count: policy.passwordHistory });
  }
  return rules;
}

// The form a realm uses to require one character of a set: `^(?=.*[$@%*+\-_!]).*$`.
const requiredCharacterLookahead = /^\^\(\?=\.\*\[((?:\\.|[^\]\\])+)\]\)\.\*\$$/;

function patternRule(pattern: string): PasswordRule {
  const characters = requiredCharacterSet(pattern);
  return characters !== undefined && characters.every(isSpecialCharacter)
    ? { id: "specialCharsFrom", characters }
    : { id: "regexPattern", pattern };
}

function requiredCharacterSet(pattern: string): string[] | undefined {
  const set = requiredCharacterLookahead.exec(pattern)?.[1];
  if (set === undefined || set.startsWith("^")) return undefined;
  const characters: string[] = [];
  for (let index = 0; index < set.length; index++) {
    const character = set[index]!;
    if (character === "\\") {
      characters.push(set[++index]!);
    } else if (character === "-" && index > 0 && index < set.length - 1) {
      return undefined; // a range: too broad to list
    } else {
      characters.push(character);
    }
  }
  return characters;
}

function isSpecialCharacter(character: string): boolean {
  return !/[\p{L}\p{Nd}]/u.test(character);
}

function countMatching(password: string, characterClass: RegExp): number {
  return [...password].filter((character) => characterClass.test(character)).length;
}

/**
 * Whether the password meets the rule, as Keycloak checks it; undefined when the browser cannot
 * know (password history, an identity or a pattern it does not have).
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
