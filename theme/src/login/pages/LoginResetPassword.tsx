import { useState } from "react";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { BackToSignIn } from "../components/BackToSignIn";
import { fieldError } from "../fieldError";
import { isFirstConnexion } from "../firstConnexion";
import type { I18n } from "../i18n";
import type { PageContext } from "../KcContext";
import { Layout } from "../Layout";
import { RobotCheck } from "../components/RobotCheck";

export default function LoginResetPassword(props: { kcContext: PageContext<"login-reset-password.ftl">; i18n: I18n }) {
  const { kcContext, i18n } = props;
  const { url, auth, messagesPerField } = kcContext;
  const { msgStr } = i18n;
  const [firstConnexion] = useState(isFirstConnexion);

  return (
    <Layout
      kcContext={kcContext}
      i18n={i18n}
      title={msgStr(firstConnexion ? "resetTitleFirstConnexion" : "resetTitleForgotten")}
      displayMessage={!messagesPerField.existsError("username")}
    >
      <p>{msgStr(firstConnexion ? "resetInstructionFirstConnexion" : "resetInstructionForgotten")}</p>
      <form action={url.loginAction} method="post">
        <Input
          label={msgStr("resetEmailLabel")}
          {...fieldError(kcContext, i18n, "username")}
          nativeInputProps={{
            id: "username",
            name: "username",
            type: "email",
            defaultValue: auth.attemptedUsername ?? "",
            autoComplete: "email",
            autoFocus: true,
          }}
        />
        <RobotCheck kcContext={kcContext} i18n={i18n} />
        <Button type="submit">{msgStr("resetSubmit")}</Button>
      </form>
      <BackToSignIn href={url.loginUrl} i18n={i18n} />
    </Layout>
  );
}
