import { Alert } from "@codegouvfr/react-dsfr/Alert";
import type { I18n } from "../i18n";
import type { KcContext } from "../KcContext";
import { KcHtml } from "./KcHtml";

/** Keycloak's page message (wrong credentials, e-mail sent…) as a DSFR alert. */
export function MessageAlert(props: { message: NonNullable<KcContext["message"]>; i18n: I18n }) {
  const { type, summary } = props.message;
  return (
    <Alert
      className="fr-mb-4w"
      severity={type}
      small
      role={type === "error" || type === "warning" ? "alert" : "status"}
      description={<KcHtml html={props.i18n.advancedMsgStr(summary)} />}
    />
  );
}
