import { ButtonsGroup } from "@codegouvfr/react-dsfr/ButtonsGroup";
import type { I18n } from "../i18n";
import type { PageContext } from "../KcContext";
import { Layout } from "../Layout";

/** Another identity provider signs in someone whose account already exists: review, or link the two. */
export default function LoginIdpLinkConfirm(props: {
  kcContext: PageContext<"login-idp-link-confirm.ftl">;
  i18n: I18n;
}) {
  const { kcContext, i18n } = props;
  const { url, idpAlias } = kcContext;
  const { msgStr } = i18n;

  return (
    <Layout kcContext={kcContext} i18n={i18n} title={msgStr("idpLinkConfirmTitle")}>
      <p>{msgStr("idpLinkConfirmIntro", idpAlias)}</p>
      <form action={url.loginAction} method="post">
        <ButtonsGroup
          inlineLayoutWhen="md and up"
          buttons={[
            {
              children: msgStr("idpLinkConfirmLink", idpAlias),
              type: "submit",
              nativeButtonProps: { name: "submitAction", value: "linkAccount" },
            },
            {
              children: msgStr("idpLinkConfirmReview"),
              priority: "secondary",
              type: "submit",
              nativeButtonProps: { name: "submitAction", value: "updateProfile" },
            },
          ]}
        />
      </form>
    </Layout>
  );
}
