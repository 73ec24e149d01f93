import { ProfileStep } from "../components/ProfileStep";
import type { I18n } from "../i18n";
import type { PageContext } from "../KcContext";

/** After a sign-in through another identity provider: the profile it gave, to check and complete. */
export default function IdpReviewUserProfile(props: {
  kcContext: PageContext<"idp-review-user-profile.ftl">;
  i18n: I18n;
}) {
  const { kcContext, i18n } = props;
  const { msgStr } = i18n;

  return (
    <ProfileStep
      kcContext={kcContext}
      i18n={i18n}
      title={msgStr("idpReviewTitle")}
      intro={msgStr("idpReviewIntro")}
      submit={msgStr("siecContinue")}
    />
  );
}
