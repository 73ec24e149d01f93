import { createGetKcContextMock } from "keycloakify/login/KcContext";
import { kcEnvDefaults } from "../kc.gen";
import type { KcContextExtension, KcContextExtensionPerPage } from "./KcContext";

const kcContextExtension: KcContextExtension = { themeName: "siec", properties: kcEnvDefaults };
const kcContextExtensionPerPage: KcContextExtensionPerPage = {
  "login-update-password.ftl": {},
  "login-update-profile.ftl": {},
  "login-idp-link-confirm.ftl": { idpDisplayName: "ProConnect" },
  "login-idp-link-email.ftl": { idpDisplayName: "ProConnect" },
};

export const { getKcContextMock } = createGetKcContextMock({
  kcContextExtension,
  kcContextExtensionPerPage,
  overrides: { locale: { currentLanguageTag: "fr" } },
});
