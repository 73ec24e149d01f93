import { ProfileStep } from "../components/ProfileStep";
import type { I18n } from "../i18n";
import type { PageContext } from "../KcContext";

/** Account activation: the fields the realm's user profile still needs (e-mail, birth date…). */
export default function LoginUpdateProfile(props: { kcContext: PageContext<"login-update-profile.ftl">; i18n: I18n }) {
  const { kcContext, i18n } = props;
  const { msgStr } = i18n;

  return (
    <ProfileStep
      kcContext={kcContext}
      i18n={i18n}
      title={msgStr("activationTitle")}
      intro={msgStr("activationIntro")}
      submit={msgStr("activationSubmit")}
    />
  );
}
