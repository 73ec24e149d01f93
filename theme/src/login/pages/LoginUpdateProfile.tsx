import { Button } from "@codegouvfr/react-dsfr/Button";
import { hasProfileFieldError, ProfileFields } from "../components/ProfileFields";
import type { I18n } from "../i18n";
import type { PageContext } from "../KcContext";
import { Layout } from "../Layout";

/** Account activation: the fields the realm's user profile still needs (e-mail, birth date…). */
export default function LoginUpdateProfile(props: { kcContext: PageContext<"login-update-profile.ftl">; i18n: I18n }) {
  const { kcContext, i18n } = props;
  const { msgStr } = i18n;

  return (
    <Layout
      kcContext={kcContext}
      i18n={i18n}
      title={msgStr("activationTitle")}
      displayMessage={!hasProfileFieldError(kcContext)}
    >
      <p>{msgStr("activationIntro")}</p>
      <form action={kcContext.url.loginAction} method="post">
        <ProfileFields kcContext={kcContext} i18n={i18n} />
        <Button type="submit">{msgStr("activationSubmit")}</Button>
      </form>
    </Layout>
  );
}
