import { credentials, story } from "./storyMocks";

export const stories = {
  none: story("security", {}),
  withAppAndPasskey: story("security", { credentials: credentials({ otp: 2, passkeys: 1 }) }),
  english: story("security", { credentials: credentials({ otp: 1 }) }, "en"),
  // "Supprimer" pressed: the confirmation under the credential; then confirmed, the credential gone.
  removeConfirmation: story("security", { credentials: credentials({ otp: 1 }), presses: ["securityRemove"] }),
  removed: story("security", {
    credentials: credentials({ otp: 1 }),
    presses: ["securityRemove", "securityRemoveConfirmButton"],
  }),
  removedEnglish: story(
    "security",
    { credentials: credentials({ otp: 1 }), presses: ["securityRemove", "securityRemoveConfirmButton"] },
    "en",
  ),
  loading: story("security", { pending: true }),
  failed: story("security", { failing: true }),
};
