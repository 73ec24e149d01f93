import { WebAuthnSignIn } from "../components/WebAuthnSignIn";
import type { I18n } from "../i18n";
import type { PageContext } from "../KcContext";
import { Layout } from "../Layout";

/** A sign-in step with a security key (USB key, fingerprint, face…) registered on the account. */
export default function WebauthnAuthenticate(props: {
  kcContext: PageContext<"webauthn-authenticate.ftl">;
  i18n: I18n;
}) {
  const { kcContext, i18n } = props;
  const { msgStr } = i18n;

  return (
    <Layout kcContext={kcContext} i18n={i18n} title={msgStr("webAuthnSignInTitle")}>
      <p>{msgStr("webAuthnSignInIntro")}</p>
      <WebAuthnSignIn kcContext={kcContext} i18n={i18n} buttonLabel={msgStr("webAuthnSignInButton")} />
    </Layout>
  );
}
