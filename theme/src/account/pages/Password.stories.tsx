import { credentials, marie, proConnect, story } from "./storyMocks";

const withoutPassword = credentials().filter((kind) => kind.type !== "password");
const linked = { linkedAccounts: [proConnect(marie.email)] };
/** Linked at its first sign-in with ProConnect through the e-mailed link: no password of its own. */
const linkedWithoutPassword = { ...linked, credentials: withoutPassword };

export const stories = {
  default: story("password", {}),
  neverSet: story("password", { credentials: withoutPassword }),
  changed: story("password", { actionOutcome: { action: "UPDATE_PASSWORD", status: "success" } }),
  cancelled: story("password", { actionOutcome: { action: "UPDATE_PASSWORD", status: "cancelled" } }),
  english: story("password", {}, "en"),
  proConnectLinked: story("password", linked),
  proConnectLinkedEnglish: story("password", linked, "en"),
  proConnectNotLinked: story("password", { linkedAccounts: [proConnect()] }),
  proConnectNotLinkedEnglish: story("password", { linkedAccounts: [proConnect()] }, "en"),
  // "Délier ProConnect" pressed: the confirmation, its two buttons.
  proConnectUnlinkConfirmation: story("password", { ...linked, presses: ["proConnectUnlink"] }),
  // Confirmed: the outcome, and the section now says the account is not linked.
  proConnectUnlinked: story("password", {
    ...linked,
    presses: ["proConnectUnlink", "proConnectUnlinkConfirmButton"],
  }),
  // Confirmed, and Keycloak kept the link, the account's only way to sign in: the page says why and what to do.
  proConnectUnlinkRefused: story("password", {
    ...linkedWithoutPassword,
    unlinkRefused: true,
    presses: ["proConnectUnlink", "proConnectUnlinkConfirmButton"],
  }),
  proConnectUnlinkRefusedEnglish: story(
    "password",
    { ...linkedWithoutPassword, unlinkRefused: true, presses: ["proConnectUnlink", "proConnectUnlinkConfirmButton"] },
    "en",
  ),
  // Confirmed, and the server did not answer: the failure, the link still shown.
  proConnectUnlinkFailed: story("password", {
    ...linked,
    actionsFailing: true,
    presses: ["proConnectUnlink", "proConnectUnlinkConfirmButton"],
  }),
  loading: story("password", { pending: true }),
  failed: story("password", { failing: true }),
};
