import { lazy, Suspense } from "react";
import DefaultPage from "keycloakify/login/DefaultPage";
import { useI18n } from "./i18n";
import type { KcContext } from "./KcContext";
import { DefaultPageTemplate } from "./Layout";
// The sign-in page, where nearly every visit starts, comes with the first script; the others load when shown.
import Login from "./pages/Login";

const LoginResetPassword = lazy(() => import("./pages/LoginResetPassword"));
const LoginUpdatePassword = lazy(() => import("./pages/LoginUpdatePassword"));
const LoginUpdateProfile = lazy(() => import("./pages/LoginUpdateProfile"));
const LoginVerifyEmail = lazy(() => import("./pages/LoginVerifyEmail"));
const Info = lazy(() => import("./pages/Info"));
const ErrorPage = lazy(() => import("./pages/Error"));
const LoginPageExpired = lazy(() => import("./pages/LoginPageExpired"));
const LogoutConfirm = lazy(() => import("./pages/LogoutConfirm"));
const Terms = lazy(() => import("./pages/Terms"));
const LoginOtp = lazy(() => import("./pages/LoginOtp"));
const LoginConfigTotp = lazy(() => import("./pages/LoginConfigTotp"));
const UserProfileFormFields = lazy(() => import("keycloakify/login/UserProfileFormFields"));

export default function KcPage(props: { kcContext: KcContext }) {
  const { kcContext } = props;
  const { i18n } = useI18n({ kcContext });
  document.documentElement.lang = kcContext.locale?.currentLanguageTag ?? "fr";

  return (
    <Suspense>
      {(() => {
        switch (kcContext.pageId) {
          case "login.ftl":
            return <Login kcContext={kcContext} i18n={i18n} />;
          case "login-reset-password.ftl":
            return <LoginResetPassword kcContext={kcContext} i18n={i18n} />;
          case "login-update-password.ftl":
            return <LoginUpdatePassword kcContext={kcContext} i18n={i18n} />;
          case "login-update-profile.ftl":
            return <LoginUpdateProfile kcContext={kcContext} i18n={i18n} />;
          case "login-verify-email.ftl":
            return <LoginVerifyEmail kcContext={kcContext} i18n={i18n} />;
          case "info.ftl":
            return <Info kcContext={kcContext} i18n={i18n} />;
          case "error.ftl":
            return <ErrorPage kcContext={kcContext} i18n={i18n} />;
          case "login-page-expired.ftl":
            return <LoginPageExpired kcContext={kcContext} i18n={i18n} />;
          case "logout-confirm.ftl":
            return <LogoutConfirm kcContext={kcContext} i18n={i18n} />;
          case "terms.ftl":
            return <Terms kcContext={kcContext} i18n={i18n} />;
          case "login-otp.ftl":
            return <LoginOtp kcContext={kcContext} i18n={i18n} />;
          case "login-config-totp.ftl":
            return <LoginConfigTotp kcContext={kcContext} i18n={i18n} />;
          default:
            return (
              <DefaultPage
                kcContext={kcContext}
                i18n={i18n}
                Template={DefaultPageTemplate}
                doUseDefaultCss={false}
                UserProfileFormFields={UserProfileFormFields}
                doMakeUserConfirmPassword={true}
              />
            );
        }
      })()}
    </Suspense>
  );
}
