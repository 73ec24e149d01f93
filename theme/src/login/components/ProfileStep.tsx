import { Button } from "@codegouvfr/react-dsfr/Button";
import type { I18n } from "../i18n";
import type { PageContext } from "../KcContext";
import { Layout } from "../Layout";
import { hasProfileFieldError, ProfileFields } from "./ProfileFields";

/** A step where the person checks and completes the user profile's fields, then sends them. */
export function ProfileStep(props: {
  kcContext: PageContext<"login-update-profile.ftl" | "idp-review-user-profile.ftl">;
  i18n: I18n;
  title: string;
  intro: string;
  submit: string;
}) {
  const { kcContext, i18n, title, intro, submit } = props;

  return (
    <Layout kcContext={kcContext} i18n={i18n} title={title} displayMessage={!hasProfileFieldError(kcContext)}>
      <p>{intro}</p>
      <form action={kcContext.url.loginAction} method="post">
        <ProfileFields kcContext={kcContext} i18n={i18n} />
        <Button type="submit">{submit}</Button>
      </form>
    </Layout>
  );
}
