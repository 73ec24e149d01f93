import { Input } from "@codegouvfr/react-dsfr/Input";
import type { Attribute } from "keycloakify/login/KcContext";
import { fieldError } from "../fieldError";
import type { I18n } from "../i18n";
import type { KcContext } from "../KcContext";

type ProfileContext = KcContext & { profile: { attributesByName: Record<string, Attribute> } };

/** The attributes of the realm's user profile the person may fill in on this page. */
function editableAttributes(kcContext: ProfileContext): Attribute[] {
  return Object.values(kcContext.profile.attributesByName).filter((attribute) => !attribute.readOnly);
}

/** Whether Keycloak refused one of the fields: the page then shows it under that field only. */
export function hasProfileFieldError(kcContext: ProfileContext): boolean {
  return editableAttributes(kcContext).some((attribute) => kcContext.messagesPerField.existsError(attribute.name));
}

/** One DSFR field per editable attribute of the user profile (e-mail, names, birth date…). */
export function ProfileFields(props: { kcContext: ProfileContext; i18n: I18n }) {
  const { kcContext, i18n } = props;
  return editableAttributes(kcContext).map((attribute) => {
    const inputType = attribute.annotations.inputType?.replace(/^html5-/, "");
    return (
      <Input
        key={attribute.name}
        label={i18n.advancedMsgStr(attribute.displayName ?? attribute.name)}
        hintText={
          attribute.annotations.inputHelperTextBefore === undefined
            ? undefined
            : i18n.advancedMsgStr(attribute.annotations.inputHelperTextBefore)
        }
        {...fieldError(kcContext, i18n, attribute.name)}
        nativeInputProps={{
          id: attribute.name,
          name: attribute.name,
          type: inputType ?? (attribute.name === "email" ? "email" : "text"),
          defaultValue: attribute.value ?? "",
          required: attribute.required,
          autoComplete: attribute.autocomplete,
        }}
      />
    );
  });
}
