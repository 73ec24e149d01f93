import { useState } from "react";
import { PasswordInput } from "@codegouvfr/react-dsfr/blocks/PasswordInput";
import { passwordRules, type Identity, type PasswordRule } from "@siec/contract";
import { fieldError } from "../fieldError";
import type { I18n } from "../i18n";
import type { KcContext, LivePasswordPolicies } from "../KcContext";
import { useLivePasswordPolicy } from "../useLivePasswordPolicy";
import { PasswordRulesBox } from "./PasswordRulesBox";

/**
 * The rules box from the realm's live policy, the new password and its confirmation. The
 * confirmation's mismatch shows once the user has left that field. The new password's field is
 * "password-new", or "password" in the registration form.
 */
export function NewPasswordFields(props: {
  kcContext: KcContext & { passwordPolicies?: LivePasswordPolicies };
  i18n: I18n;
  passwordField?: "password-new" | "password";
}) {
  const { kcContext, i18n, passwordField = "password-new" } = props;
  const { msgStr } = i18n;
  const [password, setPassword] = useState("");
  const [confirmation, setConfirmation] = useState("");
  const [confirmationLeft, setConfirmationLeft] = useState(false);
  const livePolicy = useLivePasswordPolicy(kcContext);
  const rules = passwordRules(livePolicy.policy);
  const serverError = passwordRejection(kcContext, i18n, rules);
  const serverConfirmationError = fieldError(kcContext, i18n, "password-confirm").stateRelatedMessage;
  const mismatch = confirmationLeft && confirmation !== "" && confirmation !== password;
  const confirmationError = mismatch ? msgStr("newPasswordMismatch") : serverConfirmationError;

  return (
    <>
      <PasswordRulesBox
        rules={rules}
        loading={livePolicy.loading}
        password={password}
        identity={identityOf(kcContext)}
        i18n={i18n}
      />
      <PasswordInput
        label={msgStr("newPasswordLabel")}
        messagesHint=""
        messages={serverError === undefined ? [] : [{ severity: "error", message: serverError }]}
        nativeInputProps={{
          id: passwordField,
          name: passwordField,
          autoComplete: "new-password",
          autoFocus: true,
          value: password,
          onChange: (event) => setPassword(event.target.value),
          "aria-invalid": serverError !== undefined || undefined,
          "aria-describedby": rules.length > 0 ? "password-rules-intro" : undefined,
        }}
      />
      <PasswordInput
        label={msgStr("newPasswordConfirmLabel")}
        messagesHint=""
        messages={confirmationError === undefined ? [] : [{ severity: "error", message: confirmationError }]}
        nativeInputProps={{
          id: "password-confirm",
          name: "password-confirm",
          autoComplete: "new-password",
          value: confirmation,
          onChange: (event) => setConfirmation(event.target.value),
          onBlur: () => setConfirmationLeft(true),
          "aria-invalid": confirmationError !== undefined || undefined,
        }}
      />
    </>
  );
}

/**
 * Keycloak's refusal of the new password, said as the rule it broke. Keycloak sends a policy
 * refusal as the page's error rather than the field's, and the SIEC special characters as a
 * regexPattern, which the rules box names by its characters.
 */
function passwordRejection(kcContext: KcContext, i18n: I18n, rules: PasswordRule[]): string | undefined {
  const { message } = kcContext;
  const refusal =
    fieldError(kcContext, i18n, "password").stateRelatedMessage ??
    (message?.type === "error" ? i18n.advancedMsgStr(message.summary) : undefined);
  const specialCharacters = rules.find((rule) => rule.id === "specialCharsFrom");
  if (refusal === i18n.msgStr("invalidPasswordRegexPatternMessage") && specialCharacters !== undefined)
    return i18n.msgStr("invalidPasswordSpecialCharsFromMessage", specialCharacters.characters.join(" "));
  return refusal;
}

function identityOf(kcContext: KcContext): Identity {
  const username = kcContext.auth?.attemptedUsername;
  return { username, email: username?.includes("@") ? username : undefined };
}
