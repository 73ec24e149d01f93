import type { ProfileRefusal } from "@siec/contract";
import { t } from "../messages";

/**
 * Keycloak's user-profile message keys (its validators' and the user profile's, 26.7) in the
 * operator's language, each from the refusal's parameters: the attribute's name, then the
 * validator's (a length or a number range gives both its bounds, even to say one was passed).
 */
const REASONS: Record<string, (parameters: string[]) => string> = {
  "error-invalid-length": ([, min, max]) => t("validator.lengthBetween", { min: min!, max: max! }),
  "error-invalid-length-too-short": ([, min]) => t("validator.shorter", { min: min! }),
  "error-invalid-length-too-long": ([, , max]) => t("validator.longer", { max: max! }),
  "error-invalid-email": () => t("validator.email"),
  "error-non-ascii-local-part-email": () => t("validator.emailAscii"),
  "error-pattern-no-match": ([, pattern]) => t("validator.pattern", { pattern: pattern! }),
  "error-person-name-invalid-character": () => t("validator.personName"),
  "error-username-invalid-character": () => t("validator.username"),
  "error-invalid-value": () => t("validator.notAnOption"),
  "error-invalid-number": () => t("validator.notANumber"),
  "error-number-out-of-range": ([, min, max]) => t("validator.numberBetween", { min: min!, max: max! }),
  "error-number-out-of-range-too-small": ([, min]) => t("validator.lessThan", { min: min! }),
  "error-number-out-of-range-too-big": ([, , max]) => t("validator.moreThan", { max: max! }),
  "error-invalid-date": () => t("validator.date"),
  "error-invalid-multivalued-size": ([, min, max]) => t("validator.valuesBetween", { min: min!, max: max! }),
  "error-user-attribute-required": () => t("validator.required"),
  "error-user-attribute-read-only": () => t("validator.readOnly"),
  usernameExistsMessage: () => t("validator.exists"),
  emailExistsMessage: () => t("validator.exists"),
};

/** Why the user profile refused a value, in the operator's language; a key it does not know is shown as the server gave it. */
export function refusalReason({ message, parameters }: ProfileRefusal): string {
  return REASONS[message]?.(parameters) ?? t("validator.serverRule", { message, parameters: parameters.join(", ") });
}
