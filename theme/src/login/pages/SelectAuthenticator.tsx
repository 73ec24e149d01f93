// The DSFR's radio buttons, for the choice: loaded with this page, not with the sign-in page.
import "@codegouvfr/react-dsfr/dsfr/component/radio/radio.main.min.css";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { RadioButtons } from "@codegouvfr/react-dsfr/RadioButtons";
import type { I18n } from "../i18n";
import type { PageContext } from "../KcContext";
import { Layout } from "../Layout";

/** "Essayer une autre méthode": the ways this account can take the next step of the sign-in. */
export default function SelectAuthenticator(props: { kcContext: PageContext<"select-authenticator.ftl">; i18n: I18n }) {
  const { kcContext, i18n } = props;
  const { url, auth } = kcContext;
  const { msgStr, advancedMsgStr } = i18n;

  return (
    <Layout kcContext={kcContext} i18n={i18n} title={msgStr("selectAuthenticatorTitle")}>
      <form action={url.loginAction} method="post">
        <RadioButtons
          legend={msgStr("selectAuthenticatorLegend")}
          name="authenticationExecution"
          options={auth.authenticationSelections.map((selection, index) => ({
            label: advancedMsgStr(selection.displayName),
            hintText: advancedMsgStr(selection.helpText),
            nativeInputProps: { value: selection.authExecId, defaultChecked: index === 0 },
          }))}
        />
        <Button type="submit">{msgStr("siecContinue")}</Button>
      </form>
    </Layout>
  );
}
