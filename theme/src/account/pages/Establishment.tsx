import { useCallback, useEffect, useId, useRef, useState, type FormEvent } from "react";
import "@codegouvfr/react-dsfr/dsfr/component/table/table.main.min.css";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Badge } from "@codegouvfr/react-dsfr/Badge";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Table } from "@codegouvfr/react-dsfr/Table";
import type {
  AccountStatus,
  Establishment as EstablishmentData,
  EstablishmentAccount,
  EstablishmentRefusal,
} from "@siec/contract";
import type { AccountApi } from "../accountApi";
import { Loaded, useLoaded } from "../components/Loaded";
import type { AccountI18n, MessageKey } from "../i18n";
import type { PageProps } from "./PageProps";

const STATUS: Record<AccountStatus, { label: MessageKey; severity: "success" | "info" | "error" }> = {
  active: { label: "establishmentActive", severity: "success" },
  "invitation-pending": { label: "establishmentPending", severity: "info" },
  disabled: { label: "establishmentDisabled", severity: "error" },
};

/** The refusals the person can act on; the others (a page out of date) get one general message. */
const REFUSALS: Partial<Record<EstablishmentRefusal, MessageKey>> = {
  "invalid-email": "establishmentRefusal.invalid-email",
  "refused-by-profile": "establishmentRefusal.refused-by-profile",
  "too-many-changes": "establishmentRefusal.too-many-changes",
  "mail-not-sent": "establishmentRefusal.mail-not-sent",
  "not-attached": "establishmentRefusal.not-attached",
  "last-principal": "establishmentRefusal.last-principal",
  "second-factor-required": "establishmentRefusal.second-factor-required",
};

/** "Mon établissement": for a compte principal, the accounts of each of its établissements, to add to and remove from. */
export default function Establishment(props: PageProps) {
  const { api, i18n } = props;
  const [loading, reload] = useLoaded(
    "establishments",
    useCallback((signal: AbortSignal) => api.establishments(signal), [api]),
  );
  // Said here: the section of an établissement the person left is gone after the reload.
  const [left, setLeft] = useState<string>();
  return (
    <>
      <p>{i18n.msg("establishmentIntro")}</p>
      {left !== undefined && (
        <Alert className="fr-mb-3w" severity="success" small description={i18n.msg("establishmentLeft", left)} />
      )}
      <Loaded loading={loading} i18n={i18n}>
        {(establishments) =>
          establishments.length === 0 ? (
            <p>{i18n.msg("establishmentNone")}</p>
          ) : (
            establishments.map((establishment) => (
              <EstablishmentSection
                key={establishment.uai}
                establishment={establishment}
                api={api}
                i18n={i18n}
                onChange={reload}
                onLeft={() => {
                  setLeft(establishment.uai);
                  reload();
                }}
              />
            ))
          )
        }
      </Loaded>
    </>
  );
}

type Outcome = { severity: "success" | "error"; text: string };

function EstablishmentSection(props: {
  establishment: EstablishmentData;
  api: AccountApi;
  i18n: AccountI18n;
  onChange: () => void;
  onLeft: () => void;
}) {
  const { establishment, api, i18n, onChange, onLeft } = props;
  const { uai } = establishment;
  const headingId = useId();
  const [email, setEmail] = useState("");
  /** Why the address was refused, said under its field. */
  const [emailRefusal, setEmailRefusal] = useState<MessageKey>();
  const [outcome, setOutcome] = useState<Outcome>();
  const [busy, setBusy] = useState(false);
  const table = useRef<HTMLDivElement>(null);
  // On a phone the table scrolls sideways: keyboard users must reach it (axe scrollable-region-focusable).
  useEffect(() => table.current?.querySelector("table")?.setAttribute("tabindex", "0"), []);
  const refused = (refusal: EstablishmentRefusal): Outcome => ({
    severity: "error",
    text: i18n.msg(REFUSALS[refusal] ?? "establishmentRefusal.other"),
  });

  async function change(run: () => Promise<EstablishmentRefusal | undefined>, done: string) {
    setBusy(true);
    try {
      const refusal = await run();
      setOutcome(refusal === undefined ? { severity: "success", text: done } : refused(refusal));
      // The invitation is recorded before the e-mail fails: the list shows it either way.
      if (refusal === undefined || refusal === "mail-not-sent") onChange();
      return refusal;
    } catch {
      setOutcome({ severity: "error", text: i18n.msg("accountLoadFailed") });
      return undefined;
    } finally {
      setBusy(false);
    }
  }

  async function add(event: FormEvent) {
    event.preventDefault();
    const address = email.trim();
    const refusal = await change(
      () => api.attachToEstablishment(uai, address),
      i18n.msg("establishmentAdded", address, uai),
    );
    setEmailRefusal(refusal === "invalid-email" || refusal === "refused-by-profile" ? REFUSALS[refusal] : undefined);
    if (refusal === undefined) setEmail("");
  }

  const remove = (account: EstablishmentAccount) =>
    void change(
      () => api.detachFromEstablishment(uai, account.email),
      i18n.msg("establishmentRemoved", account.email, uai),
    );

  async function leave(account: EstablishmentAccount) {
    setBusy(true);
    try {
      const refusal = await api.detachFromEstablishment(uai, account.email);
      if (refusal === undefined) onLeft();
      else setOutcome(refused(refusal));
    } catch {
      setOutcome({ severity: "error", text: i18n.msg("accountLoadFailed") });
    } finally {
      setBusy(false);
    }
  }

  // The server keeps the last enabled principal, and lets no principal detach another.
  const enabledPrincipals = establishment.accounts.filter(
    (account) => account.principal && account.status !== "disabled",
  ).length;
  const action = (account: EstablishmentAccount) => {
    if (account.principal && !(account.self && enabledPrincipals > 1))
      return (
        <Badge key="action" small noIcon>
          {i18n.msg("establishmentPrincipal")}
        </Badge>
      );
    const [label, ariaLabel, onClick] = account.self
      ? [i18n.msg("establishmentLeave"), i18n.msg("establishmentLeaveLabel", uai), () => void leave(account)]
      : [
          i18n.msg("establishmentRemove"),
          i18n.msg("establishmentRemoveLabel", account.email, uai),
          () => remove(account),
        ];
    return (
      <Button
        key="action"
        priority="tertiary"
        size="small"
        disabled={busy}
        onClick={onClick}
        nativeButtonProps={{ "aria-label": ariaLabel }}
      >
        {label}
      </Button>
    );
  };

  return (
    <section aria-labelledby={headingId} className="fr-mb-6w">
      <h2 id={headingId}>{i18n.msg("establishmentSection", uai)}</h2>
      {outcome !== undefined && (
        <Alert className="fr-mb-3w" severity={outcome.severity} small description={outcome.text} />
      )}
      <Table
        ref={table}
        caption={i18n.msg("establishmentAccounts", uai)}
        noCaption
        headers={[
          i18n.msg("establishmentEmail"),
          i18n.msg("establishmentName"),
          i18n.msg("establishmentStatus"),
          i18n.msg("establishmentAction"),
        ]}
        data={establishment.accounts.map((account) => [
          account.email,
          [account.firstName, account.lastName].filter(Boolean).join(" ") || i18n.msg("establishmentNoName"),
          <Badge key="status" small noIcon severity={STATUS[account.status].severity}>
            {i18n.msg(STATUS[account.status].label)}
          </Badge>,
          action(account),
        ])}
      />
      <form onSubmit={(event) => void add(event)} noValidate>
        <h3 className="fr-h6">{i18n.msg("establishmentAddTitle")}</h3>
        <Input
          label={i18n.msg("establishmentAddLabel")}
          hintText={i18n.msg("establishmentAddHint")}
          state={emailRefusal ? "error" : "default"}
          stateRelatedMessage={emailRefusal ? i18n.msg(emailRefusal) : undefined}
          nativeInputProps={{
            type: "email",
            name: `email-${uai}`,
            autoComplete: "off",
            required: true,
            value: email,
            onChange: (event) => setEmail(event.target.value),
          }}
        />
        <Button type="submit" iconId="fr-icon-add-line" disabled={busy}>
          {i18n.msg("establishmentAdd")}
        </Button>
      </form>
    </section>
  );
}
