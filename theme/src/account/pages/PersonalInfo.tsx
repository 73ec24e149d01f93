import { useCallback, useState, type FormEvent } from "react";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Tag } from "@codegouvfr/react-dsfr/Tag";
import { USER_ATTRIBUTES } from "@siec/contract";
import type { FieldError, Profile } from "../accountApi";
import { Loaded, useLoaded } from "../components/Loaded";
import type { PageProps } from "./PageProps";

/** "Mes informations": the names (editable), the e-mail address (changed by a confirmed link), the schools. */
export default function PersonalInfo(props: PageProps) {
  const { api, i18n } = props;
  const [loading] = useLoaded(
    "profile",
    useCallback((signal: AbortSignal) => api.profile(signal), [api]),
  );
  return (
    <Loaded loading={loading} i18n={i18n}>
      {(profile) => <PersonalInfoForm {...props} profile={profile} />}
    </Loaded>
  );
}

function PersonalInfoForm(props: PageProps & { profile: Profile }) {
  const { kcContext, api, i18n, profile } = props;
  const [names, setNames] = useState({ firstName: profile.firstName ?? "", lastName: profile.lastName ?? "" });
  const [outcome, setOutcome] = useState<"saved" | "failed" | FieldError[] | undefined>(undefined);
  const refusals = Array.isArray(outcome) ? outcome : [];
  const refusalOf = (field: keyof typeof names) => {
    const refusal = refusals.find((error) => error.field === field);
    return refusal === undefined ? undefined : i18n.refusal(refusal.errorMessage);
  };
  const schools = profile.attributes?.[USER_ATTRIBUTES.etablissement] ?? [];
  const canChangeEmail = kcContext.updateEmailFeatureEnabled && kcContext.updateEmailActionEnabled;

  async function save(event: FormEvent) {
    event.preventDefault();
    // The whole profile goes back: the user profile treats a missing attribute as removed.
    try {
      const refused = await api.updateProfile({ ...profile, ...names });
      setOutcome(refused ?? "saved");
    } catch {
      setOutcome("failed");
    }
  }

  return (
    <>
      <form onSubmit={save} noValidate>
        <fieldset className="fr-fieldset" aria-labelledby="names-legend">
          <legend id="names-legend" className="fr-fieldset__legend fr-h4">
            {i18n.msg("personalInfoNames")}
          </legend>
          {outcome === "saved" && (
            <Alert className="fr-mb-3w" severity="success" small description={i18n.msg("personalInfoSaved")} />
          )}
          {outcome === "failed" && (
            <Alert className="fr-mb-3w" severity="error" small description={i18n.msg("personalInfoSaveFailed")} />
          )}
          {refusals.length > 0 && (
            <Alert className="fr-mb-3w" severity="error" small description={i18n.msg("personalInfoRefused")} />
          )}
          {(["firstName", "lastName"] as const).map((field) => (
            // The DSFR's markup: the input group inside the fieldset's element, whose padding holds
            // the error's bar (on the group itself, the bar came out of a 360 px screen).
            <div key={field} className="fr-fieldset__element">
              <Input
                label={i18n.msg(field === "firstName" ? "personalInfoFirstName" : "personalInfoLastName")}
                state={refusalOf(field) === undefined ? "default" : "error"}
                stateRelatedMessage={refusalOf(field)}
                nativeInputProps={{
                  name: field,
                  autoComplete: field === "firstName" ? "given-name" : "family-name",
                  required: true,
                  value: names[field],
                  onChange: (event) => setNames({ ...names, [field]: event.target.value }),
                }}
              />
            </div>
          ))}
          <div className="fr-fieldset__element">
            <Button type="submit">{i18n.msg("personalInfoSave")}</Button>
          </div>
        </fieldset>
      </form>

      <section className="fr-mt-6w" aria-labelledby="email-title">
        <h2 id="email-title" className="fr-h4">
          {i18n.msg("personalInfoEmail")}
        </h2>
        <p className="fr-text--lg fr-mb-1w">{profile.email}</p>
        <p className="fr-hint-text">
          {i18n.msg(canChangeEmail ? "personalInfoEmailHint" : "personalInfoEmailByOperators")}
        </p>
        {canChangeEmail && (
          <Button priority="secondary" onClick={() => api.startAction("UPDATE_EMAIL")}>
            {i18n.msg("personalInfoEmailChange")}
          </Button>
        )}
      </section>

      <section className="fr-mt-6w" aria-labelledby="schools-title">
        <h2 id="schools-title" className="fr-h4">
          {i18n.msg("personalInfoSchools")}
        </h2>
        <p className="fr-hint-text">{i18n.msg("personalInfoSchoolsHint")}</p>
        {schools.length === 0 ? (
          <p>{i18n.msg("personalInfoNoSchool")}</p>
        ) : (
          <ul className="fr-tags-group">
            {schools.map((uai) => (
              <li key={uai}>
                <Tag>{uai}</Tag>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
