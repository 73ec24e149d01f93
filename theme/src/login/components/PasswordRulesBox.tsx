import { CallOut } from "@codegouvfr/react-dsfr/CallOut";
import { meetsRule, type Identity, type PasswordRule } from "@siec/contract";
import type { I18n } from "../i18n";

/**
 * The INFORMATION box: the realm's rules, each checked live and announced politely; busy while
 * the live policy is being read.
 */
export function PasswordRulesBox(props: {
  rules: PasswordRule[];
  loading: boolean;
  password: string;
  identity: Identity;
  i18n: I18n;
}) {
  const { rules, loading, password, identity, i18n } = props;
  if (rules.length === 0) return null;

  return (
    <CallOut title={i18n.msgStr("passwordRulesTitle")} titleAs="h2" bodyAs="div" className="fr-mb-4w">
      <p id="password-rules-intro" className="fr-mb-1w">
        {i18n.msgStr("passwordRulesIntro")}
      </p>
      <ul id="password-rules" aria-live="polite" aria-busy={loading || undefined} className="fr-mb-0">
        {rules.map((rule) => {
          const met = password === "" ? undefined : meetsRule(rule, password, identity);
          return (
            <li key={ruleKey(rule)} data-rule={rule.id} data-met={met === undefined ? undefined : String(met)}>
              {ruleText(rule, i18n)}
              {met !== undefined && (
                <span className={met ? "fr-message--valid fr-ml-1w" : "fr-sr-only"}>
                  {` (${i18n.msgStr(met ? "passwordRuleMet" : "passwordRuleNotMet")})`}
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </CallOut>
  );
}

function ruleKey(rule: PasswordRule): string {
  return rule.id === "regexPattern" ? `${rule.id}:${rule.pattern}` : rule.id;
}

export function ruleText(rule: PasswordRule, i18n: I18n): string {
  const { msgStr } = i18n;
  switch (rule.id) {
    case "length":
      return msgStr("passwordRuleLength", String(rule.count));
    case "maxLength":
      return msgStr("passwordRuleMaxLength", String(rule.count));
    case "upperCase":
      return msgStr(rule.count > 1 ? "passwordRuleUpperCasePlural" : "passwordRuleUpperCase", String(rule.count));
    case "lowerCase":
      return msgStr(rule.count > 1 ? "passwordRuleLowerCasePlural" : "passwordRuleLowerCase", String(rule.count));
    case "digits":
      return msgStr(rule.count > 1 ? "passwordRuleDigitsPlural" : "passwordRuleDigits", String(rule.count));
    case "specialChars":
      return msgStr(rule.count > 1 ? "passwordRuleSpecialCharsPlural" : "passwordRuleSpecialChars", String(rule.count));
    case "specialCharsFrom":
      return msgStr("passwordRuleSpecialCharsFrom", rule.characters.join(" "));
    case "regexPattern":
      return msgStr("passwordRuleRegexPattern");
    case "notUsername":
      return msgStr("passwordRuleNotUsername");
    case "notEmail":
      return msgStr("passwordRuleNotEmail");
    case "passwordHistory":
      return msgStr("passwordRulePasswordHistory", String(rule.count));
  }
}
