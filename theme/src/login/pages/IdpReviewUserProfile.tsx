import { Button } from "@codegouvfr/react-dsfr/Button";
import { hasProfileFieldError, ProfileFields } from "../components/ProfileFields";
import type { I18n } from "../i18n";
import type { PageContext } from "../KcContext";
import { Layout } from "../Layout";

/** After a sign-in through another identity provider: the profile it gave, to check and complete. */
export default function IdpReviewUserProfile(props: {
  kcContext: PageContext<"idp-review-user-profile.ftl">;
  i18n: I18n;
}) {
  const { kcContext, i18n } = props;
  const { msgStr } = i18n;

  return (
    <Layout
      kcContext={kcContext}
      i18n={i18n}
      title={msgStr("idpReviewTitle")}
      displayMessage={!hasProfileFieldError(kcContext)}
    >
      <p>{msgStr("idpReviewIntro")}</p>
      <form action={kcContext.url.loginAction} method="post">
        <ProfileFields kcContext={kcContext} i18n={i18n} />
        <Button type="submit">{msgStr("siecContinue")}</Button>
      </form>
    </Layout>
  );
}
