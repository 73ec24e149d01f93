import type { ButtonProps } from "@codegouvfr/react-dsfr/Button";
import type { I18n } from "../i18n";

/**
 * "Annuler" for an action an app asked for (kc_action=…): Keycloak sends the person back to the
 * app, the action not done. A ButtonsGroup button of the page's form.
 */
export function cancelAiaButton(i18n: I18n): ButtonProps {
  return {
    children: i18n.msgStr("siecCancel"),
    priority: "secondary",
    type: "submit",
    nativeButtonProps: { name: "cancel-aia", value: "true" },
  };
}
