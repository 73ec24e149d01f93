import { IdpLinkChoice } from "../components/IdpLinkChoice";
import type { I18n } from "../i18n";
import type { PageContext } from "../KcContext";

/** The account is already linked to another account of that identity provider: replace the link, or start again. */
export default function LoginIdpLinkConfirmOverride(props: {
  kcContext: PageContext<"login-idp-link-confirm-override.ftl">;
  i18n: I18n;
}) {
  const { kcContext, i18n } = props;
  const { idpDisplayName } = kcContext;
  const { msgStr } = i18n;

  return (
    <IdpLinkChoice
      kcContext={kcContext}
      i18n={i18n}
      title={msgStr("idpLinkOverrideTitle", idpDisplayName)}
      intro={msgStr("idpLinkOverrideIntro", idpDisplayName)}
      link={{ label: msgStr("idpLinkOverrideConfirm", idpDisplayName), submitAction: "confirmOverride" }}
      other={{ label: msgStr("pageExpiredRestart"), href: kcContext.url.loginRestartFlowUrl }}
    />
  );
}
