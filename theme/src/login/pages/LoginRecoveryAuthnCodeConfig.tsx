import { useState } from "react";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { ButtonsGroup } from "@codegouvfr/react-dsfr/ButtonsGroup";
import { Checkbox } from "@codegouvfr/react-dsfr/Checkbox";
import { cancelAiaButton } from "../components/cancelAia";
import type { I18n } from "../i18n";
import type { PageContext } from "../KcContext";
import { Layout } from "../Layout";

/** Recovery codes, each usable once when the second factor is out of reach: keep them, then confirm. */
export default function LoginRecoveryAuthnCodeConfig(props: {
  kcContext: PageContext<"login-recovery-authn-code-config.ftl">;
  i18n: I18n;
}) {
  const { kcContext, i18n } = props;
  const { url, recoveryAuthnCodesConfigBean: codes, isAppInitiatedAction } = kcContext;
  const { msgStr } = i18n;
  const [kept, setKept] = useState(false);
  const [copied, setCopied] = useState(false);
  const shown = codes.generatedRecoveryAuthnCodesList.map((code) => code.match(/.{1,4}/g)!.join("-"));
  const asText = () =>
    [msgStr("recoveryCodesFileHeader"), "", ...shown.map((code, index) => `${index + 1}: ${code}`)].join("\n");

  return (
    <Layout kcContext={kcContext} i18n={i18n} title={msgStr("recoveryCodesTitle")}>
      <Alert severity="warning" small className="fr-mb-3w" description={msgStr("recoveryCodesWarning")} />
      <ol id="recovery-codes" className="fr-text--lg">
        {shown.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ol>
      <ButtonsGroup
        inlineLayoutWhen="md and up"
        buttons={[
          {
            children: msgStr("recoveryCodesDownload"),
            priority: "secondary",
            linkProps: {
              href: `data:text/plain;charset=utf-8,${encodeURIComponent(asText())}`,
              download: "codes-de-recuperation.txt",
            },
          },
          { children: msgStr("recoveryCodesPrint"), priority: "secondary", onClick: () => window.print() },
          {
            children: msgStr("recoveryCodesCopy"),
            priority: "secondary",
            onClick: () => navigator.clipboard.writeText(asText()).then(() => setCopied(true)),
          },
        ]}
      />
      <p className="fr-sr-only" role="status">
        {copied ? msgStr("recoveryCodesCopied") : ""}
      </p>
      <form action={url.loginAction} method="post">
        <input type="hidden" name="generatedRecoveryAuthnCodes" value={codes.generatedRecoveryAuthnCodesAsString} />
        <input type="hidden" name="generatedAt" value={codes.generatedAt} />
        <input type="hidden" name="userLabel" value={msgStr("recoveryCodesLabel")} />
        <Checkbox
          options={[
            {
              label: msgStr("recoveryCodesKept"),
              nativeInputProps: { checked: kept, onChange: (event) => setKept(event.target.checked) },
            },
          ]}
        />
        <ButtonsGroup
          inlineLayoutWhen="md and up"
          buttons={[
            { children: msgStr("recoveryCodesSubmit"), type: "submit", disabled: !kept },
            ...(isAppInitiatedAction ? [cancelAiaButton(i18n)] : []),
          ]}
        />
      </form>
    </Layout>
  );
}
