import { useCallback, useState } from "react";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import type { AccountApi } from "../accountApi";
import type { AccountI18n } from "../i18n";
import { proConnectIn, unlinkOutcome, type UnlinkResult } from "../proConnect";
import { ConfirmedAction } from "./ConfirmedAction";
import { focusOnMount } from "./focusOnMount";
import { Loaded, useLoaded } from "./Loaded";

/**
 * "ProConnect": whether the account is linked to the State's identity federation, and unlinking it
 * (linking happens on the sign-in page, the first time the person signs in with ProConnect).
 * Nothing in a realm without ProConnect.
 */
export function ProConnectSection(props: { api: AccountApi; i18n: AccountI18n; hasPassword: boolean }) {
  const { api, i18n, hasPassword } = props;
  const [loading, reload] = useLoaded(
    "linked-accounts",
    useCallback((signal: AbortSignal) => api.linkedAccounts(signal), [api]),
  );
  // Counted, so that the same outcome twice is announced and focused twice.
  const [outcome, setOutcome] = useState<ReturnType<typeof unlinkOutcome> & { attempt: number }>();

  async function unlink(providerAlias: string) {
    let result: UnlinkResult;
    try {
      result = (await api.unlinkAccount(providerAlias)) === "refused" ? "refused" : "unlinked";
    } catch {
      result = "failed";
    }
    setOutcome((previous) => ({ ...unlinkOutcome(result, hasPassword), attempt: (previous?.attempt ?? 0) + 1 }));
    if (result === "unlinked") reload();
  }

  // Until the list comes, whether the realm has ProConnect is not known: nothing rather than a flash.
  if (loading.state === "loading") return null;
  return (
    <Loaded loading={loading} i18n={i18n}>
      {(accounts) => {
        const proConnect = proConnectIn(accounts);
        if (proConnect === undefined) return null;
        return (
          <section className="fr-mt-6w" aria-labelledby="proconnect-title">
            <h2 id="proconnect-title" className="fr-h4">
              {i18n.msg("proConnectTitle")}
            </h2>
            {outcome !== undefined && (
              <div key={outcome.attempt} ref={focusOnMount} tabIndex={-1}>
                <Alert
                  className="fr-mb-3w"
                  severity={outcome.severity}
                  small
                  // The refusal to an account without a password names the button above.
                  description={i18n.msg(outcome.message, i18n.msg("passwordChange"))}
                />
              </div>
            )}
            {!proConnect.connected ? (
              <p>{i18n.msg("proConnectNotLinked")}</p>
            ) : (
              <>
                <p className="fr-mb-1w">{i18n.msg("proConnectLinked", proConnect.linkedUsername ?? "")}</p>
                <p className="fr-hint-text">{i18n.msg("proConnectLinkedHint")}</p>
                <ConfirmedAction
                  className="fr-mt-3w"
                  label={i18n.msg("proConnectUnlink")}
                  question={i18n.msg("proConnectUnlinkConfirm")}
                  confirmLabel={i18n.msg("proConnectUnlinkConfirmButton")}
                  onConfirm={() => unlink(proConnect.providerAlias)}
                  i18n={i18n}
                />
              </>
            )}
          </section>
        );
      }}
    </Loaded>
  );
}
