import { KcHtml } from "../components/KcHtml";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Checkbox } from "@codegouvfr/react-dsfr/Checkbox";
import { BackToSignIn } from "../components/BackToSignIn";
import { NewPasswordFields } from "../components/NewPasswordFields";
import { hasProfileFieldError, ProfileFields } from "../components/ProfileFields";
import { fieldError } from "../fieldError";
import type { I18n } from "../i18n";
import type { PageContext } from "../KcContext";
import { Layout } from "../Layout";

/**
 * Creating an account, should a realm allow it (the SIEC's does not: its staff create the
 * accounts). No reCAPTCHA: the portal loads nothing from a third party.
 */
export default function Register(props: { kcContext: PageContext<"register.ftl">; i18n: I18n }) {
  const { kcContext, i18n } = props;
  const { url, messageHeader, passwordRequired, termsAcceptanceRequired, messagesPerField } = kcContext;
  const { msgStr, advancedMsgStr } = i18n;
  const passwordError = messagesPerField.existsError("password", "password-confirm");

  return (
    <Layout
      kcContext={kcContext}
      i18n={i18n}
      title={messageHeader !== undefined ? advancedMsgStr(messageHeader) : msgStr("registerPageTitle")}
      displayMessage={!hasProfileFieldError(kcContext) && !passwordError}
    >
      <form action={url.registrationAction} method="post">
        <ProfileFields kcContext={kcContext} i18n={i18n} />
        {passwordRequired && <NewPasswordFields kcContext={kcContext} i18n={i18n} passwordField="password" />}
        {termsAcceptanceRequired && (
          <>
            <h2 className="fr-h5">{msgStr("termsTitle")}</h2>
            <div className="fr-mb-2w">
              <KcHtml html={msgStr("termsText")} />
            </div>
            <Checkbox
              {...fieldError(kcContext, i18n, "termsAccepted")}
              options={[
                {
                  label: msgStr("registerAcceptTerms"),
                  nativeInputProps: { name: "termsAccepted", required: true },
                },
              ]}
            />
          </>
        )}
        <Button type="submit">{msgStr("registerSubmit")}</Button>
      </form>
      <BackToSignIn href={url.loginUrl} i18n={i18n} />
    </Layout>
  );
}
