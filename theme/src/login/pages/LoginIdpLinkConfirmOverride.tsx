import { ButtonsGroup } from "@codegouvfr/react-dsfr/ButtonsGroup";
import type { I18n } from "../i18n";
import type { PageContext } from "../KcContext";
import { Layout } from "../Layout";

/** The account is already linked to another account of that identity provider: replace the link, or start again. */
export default function LoginIdpLinkConfirmOverride(props: {
  kcContext: PageContext<"login-idp-link-confirm-override.ftl">;
  i18n: I18n;
}) {
  const { kcContext, i18n } = props;
  const { url, idpDisplayName } = kcContext;
  const { msgStr } = i18n;

  return (
    <Layout kcContext={kcContext} i18n={i18n} title={msgStr("idpLinkOverrideTitle", idpDisplayName)}>
      <p>{msgStr("idpLinkOverrideIntro", idpDisplayName)}</p>
      <form action={url.loginAction} method="post">
        <ButtonsGroup
          inlineLayoutWhen="md and up"
          buttons={[
            {
              children: msgStr("idpLinkOverrideConfirm", idpDisplayName),
              type: "submit",
              nativeButtonProps: { name: "submitAction", value: "confirmOverride" },
            },
            {
              children: msgStr("pageExpiredRestart"),
              priority: "secondary",
              linkProps: { href: url.loginRestartFlowUrl },
            },
          ]}
        />
      </form>
    </Layout>
  );
}
