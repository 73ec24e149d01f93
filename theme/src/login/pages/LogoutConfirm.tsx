import { Button } from "@codegouvfr/react-dsfr/Button";
import type { I18n } from "../i18n";
import type { PageContext } from "../KcContext";
import { Layout } from "../Layout";

export default function LogoutConfirm(props: { kcContext: PageContext<"logout-confirm.ftl">; i18n: I18n }) {
  const { kcContext, i18n } = props;
  const { url, logoutConfirm, client } = kcContext;
  const { msgStr } = i18n;

  return (
    <Layout kcContext={kcContext} i18n={i18n} title={msgStr("logoutTitle")}>
      <p>{msgStr("logoutQuestion")}</p>
      <form action={url.logoutConfirmAction} method="post">
        <input type="hidden" name="session_code" value={logoutConfirm.code} />
        <Button type="submit" nativeButtonProps={{ name: "confirmLogout", value: msgStr("doLogout") }}>
          {msgStr("logoutSubmit")}
        </Button>
      </form>
      {!logoutConfirm.skipLink && client.baseUrl !== undefined && (
        <p className="fr-mt-3w">
          <a className="fr-link" href={client.baseUrl}>
            {msgStr("infoBackToApplication")}
          </a>
        </p>
      )}
    </Layout>
  );
}
