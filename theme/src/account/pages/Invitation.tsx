import { useCallback, useState } from "react";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { ButtonsGroup } from "@codegouvfr/react-dsfr/ButtonsGroup";
import { INVITATION_QUERY_PARAMETER, type EstablishmentRefusal } from "@siec/contract";
import { focusOnMount } from "../components/focusOnMount";
import { Loaded, useLoaded } from "../components/Loaded";
import type { MessageKey } from "../i18n";
import type { PageProps } from "./PageProps";

/** Why an invitation cannot be answered, as the person can act on it. */
const REFUSALS: Partial<Record<EstablishmentRefusal, MessageKey>> = {
  "invitation-for-another-account": "invitationRefusal.invitation-for-another-account",
};

type Answered = { accepted: boolean } | { refusal: EstablishmentRefusal };

/**
 * An invitation from a compte principal to join its établissement, opened from the e-mail's link
 * (`…/account/establishment/join?invitation=…`): the person, signed in, accepts or declines it.
 */
export default function Invitation(props: PageProps) {
  const { api, i18n } = props;
  const [invitation] = useState(
    () => new URLSearchParams(window.location.search).get(INVITATION_QUERY_PARAMETER) ?? "",
  );
  const [loading] = useLoaded(
    `invitation:${invitation}`,
    useCallback((signal: AbortSignal) => api.invitation(invitation, signal), [api, invitation]),
  );
  const [answered, setAnswered] = useState<Answered>();
  const [busy, setBusy] = useState(false);
  const refusalText = (refusal: EstablishmentRefusal) => i18n.msg(REFUSALS[refusal] ?? "invitationRefusal.expired");

  async function answer(accept: boolean) {
    setBusy(true);
    try {
      const refusal = await api.answerInvitation(invitation, accept);
      setAnswered(refusal === undefined ? { accepted: accept } : { refusal });
      // Answered once: a reload must not offer it again.
      if (refusal === undefined) window.history.replaceState(null, "", window.location.pathname);
    } catch {
      setAnswered({ refusal: "invitation-expired" });
    } finally {
      setBusy(false);
    }
  }

  return (
    <Loaded loading={loading} i18n={i18n}>
      {(summary) => {
        if ("refusal" in summary) return <Alert severity="warning" small description={refusalText(summary.refusal)} />;
        if (answered !== undefined)
          return (
            <div ref={focusOnMount} tabIndex={-1}>
              {"refusal" in answered ? (
                <Alert severity="warning" small description={refusalText(answered.refusal)} />
              ) : (
                <Alert
                  severity={answered.accepted ? "success" : "info"}
                  small
                  description={i18n.msg(answered.accepted ? "invitationAccepted" : "invitationDeclined", summary.uai)}
                />
              )}
            </div>
          );
        return (
          <>
            <p>{i18n.msg("invitationText", summary.invitedBy, summary.uai)}</p>
            <p>{i18n.msg("invitationWhat")}</p>
            <ButtonsGroup
              inlineLayoutWhen="sm and up"
              buttons={[
                { children: i18n.msg("invitationAccept"), disabled: busy, onClick: () => void answer(true) },
                {
                  children: i18n.msg("invitationDecline"),
                  priority: "secondary",
                  disabled: busy,
                  onClick: () => void answer(false),
                },
              ]}
            />
          </>
        );
      }}
    </Loaded>
  );
}
