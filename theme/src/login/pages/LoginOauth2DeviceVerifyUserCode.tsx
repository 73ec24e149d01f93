import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import type { I18n } from "../i18n";
import type { PageContext } from "../KcContext";
import { Layout } from "../Layout";

/** Signing in a device without a browser (OAuth 2.0 device flow): the code the device shows. */
export default function LoginOauth2DeviceVerifyUserCode(props: {
  kcContext: PageContext<"login-oauth2-device-verify-user-code.ftl">;
  i18n: I18n;
}) {
  const { kcContext, i18n } = props;
  const { msgStr } = i18n;

  return (
    <Layout kcContext={kcContext} i18n={i18n} title={msgStr("deviceCodeTitle")}>
      <form action={kcContext.url.oauth2DeviceVerificationAction} method="post">
        <Input
          label={msgStr("deviceCodeLabel")}
          hintText={msgStr("deviceCodeHint")}
          nativeInputProps={{ id: "device-user-code", name: "device_user_code", autoComplete: "off", autoFocus: true }}
        />
        <Button type="submit">{msgStr("siecContinue")}</Button>
      </form>
    </Layout>
  );
}
