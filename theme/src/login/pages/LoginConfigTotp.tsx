import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { fieldError } from "../fieldError";
import type { I18n } from "../i18n";
import type { PageContext } from "../KcContext";
import { Layout } from "../Layout";

/** Setting up an authenticator app: install one, scan the code (or type the key), give a code. */
export default function LoginConfigTotp(props: { kcContext: PageContext<"login-config-totp.ftl">; i18n: I18n }) {
  const { kcContext, i18n } = props;
  const { url, totp, mode, messagesPerField, isAppInitiatedAction } = kcContext;
  const { msgStr, advancedMsgStr } = i18n;
  const manual = mode === "manual";

  return (
    <Layout
      kcContext={kcContext}
      i18n={i18n}
      title={msgStr("totpSetupTitle")}
      displayMessage={!messagesPerField.existsError("totp", "userLabel")}
    >
      <ol className="fr-mb-4w">
        <li>
          <p className="fr-mb-1w">{msgStr("totpSetupInstall")}</p>
          <ul>
            {totp.supportedApplications.map((application) => (
              <li key={application}>{advancedMsgStr(application)}</li>
            ))}
          </ul>
        </li>
        {manual ? (
          <li>
            <p className="fr-mb-1w">{msgStr("totpSetupTypeKey")}</p>
            <p className="fr-text--lg fr-text--bold" id="totp-key">
              {totp.totpSecretEncoded}
            </p>
            <p className="fr-text--sm">
              {msgStr(
                "totpSetupKeySettings",
                String(totp.policy.digits),
                totp.policy.type === "totp" ? String(totp.policy.period) : "",
              )}
            </p>
            <a className="fr-link" href={totp.qrUrl}>
              {msgStr("totpSetupScanInstead")}
            </a>
          </li>
        ) : (
          <li>
            <p className="fr-mb-1w">{msgStr("totpSetupScan")}</p>
            <img
              src={`data:image/png;base64,${totp.totpSecretQrCode}`}
              alt={msgStr("totpSetupQrAlt")}
              width={200}
              height={200}
            />
            <p>
              <a className="fr-link" href={totp.manualUrl}>
                {msgStr("totpSetupTypeInstead")}
              </a>
            </p>
          </li>
        )}
        <li>
          <p>{msgStr("totpSetupCode")}</p>
        </li>
      </ol>
      <form action={url.loginAction} method="post">
        <input type="hidden" name="totpSecret" value={totp.totpSecret} />
        {mode && <input type="hidden" name="mode" value={mode} />}
        <Input
          label={msgStr("otpCodeLabel")}
          hintText={msgStr("otpCodeHint")}
          {...fieldError(kcContext, i18n, "totp")}
          nativeInputProps={{ id: "totp", name: "totp", autoComplete: "one-time-code", inputMode: "numeric" }}
        />
        <Input
          label={msgStr("totpSetupDeviceName")}
          hintText={msgStr("totpSetupDeviceNameHint")}
          {...fieldError(kcContext, i18n, "userLabel")}
          nativeInputProps={{ id: "userLabel", name: "userLabel", autoComplete: "off" }}
        />
        <ul className="fr-btns-group fr-btns-group--inline-md">
          <li>
            <Button type="submit">{msgStr("totpSetupSubmit")}</Button>
          </li>
          {isAppInitiatedAction && (
            <li>
              <Button priority="secondary" type="submit" nativeButtonProps={{ name: "cancel-aia", value: "true" }}>
                {msgStr("totpSetupCancel")}
              </Button>
            </li>
          )}
        </ul>
      </form>
    </Layout>
  );
}
