import { Button } from "@codegouvfr/react-dsfr/Button";
import type { I18n } from "../i18n";
import { isKeycloakMessage } from "../keycloakMessage";
import type { KcContext, PageContext } from "../KcContext";
import { Layout } from "../Layout";
import { KcHtml } from "./KcHtml";

/** Whether Keycloak's message says no account has the address another identity provider (ProConnect) gave. */
export function isUnknownAddress(message: KcContext["message"], i18n: I18n): boolean {
  return isKeycloakMessage(message, i18n, "federatedIdentityUnavailableMessage");
}

/**
 * No account has that address, and none is created: the guides' answer (the établissement's compte
 * principal or the SIEC adds the address), and the sign-in page again, for the password.
 */
export function UnknownAddress(props: { kcContext: PageContext<"error.ftl">; i18n: I18n }) {
  const { kcContext, i18n } = props;
  const { msgStr } = i18n;
  return (
    <Layout kcContext={kcContext} i18n={i18n} title={msgStr("unknownAddressTitle")} displayMessage={false}>
      <p className="fr-text--lead">
        <KcHtml html={i18n.advancedMsgStr(kcContext.message.summary)} />
      </p>
      <p>{msgStr("unknownAddressMaybe")}</p>
      <p>{msgStr("unknownAddressTwoSolutions")}</p>
      <ul className="fr-raw-list">
        <li className="fr-mb-3w">
          <p className="fr-text--bold fr-mb-1v">{msgStr("unknownAddressFirstSituation")}</p>
          <p>{msgStr("unknownAddressFirstSolution")}</p>
        </li>
        <li className="fr-mb-3w">
          <p className="fr-text--bold fr-mb-1v">{msgStr("unknownAddressSecondSituation")}</p>
          <p>{msgStr("unknownAddressSecondSolution")}</p>
        </li>
      </ul>
      <Button linkProps={{ href: kcContext.url.loginRestartFlowUrl }}>
        {msgStr("unknownAddressSignInWithPassword")}
      </Button>
    </Layout>
  );
}
