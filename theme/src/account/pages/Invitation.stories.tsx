import { story } from "./storyMocks";

export const stories = {
  default: story("establishment/join", {}),
  accepted: story("establishment/join", { presses: ["invitationAccept"] }),
  declined: story("establishment/join", { presses: ["invitationDecline"] }),
  // Answered already, withdrawn, expired or forged: one message.
  expired: story("establishment/join", { invitation: { refusal: "invitation-expired" } }),
  forAnotherAccount: story("establishment/join", { invitation: { refusal: "invitation-for-another-account" } }),
  answeredMeanwhile: story("establishment/join", {
    invitationAnswer: "invitation-expired",
    presses: ["invitationAccept"],
  }),
  // A name a page could run as code is shown as text.
  unsafeName: story("establishment/join", {
    invitation: { uai: "0930122Y", invitedBy: "<img src=x onerror=alert(1)>" },
  }),
  loading: story("establishment/join", { pending: true }),
  failed: story("establishment/join", { failing: true }),
  english: story("establishment/join", {}, "en"),
};
