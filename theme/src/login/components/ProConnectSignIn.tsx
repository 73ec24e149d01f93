import type { I18n } from "../i18n";
import type { IdentityProvider } from "../proConnect";
import "./proConnect.css";

const ABOUT_PROCONNECT_URL = "https://www.proconnect.gouv.fr/";

/**
 * The DSFR ProConnect button, then "ou" before the portal's own form. react-dsfr's ProConnectButton
 * has the same markup but writes "S'identifier avec" in French whatever the page's language.
 */
export function ProConnectSignIn(props: { provider: IdentityProvider; i18n: I18n }) {
  const { provider, i18n } = props;
  const { msgStr } = i18n;
  const about = msgStr("proConnectAbout");

  return (
    <>
      <div className="fr-connect-group fr-mt-2w" role="group" aria-label={msgStr("proConnectGroupLabel")}>
        <a id={`social-${provider.alias}`} className="fr-btn fr-connect pro-connect" href={provider.loginUrl}>
          <span className="fr-connect__login">{msgStr("proConnectSignIn")}</span>
          <span className="fr-connect__brand">ProConnect</span>
        </a>
        <p>
          <a
            href={ABOUT_PROCONNECT_URL}
            target="_blank"
            rel="noopener"
            title={`${about} - ${msgStr("proConnectNewWindow")}`}
          >
            {about}
          </a>
        </p>
      </div>
      <p className="fr-hr-or">{msgStr("siecOr")}</p>
    </>
  );
}
