// The DSFR's radio buttons, for the choice of device: loaded with this page, not with the sign-in page.
import "@codegouvfr/react-dsfr/dsfr/component/radio/radio.main.min.css";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { RadioButtons } from "@codegouvfr/react-dsfr/RadioButtons";
import { fieldError } from "../fieldError";
import type { I18n } from "../i18n";
import type { PageContext } from "../KcContext";
import { Layout } from "../Layout";

/** The second step of a sign-in: the code of the person's authenticator app. */
export default function LoginOtp(props: { kcContext: PageContext<"login-otp.ftl">; i18n: I18n }) {
  const { kcContext, i18n } = props;
  const { url, otpLogin, messagesPerField } = kcContext;
  const { msgStr } = i18n;
  const devices = otpLogin.userOtpCredentials;
  const selected = otpLogin.selectedCredentialId ?? devices[0]?.id;

  return (
    <Layout
      kcContext={kcContext}
      i18n={i18n}
      title={msgStr("otpTitle")}
      displayMessage={!messagesPerField.existsError("totp")}
    >
      <p>{msgStr("otpInstruction")}</p>
      <form action={url.loginAction} method="post">
        {devices.length > 1 && (
          <RadioButtons
            legend={msgStr("otpDeviceLegend")}
            name="selectedCredentialId"
            options={devices.map((device) => ({
              label: device.userLabel || msgStr("otpDeviceUnnamed"),
              nativeInputProps: { value: device.id, defaultChecked: device.id === selected },
            }))}
          />
        )}
        {devices.length === 1 && <input type="hidden" name="selectedCredentialId" value={selected} />}
        <Input
          label={msgStr("otpCodeLabel")}
          hintText={msgStr("otpCodeHint")}
          {...fieldError(kcContext, i18n, "totp")}
          nativeInputProps={{
            id: "otp",
            name: "otp",
            autoComplete: "one-time-code",
            inputMode: "numeric",
            autoFocus: true,
          }}
        />
        <Button type="submit" nativeButtonProps={{ name: "login" }}>
          {msgStr("otpSubmit")}
        </Button>
      </form>
    </Layout>
  );
}
