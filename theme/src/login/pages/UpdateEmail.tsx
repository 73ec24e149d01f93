import { ButtonsGroup } from "@codegouvfr/react-dsfr/ButtonsGroup";
import { cancelAiaButton } from "../components/cancelAia";
import { hasProfileFieldError, ProfileFields } from "../components/ProfileFields";
import type { I18n } from "../i18n";
import type { PageContext } from "../KcContext";
import { Layout } from "../Layout";

/** A new e-mail address (kc_action=UPDATE_EMAIL); Keycloak may first send it a verification link. */
export default function UpdateEmail(props: { kcContext: PageContext<"update-email.ftl">; i18n: I18n }) {
  const { kcContext, i18n } = props;
  const { url, isAppInitiatedAction } = kcContext;
  const { msgStr } = i18n;

  return (
    <Layout
      kcContext={kcContext}
      i18n={i18n}
      title={msgStr("updateEmailPageTitle")}
      displayMessage={!hasProfileFieldError(kcContext)}
    >
      <form action={url.loginAction} method="post">
        <ProfileFields kcContext={kcContext} i18n={i18n} />
        <ButtonsGroup
          inlineLayoutWhen="md and up"
          buttons={[
            { children: msgStr("updateEmailSubmit"), type: "submit" },
            ...(isAppInitiatedAction ? [cancelAiaButton(i18n)] : []),
          ]}
        />
      </form>
    </Layout>
  );
}
