import { Button } from "@codegouvfr/react-dsfr/Button";
import type { I18n } from "../i18n";
import type { PageContext } from "../KcContext";
import { Layout } from "../Layout";

export default function LoginVerifyEmail(props: { kcContext: PageContext<"login-verify-email.ftl">; i18n: I18n }) {
  const { kcContext, i18n } = props;
  const { msgStr } = i18n;

  return (
    <Layout kcContext={kcContext} i18n={i18n} title={msgStr("verifyEmailTitle")}>
      <p>{msgStr("emailVerifyInstruction1", kcContext.user?.email ?? "")}</p>
      <p>{msgStr("verifyEmailNotReceived")}</p>
      <Button priority="secondary" linkProps={{ href: kcContext.url.loginAction }}>
        {msgStr("verifyEmailResend")}
      </Button>
    </Layout>
  );
}
