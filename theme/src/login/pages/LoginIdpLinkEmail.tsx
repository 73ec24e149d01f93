import type { I18n } from "../i18n";
import type { PageContext } from "../KcContext";
import { Layout } from "../Layout";

/** Linking an identity provider to an existing account: a confirmation link was e-mailed to it. */
export default function LoginIdpLinkEmail(props: { kcContext: PageContext<"login-idp-link-email.ftl">; i18n: I18n }) {
  const { kcContext, i18n } = props;
  const { url, brokerContext, idpDisplayName } = kcContext;
  const { msgStr } = i18n;

  return (
    <Layout kcContext={kcContext} i18n={i18n} title={msgStr("idpLinkEmailTitle", idpDisplayName)}>
      <p>{msgStr("idpLinkEmailSent", idpDisplayName, brokerContext.username)}</p>
      <p>{msgStr("verifyEmailNotReceived")}</p>
      <ul className="fr-links-group">
        <li>
          <a className="fr-link" href={url.loginAction}>
            {msgStr("verifyEmailResend")}
          </a>
        </li>
        <li>
          <a className="fr-link" href={url.loginAction}>
            {msgStr("idpLinkEmailVerified")}
          </a>
        </li>
      </ul>
    </Layout>
  );
}
