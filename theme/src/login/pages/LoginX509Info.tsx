import { ButtonsGroup } from "@codegouvfr/react-dsfr/ButtonsGroup";
import type { I18n } from "../i18n";
import type { PageContext } from "../KcContext";
import { Layout } from "../Layout";

/** Signing in with the browser's client certificate: the certificate and the account it signs in to. */
export default function LoginX509Info(props: { kcContext: PageContext<"login-x509-info.ftl">; i18n: I18n }) {
  const { kcContext, i18n } = props;
  const { url, x509 } = kcContext;
  const { subjectDN, isUserEnabled, username } = x509.formData;
  const { msgStr } = i18n;

  return (
    <Layout kcContext={kcContext} i18n={i18n} title={msgStr("x509Title")}>
      <dl>
        <dt className="fr-text--bold">{msgStr("x509Certificate")}</dt>
        <dd className="fr-mb-2w">{subjectDN || msgStr("x509NoCertificate")}</dd>
        {isUserEnabled && (
          <>
            <dt className="fr-text--bold">{msgStr("x509Account")}</dt>
            <dd className="fr-mb-2w">{username}</dd>
          </>
        )}
      </dl>
      <form action={url.loginAction} method="post">
        <ButtonsGroup
          inlineLayoutWhen="md and up"
          buttons={[
            { children: msgStr("siecContinue"), type: "submit", nativeButtonProps: { name: "login" } },
            ...(isUserEnabled
              ? [
                  {
                    children: msgStr("x509Ignore"),
                    priority: "secondary" as const,
                    type: "submit" as const,
                    nativeButtonProps: { name: "cancel" },
                  },
                ]
              : []),
          ]}
        />
      </form>
    </Layout>
  );
}
