import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import type { Attribute } from "keycloakify/login/KcContext";
import { fieldError } from "../fieldError";
import type { I18n } from "../i18n";
import type { PageContext } from "../KcContext";
import { Layout } from "../Layout";

/** Account activation: the fields the realm's user profile still needs (e-mail, birth date…). */
export default function LoginUpdateProfile(props: { kcContext: PageContext<"login-update-profile.ftl">; i18n: I18n }) {
  const { kcContext, i18n } = props;
  const { url, profile } = kcContext;
  const { msgStr } = i18n;
  const attributes = Object.values(profile.attributesByName).filter((attribute) => !attribute.readOnly);

  return (
    <Layout
      kcContext={kcContext}
      i18n={i18n}
      title={msgStr("activationTitle")}
      displayMessage={!attributes.some((attribute) => kcContext.messagesPerField.existsError(attribute.name))}
    >
      <p>{msgStr("activationIntro")}</p>
      <form action={url.loginAction} method="post">
        {attributes.map((attribute) => (
          <ProfileField key={attribute.name} attribute={attribute} kcContext={kcContext} i18n={i18n} />
        ))}
        <Button type="submit">{msgStr("activationSubmit")}</Button>
      </form>
    </Layout>
  );
}

function ProfileField(props: { attribute: Attribute; kcContext: PageContext<"login-update-profile.ftl">; i18n: I18n }) {
  const { attribute, kcContext, i18n } = props;
  const inputType = attribute.annotations.inputType?.replace(/^html5-/, "");
  return (
    <Input
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
}
