import { hasAsciiLocalPart, isKeycloakEmail, MAX_LOCAL_PART_LENGTH } from "./email-address";
import { javaPattern } from "./java-pattern";
import { t, type MessageKey } from "../../messages";

/*
 * Keycloak's built-in user-profile validators (26.7), each as a pure function of the attribute's
 * values. The patterns are Keycloak's source text, read by javaPattern.
 */

/** Why a validator refuses an attribute's values, and the value it refuses when it is one of them. */
export interface Refusal {
  value?: string;
  reason: string;
}

export type ValuesCheck = (values: readonly string[]) => Refusal | undefined;

/** What Keycloak's validators read besides their own configuration. */
export interface ValidationContext {
  /** The attribute is required when an admin writes the account. */
  required: boolean;
  emailAsUsername: boolean;
  /** The realm has SMTP settings without `allowutf8`: an address must be ASCII before its @. */
  asciiLocalPartOnly: boolean;
}

/** A validator configuration this module cannot use (Keycloak checks them when the profile is saved). */
export class UnusableValidatorConfig extends Error {}

type ValidatorConfig = Record<string, unknown>;
type Validator = (config: ValidatorConfig, context: ValidationContext) => ValuesCheck;

const PERSON_NAME = javaPattern('^[^<>&"\\v$%!#?§;*~/\\\\|^=\\[\\]{}()\\p{Cntrl}]+$');
const USERNAME = javaPattern("^[^<>&\"'\\s\\v\\h$%!#?§,;:*~/\\\\|^=\\[\\]{}()`\\p{Cntrl}]+$");
const LATIN_OR_COMMON = javaPattern("^[\\p{IsLatin}|\\p{IsCommon}]+$");

export const KEYCLOAK_VALIDATORS: Record<string, Validator> = {
  length(config) {
    const min = configInteger(config, "min");
    const max = configInteger(config, "max");
    const trim = !configFlag(config, "trim-disabled");
    return eachValue((value) => {
      const length = (trim ? javaTrim(value) : value).length;
      if (min !== undefined && length < min) return t("validator.shorter", { min });
      if (max !== undefined && length > max) return t("validator.longer", { max });
      return undefined;
    });
  },

  email(config, { asciiLocalPartOnly }) {
    const maxLocalPartLength = configInteger(config, "max-local-length") ?? MAX_LOCAL_PART_LENGTH;
    return eachValue((value) => {
      if (!isKeycloakEmail(value, maxLocalPartLength)) return t("validator.email");
      if (asciiLocalPartOnly && !hasAsciiLocalPart(value)) return t("validator.emailAscii");
      return undefined;
    });
  },

  pattern(config) {
    const source = config.pattern;
    if (typeof source !== "string") throw new UnusableValidatorConfig(t("validatorConfig.noPattern"));
    const pattern = javaPattern(source);
    const message = config["error-message"];
    const explained = typeof message === "string" ? t("validator.patternExplained", { message }) : "";
    return eachValue((value) =>
      pattern.test(value) ? undefined : t("validator.pattern", { pattern: source, explained }),
    );
  },

  "person-name-prohibited-characters": () =>
    eachValue((value) => (PERSON_NAME.test(value) ? undefined : t("validator.personName"))),

  // Keycloak leaves the username to the e-mail rules when the e-mail address is the username.
  "username-prohibited-characters": (_config, { emailAsUsername }) =>
    emailAsUsername
      ? () => undefined
      : eachValue((value) => (USERNAME.test(value) ? undefined : t("validator.username"))),

  // Keycloak checks the first value only.
  "up-username-not-idn-homograph":
    () =>
    ([value]) =>
      value === undefined || javaTrim(value) === "" || LATIN_OR_COMMON.test(value)
        ? undefined
        : { value, reason: t("validator.homograph") },

  options(config) {
    const options = config.options;
    if (!Array.isArray(options)) throw new UnusableValidatorConfig(t("validatorConfig.noOptions"));
    const allowed = options.map(String);
    return eachValue((value) =>
      allowed.includes(value) ? undefined : t("validator.notAnOption", { options: allowed.join(", ") }),
    );
  },

  integer: numberValidator({ value: "validator.notAnInteger", bound: "validatorConfig.notAnInteger" }, parseJavaLong),
  double: numberValidator({ value: "validator.notANumber", bound: "validatorConfig.notANumber" }, parseJavaDouble),

  multivalued(config, { required }) {
    const min = configInteger(config, "min") ?? (required ? 1 : 0);
    const max = configInteger(config, "max");
    if (max === undefined) throw new UnusableValidatorConfig(t("validatorConfig.noMax"));
    return (values) => {
      const count = values.filter((value) => javaTrim(value) !== "").length;
      // An empty required attribute is the required rule's to report.
      if (count === 0 && required) return undefined;
      if (count < min) return { reason: t("validator.tooFewValues", { count, min }) };
      if (count > max) return { reason: t("validator.tooManyValues", { count, max }) };
      return undefined;
    };
  },
};

/** The check of a required attribute (AttributeRequiredByMetadataValidator): a value, none blank. */
export const requiredValues: ValuesCheck = (values) =>
  values.length === 0 || values.some((value) => javaTrim(value) === "")
    ? { reason: t("validator.required") }
    : undefined;

/** A check of each value; the user profile has Keycloak skip empty ones (ignore.empty.value). */
function eachValue(refuse: (value: string) => string | undefined): ValuesCheck {
  return (values) => {
    for (const value of values) {
      const reason = value === "" ? undefined : refuse(value);
      if (reason) return { value, reason };
    }
    return undefined;
  };
}

function numberValidator<T extends number | bigint>(
  refusals: { value: MessageKey; bound: MessageKey },
  parse: (text: string) => T | undefined,
): Validator {
  return (config) => {
    const [min, max] = (["min", "max"] as const).map((key) => {
      if (config[key] === undefined) return undefined;
      const bound = parse(String(config[key]));
      if (bound === undefined) throw new UnusableValidatorConfig(t(refusals.bound, { key }));
      return bound;
    });
    return eachValue((value) => {
      const number = parse(value);
      if (number === undefined) return t(refusals.value);
      if (min !== undefined && min > number) return t("validator.lessThan", { min: String(min) });
      if (max !== undefined && number > max) return t("validator.moreThan", { max: String(max) });
      return undefined;
    });
  };
}

const LONG_RANGE = [-(2n ** 63n), 2n ** 63n - 1n] as const;

/** Long.valueOf, for ASCII digits (Java also reads other scripts' digits: refused here). */
function parseJavaLong(text: string): bigint | undefined {
  if (!/^[+-]?[0-9]+$/.test(text)) return undefined;
  const number = BigInt(text);
  return number < LONG_RANGE[0] || number > LONG_RANGE[1] ? undefined : number;
}

/** Double.valueOf, for decimal notation (Java also reads hexadecimal: refused here). */
function parseJavaDouble(text: string): number | undefined {
  const trimmed = javaTrim(text);
  if (!/^[+-]?(?:NaN|Infinity|(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?[fFdD]?)$/.test(trimmed))
    return undefined;
  return Number(trimmed.replace(/[fFdD]$/, ""));
}

/** String.trim: Java trims the characters up to U+0020 only. */
function javaTrim(value: string): string {
  return value.replace(/^[\x00-\x20]+|[\x00-\x20]+$/g, "");
}

function configInteger(config: ValidatorConfig, key: string): number | undefined {
  const value = config[key];
  if (value === undefined) return undefined;
  if (typeof value === "number" && Number.isInteger(value)) return value;
  if (typeof value === "string" && /^[+-]?[0-9]+$/.test(value)) return Number(value);
  throw new UnusableValidatorConfig(t("validatorConfig.notAnInteger", { key }));
}

function configFlag(config: ValidatorConfig, key: string): boolean {
  const value = config[key];
  return value === true || (typeof value === "string" && value.toLowerCase() === "true");
}
