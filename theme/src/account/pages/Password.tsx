import { useCallback } from "react";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Loaded, useLoaded } from "../components/Loaded";
import { ProConnectSection } from "../components/ProConnectSection";
import { hasOwnPassword } from "../proConnect";
import type { PageProps } from "./PageProps";

/**
 * "Mot de passe": when it last changed, and the way to change it — the sign-in pages' new-password
 * step (kc_action=UPDATE_PASSWORD), which shows the live rules and the server's refusals. Below it,
 * the other way to sign in, ProConnect, when the realm has it: its refusal to unlink an account
 * without a password sends the person to the button above.
 */
export default function Password(props: PageProps) {
  const { api, i18n } = props;
  const [loading] = useLoaded(
    "credentials",
    useCallback((signal: AbortSignal) => api.credentials(signal), [api]),
  );
  return (
    <Loaded loading={loading} i18n={i18n}>
      {(kinds) => {
        const created = kinds.find((kind) => kind.type === "password")?.userCredentialMetadatas[0]?.credential
          .createdDate;
        return (
          <>
            <p>
              {i18n.msg("passwordLastChange", created === undefined ? i18n.msg("accountNever") : i18n.date(created))}
            </p>
            <p>{i18n.msg("passwordChangeIntro")}</p>
            <Button onClick={() => api.startAction("UPDATE_PASSWORD")}>{i18n.msg("passwordChange")}</Button>
            <ProConnectSection api={api} i18n={i18n} hasPassword={hasOwnPassword(kinds)} />
          </>
        );
      }}
    </Loaded>
  );
}
