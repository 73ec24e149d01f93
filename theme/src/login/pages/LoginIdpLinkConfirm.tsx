import { IdpLinkChoice } from "../components/IdpLinkChoice";
import type { I18n } from "../i18n";
import type { PageContext } from "../KcContext";

/** Another identity provider signs in someone whose account already exists: review, or link the two. */
export default function LoginIdpLinkConfirm(props: {
  kcContext: PageContext<"login-idp-link-confirm.ftl">;
  i18n: I18n;
}) {
  const { kcContext, i18n } = props;
  const { idpDisplayName } = kcContext;
  const { msgStr } = i18n;

  return (
    <IdpLinkChoice
      kcContext={kcContext}
      i18n={i18n}
      title={msgStr("idpLinkConfirmTitle")}
      intro={msgStr("idpLinkConfirmIntro", idpDisplayName)}
      link={{ label: msgStr("idpLinkConfirmLink", idpDisplayName), submitAction: "linkAccount" }}
      other={{ label: msgStr("idpLinkConfirmReview"), submitAction: "updateProfile" }}
    />
  );
}
