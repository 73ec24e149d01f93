import { Alert } from "@codegouvfr/react-dsfr/Alert";
import type { ActionOutcome } from "../accountApi";
import type { AccountI18n, MessageKey } from "../i18n";

const DONE: Record<string, MessageKey> = {
  UPDATE_PASSWORD: "actionDonePassword",
  UPDATE_EMAIL: "actionDoneEmail",
  CONFIGURE_TOTP: "actionDoneOtp",
  "webauthn-register-passwordless": "actionDonePasskey",
  "webauthn-register": "actionDoneSecurityKey",
  // kc_action=delete_credential:<id>, as Keycloak names it on the way back.
  delete_credential: "actionDoneCredentialRemoved",
};

/** A failure that says what was not done, where the generic one would leave the person guessing. */
const FAILED: Record<string, MessageKey> = {
  delete_credential: "actionFailedCredentialRemoval",
};

/** What became of the step the person just came back from (new password, e-mail, second factor). */
export function ActionOutcomeAlert(props: { outcome: ActionOutcome; i18n: AccountI18n }) {
  const { outcome, i18n } = props;
  const action = outcome.action.split(":")[0]!;
  const [severity, message]: ["success" | "info" | "error", MessageKey] =
    outcome.status === "success"
      ? ["success", DONE[action] ?? "actionDone"]
      : outcome.status === "cancelled"
        ? ["info", "actionCancelled"]
        : ["error", FAILED[action] ?? "actionFailed"];
  return <Alert className="fr-mb-4w" severity={severity} small description={i18n.msg(message)} />;
}
