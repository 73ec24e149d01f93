import type { I18n } from "../i18n";

/**
 * "Essayer une autre méthode" (Keycloak's template.ftl): to the other ways of taking this step,
 * when Keycloak offers them, e.g. the account's password instead of the link e-mailed to link
 * ProConnect. A button: it posts Keycloak's `tryAnotherWay`.
 */
export function TryAnotherWay(props: { loginAction: string; i18n: I18n }) {
  const { loginAction, i18n } = props;
  return (
    <form className="fr-mt-3w" action={loginAction} method="post">
      <input type="hidden" name="tryAnotherWay" value="on" />
      <button type="submit" className="fr-link">
        {i18n.msgStr("doTryAnotherWay")}
      </button>
    </form>
  );
}
