import { credentials, story } from "./storyMocks";

export const stories = {
  none: story("security", {}),
  withAppAndPasskey: story("security", { credentials: credentials({ otp: 2, passkeys: 1 }) }),
  english: story("security", { credentials: credentials({ otp: 1 }) }, "en"),
  // Back from Keycloak's removal (signed in again, confirmed): the outcome above the list.
  removed: story("security", {
    credentials: credentials({ passkeys: 1 }),
    actionOutcome: { action: "delete_credential", status: "success" },
  }),
  removedEnglish: story(
    "security",
    { credentials: credentials({ passkeys: 1 }), actionOutcome: { action: "delete_credential", status: "success" } },
    "en",
  ),
  // Back from Keycloak's removal, which did not remove it: the failure above the list, which still has it.
  removalFailed: story("security", {
    credentials: credentials({ otp: 1 }),
    actionOutcome: { action: "delete_credential", status: "error" },
  }),
  removalFailedEnglish: story(
    "security",
    { credentials: credentials({ otp: 1 }), actionOutcome: { action: "delete_credential", status: "error" } },
    "en",
  ),
  loading: story("security", { pending: true }),
  failed: story("security", { failing: true }),
};
