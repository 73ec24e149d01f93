import { mock } from "./storyMocks";

const refused = { type: "error", summary: "${webauthn-error-auth-verification}" } as const;

export const stories = {
  default: mock("webauthn-error.ftl", { execution: "webauthn-authenticator", message: refused }),
  askedByTheApp: mock("webauthn-error.ftl", {
    execution: "webauthn-register",
    isAppInitiatedAction: true,
    message: { type: "error", summary: "${webauthn-error-registration}" },
  }),
  english: mock("webauthn-error.ftl", { execution: "webauthn-authenticator", message: refused }, "en"),
};
