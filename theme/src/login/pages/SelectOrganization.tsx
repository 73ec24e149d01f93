// The DSFR's radio buttons, for the choice: loaded with this page, not with the sign-in page.
import "@codegouvfr/react-dsfr/dsfr/component/radio/radio.main.min.css";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { RadioButtons } from "@codegouvfr/react-dsfr/RadioButtons";
import type { I18n } from "../i18n";
import type { PageContext } from "../KcContext";
import { Layout } from "../Layout";

/** The person belongs to several organizations of the realm: the one to sign in with. */
export default function SelectOrganization(props: { kcContext: PageContext<"select-organization.ftl">; i18n: I18n }) {
  const { kcContext, i18n } = props;
  const { url, user } = kcContext;
  const { msgStr } = i18n;

  return (
    <Layout kcContext={kcContext} i18n={i18n} title={msgStr("selectOrganizationTitle")}>
      <form action={url.loginAction} method="post">
        <RadioButtons
          legend={msgStr("selectOrganizationLegend")}
          name="kc.org"
          options={user.organizations.map((organization, index) => ({
            label: organization.name ?? organization.alias,
            nativeInputProps: { value: organization.alias, defaultChecked: index === 0 },
          }))}
        />
        <Button type="submit">{msgStr("siecContinue")}</Button>
      </form>
    </Layout>
  );
}
