import { useCallback } from "react";
import { Button } from "@codegouvfr/react-dsfr/Button";
import type { CredentialKind } from "../accountApi";
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

/**
 * "Double authentification": the authenticator apps and passkeys of the account; add or remove one.
 * Both happen on the sign-in pages (Keycloak's actions): removing one signs the person in again,
 * then asks them to confirm (kc_action=delete_credential), and they come back here with the outcome.
 */
export default function Security(props: PageProps) {
  const { api, i18n } = props;
  const [loading] = useLoaded(
    "credentials",
    useCallback((signal: AbortSignal) => api.credentials(signal), [api]),
  );
  return (
    <>
      <p>{i18n.msg("securityIntro")}</p>
      <Loaded loading={loading} i18n={i18n}>
        {(kinds) => (
          <>
            {kinds.some((kind) => kind.removeable && kind.userCredentialMetadatas.length > 0) && (
              <p className="fr-hint-text">{i18n.msg("securityRemoveHelp")}</p>
            )}
            {SECOND_FACTORS.map((factor) => {
              const kind = kinds.find((candidate) => candidate.type === factor.type);
              // Keycloak lists only the kinds the realm can use (its flows and required actions).
              if (kind === undefined) return null;
              return <FactorSection key={factor.type} {...props} factor={factor} kind={kind} />;
            })}
          </>
        )}
      </Loaded>
    </>
  );
}

function FactorSection(props: PageProps & { factor: (typeof SECOND_FACTORS)[number]; kind: CredentialKind }) {
  const { api, i18n, factor, kind } = props;
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
                {kind.removeable && (
                  <Button
                    size="small"
                    priority="tertiary"
                    iconId="fr-icon-delete-line"
                    title={i18n.msg("securityRemoveLabel", label)}
                    onClick={() => api.startAction(`delete_credential:${credential.id}`)}
                  >
                    {i18n.msg("securityRemove")}
                  </Button>
                )}
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
