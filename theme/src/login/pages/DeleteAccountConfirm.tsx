import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { ButtonsGroup } from "@codegouvfr/react-dsfr/ButtonsGroup";
import { cancelAiaButton } from "../components/cancelAia";
import type { I18n } from "../i18n";
import type { PageContext } from "../KcContext";
import { Layout } from "../Layout";

/** Deleting one's own account (kc_action=delete_account), when the realm allows it: what it implies, confirmed. */
export default function DeleteAccountConfirm(props: {
  kcContext: PageContext<"delete-account-confirm.ftl">;
  i18n: I18n;
}) {
  const { kcContext, i18n } = props;
  const { url, triggered_from_aia } = kcContext;
  const { msgStr } = i18n;

  return (
    <Layout kcContext={kcContext} i18n={i18n} title={msgStr("deleteAccountTitle")}>
      <Alert severity="warning" small className="fr-mb-3w" description={msgStr("deleteAccountIrreversible")} />
      <p className="fr-mb-1w">{msgStr("deleteAccountImplies")}</p>
      <ul>
        <li>{msgStr("deleteAccountSignOut")}</li>
        <li>{msgStr("deleteAccountErase")}</li>
      </ul>
      <form action={url.loginAction} method="post">
        <ButtonsGroup
          inlineLayoutWhen="md and up"
          buttons={[
            { children: msgStr("deleteAccountSubmit"), type: "submit" },
            ...(triggered_from_aia ? [cancelAiaButton(i18n)] : []),
          ]}
        />
      </form>
    </Layout>
  );
}
