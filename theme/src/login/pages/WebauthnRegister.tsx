import { useRef } from "react";
import { ButtonsGroup } from "@codegouvfr/react-dsfr/ButtonsGroup";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { cancelAiaButton } from "../components/cancelAia";
import type { I18n } from "../i18n";
import type { PageContext } from "../KcContext";
import { Layout } from "../Layout";
import { registerWithWebAuthn, registersPasskey } from "../webauthn";

const answerFields = [
  "clientDataJSON",
  "attestationObject",
  "publicKeyCredentialId",
  "transports",
  "authenticatorAttachment",
  "error",
];

/** Registering a passkey or a security key (said as such): its name, then the browser's own dialog. */
export default function WebauthnRegister(props: { kcContext: PageContext<"webauthn-register.ftl">; i18n: I18n }) {
  const { kcContext, i18n } = props;
  const { url, isSetRetry, isAppInitiatedAction } = kcContext;
  const { msgStr } = i18n;
  const form = useRef<HTMLFormElement>(null);
  const passkey = registersPasskey(kcContext);

  return (
    <Layout
      kcContext={kcContext}
      i18n={i18n}
      title={msgStr(passkey ? "passkeyRegisterTitle" : "webAuthnRegisterTitle")}
    >
      <p>{msgStr(passkey ? "passkeyRegisterIntro" : "webAuthnRegisterIntro")}</p>
      <form ref={form} action={url.loginAction} method="post">
        {answerFields.map((name) => (
          // Not React values: the browser's answer is written into them just before sending.
          <input key={name} type="hidden" name={name} />
        ))}
        <Input
          label={msgStr("webAuthnRegisterLabel")}
          hintText={msgStr(passkey ? "passkeyRegisterLabelHint" : "webAuthnRegisterLabelHint")}
          nativeInputProps={{ id: "authenticatorLabel", name: "authenticatorLabel", autoComplete: "off" }}
        />
        <ButtonsGroup
          inlineLayoutWhen="md and up"
          buttons={[
            {
              children: msgStr("webAuthnRegisterButton"),
              type: "button",
              onClick: () =>
                registerWithWebAuthn(form.current!, kcContext, {
                  unsupportedMessage: msgStr("webAuthnUnsupported"),
                  defaultLabel: msgStr(passkey ? "passkeyRegisterDefaultLabel" : "webAuthnRegisterDefaultLabel"),
                }),
            },
            ...(!isSetRetry && isAppInitiatedAction ? [cancelAiaButton(i18n)] : []),
          ]}
        />
      </form>
    </Layout>
  );
}
