// The DSFR's radio buttons, for the choice of device: loaded with this page, not with the sign-in page.
import "@codegouvfr/react-dsfr/dsfr/component/radio/radio.main.min.css";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { RadioButtons } from "@codegouvfr/react-dsfr/RadioButtons";
import { fieldError } from "../fieldError";
import type { I18n } from "../i18n";
import type { PageContext } from "../KcContext";
import { Layout } from "../Layout";

/** Resetting the second factor: which authenticator app to remove from the account. */
export default function LoginResetOtp(props: { kcContext: PageContext<"login-reset-otp.ftl">; i18n: I18n }) {
  const { kcContext, i18n } = props;
  const { url, configuredOtpCredentials, messagesPerField } = kcContext;
  const { msgStr } = i18n;

  return (
    <Layout
      kcContext={kcContext}
      i18n={i18n}
      title={msgStr("resetOtpTitle")}
      displayMessage={!messagesPerField.existsError("totp")}
    >
      <form action={url.loginAction} method="post">
        <RadioButtons
          legend={msgStr("resetOtpLegend")}
          name="selectedCredentialId"
          {...fieldError(kcContext, i18n, "totp")}
          options={configuredOtpCredentials.userOtpCredentials.map((device) => ({
            label: device.userLabel || msgStr("otpDeviceUnnamed"),
            nativeInputProps: {
              value: device.id,
              defaultChecked: device.id === configuredOtpCredentials.selectedCredentialId,
            },
          }))}
        />
        <Button type="submit">{msgStr("resetOtpSubmit")}</Button>
      </form>
    </Layout>
  );
}
