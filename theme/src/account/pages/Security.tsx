import { useCallback, useState } from "react";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { ButtonsGroup } from "@codegouvfr/react-dsfr/ButtonsGroup";
import type { Credential, CredentialKind } from "../accountApi";
import { focusOnMount } from "../components/focusOnMount";
import { Loaded, useLoaded } from "../components/Loaded";
import type { MessageKey } from "../i18n";
import type { PageProps } from "./PageProps";

/** The second factors the account space offers, in this order, with their texts. */
const SECOND_FACTORS: { type: string; title: MessageKey; help: MessageKey; add: MessageKey }[] = [
  { type: "otp", title: "securityOtpTitle", help: "securityOtpHelp", add: "securityOtpAdd" },
  {
    type: "webauthn-passwordless",
    title: "securityPasskeyTitle",
    help: "securityPasskeyHelp",
    add: "securityPasskeyAdd",
  },
  {
    type: "webauthn",
    title: "securitySecurityKeyTitle",
    help: "securitySecurityKeyHelp",
    add: "securitySecurityKeyAdd",
  },
];

/** "Double authentification": the authenticator apps and passkeys of the account; add or remove one. */
export default function Security(props: PageProps) {
  const { api, i18n } = props;
  const [loading, reload] = useLoaded(useCallback(() => api.credentials(), [api]));
  const [removed, setRemoved] = useState<string | undefined>(undefined);
  const remove = async (credential: Credential, label: string) => {
    await api.removeCredential(credential.id);
    setRemoved(label);
    reload();
  };
  return (
    <>
      <p>{i18n.msg("securityIntro")}</p>
      {removed !== undefined && (
        <Alert className="fr-mb-3w" severity="success" small description={i18n.msg("securityRemoved", removed)} />
      )}
      <Loaded loading={loading} i18n={i18n}>
        {(kinds) =>
          SECOND_FACTORS.map((factor) => {
            const kind = kinds.find((candidate) => candidate.type === factor.type);
            // Keycloak lists only the kinds the realm can use (its flows and required actions).
            if (kind === undefined) return null;
            return <FactorSection key={factor.type} {...props} factor={factor} kind={kind} onRemove={remove} />;
          })
        }
      </Loaded>
    </>
  );
}

function FactorSection(
  props: PageProps & {
    factor: (typeof SECOND_FACTORS)[number];
    kind: CredentialKind;
    onRemove: (credential: Credential, label: string) => Promise<void>;
  },
) {
  const { api, i18n, factor, kind, onRemove } = props;
  const [confirming, setConfirming] = useState<string | undefined>(undefined);
  const [cancelled, setCancelled] = useState<string | undefined>(undefined);
  const credentials = kind.userCredentialMetadatas.map((metadata) => metadata.credential);
  return (
    <section className="fr-mt-5w" aria-labelledby={`${factor.type}-title`}>
      <h2 id={`${factor.type}-title`} className="fr-h4 fr-mb-1w">
        {i18n.msg(factor.title)}
      </h2>
      <p className="fr-hint-text">{i18n.msg(factor.help)}</p>
      {credentials.length === 0 ? (
        <p>{i18n.msg("securityNone")}</p>
      ) : (
        <ul className="fr-raw-list">
          {credentials.map((credential) => {
            const label = credential.userLabel || i18n.msg("securityUnnamed");
            return (
              <li key={credential.id} className="fr-mb-2w">
                <p className="fr-mb-0">
                  <strong>{label}</strong>
                  {credential.createdDate !== undefined && (
                    <>
                      {" — "}
                      {i18n.msg("securityAdded", i18n.date(credential.createdDate))}
                    </>
                  )}
                </p>
                {kind.removeable &&
                  (confirming === credential.id ? (
                    <div ref={focusOnMount} tabIndex={-1}>
                      <Alert
                        className="fr-mt-1w"
                        severity="warning"
                        small
                        description={
                          <>
                            <p>{i18n.msg("securityRemoveConfirm", label)}</p>
                            <ButtonsGroup
                              className="fr-mt-1w"
                              inlineLayoutWhen="sm and up"
                              buttonsSize="small"
                              buttons={[
                                {
                                  children: i18n.msg("securityRemoveConfirmButton"),
                                  onClick: () => void onRemove(credential, label),
                                },
                                {
                                  children: i18n.msg("cancel"),
                                  priority: "secondary",
                                  onClick: () => {
                                    setConfirming(undefined);
                                    setCancelled(credential.id);
                                  },
                                },
                              ]}
                            />
                          </>
                        }
                      />
                    </div>
                  ) : (
                    <Button
                      ref={cancelled === credential.id ? focusOnMount : undefined}
                      size="small"
                      priority="tertiary"
                      iconId="fr-icon-delete-line"
                      title={i18n.msg("securityRemoveLabel", label)}
                      onClick={() => setConfirming(credential.id)}
                    >
                      {i18n.msg("securityRemove")}
                    </Button>
                  ))}
              </li>
            );
          })}
        </ul>
      )}
      {kind.createAction !== undefined && (
        <Button priority="secondary" iconId="fr-icon-add-line" onClick={() => api.startAction(kind.createAction!)}>
          {i18n.msg(factor.add)}
        </Button>
      )}
    </section>
  );
}
