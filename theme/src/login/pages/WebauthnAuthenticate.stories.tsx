import { mock, webAuthnChallenge } from "./storyMocks";

const usbKey = {
  credentialId: "a2V5LXVzYg",
  label: "Clé USB du bureau",
  transports: { iconClass: "kcWebAuthnUSB", displayNameProperties: ["${webauthn-display-name}"] },
  createdAt: "12/03/2026",
};

export const stories = {
  default: mock("webauthn-authenticate.ftl", {
    ...webAuthnChallenge,
    isUserIdentified: "true",
    authenticators: { authenticators: [usbKey] },
    shouldDisplayAuthenticators: true,
  }),
  twoKeys: mock("webauthn-authenticate.ftl", {
    ...webAuthnChallenge,
    isUserIdentified: "true",
    authenticators: {
      authenticators: [
        usbKey,
        { ...usbKey, credentialId: "a2V5LXBob25l", label: "Téléphone", transports: { iconClass: "" } },
      ],
    },
    shouldDisplayAuthenticators: true,
  }),
  english: mock("webauthn-authenticate.ftl", { ...webAuthnChallenge, isUserIdentified: "false" }, "en"),
};
