import type { Device } from "../accountApi";
import { storyNow, story } from "./storyMocks";

const seconds = (ms: number) => Math.floor(ms / 1000);
const laptop: Device = {
  id: "laptop",
  os: "Windows",
  osVersion: "10",
  browser: "Firefox/133.0",
  current: true,
  lastAccess: seconds(storyNow),
  sessions: [
    {
      id: "s1",
      ipAddress: "192.0.2.10",
      started: seconds(storyNow - 3600_000),
      lastAccess: seconds(storyNow),
      current: true,
      clients: [
        { clientId: "account-console", clientName: "Mon compte" },
        { clientId: "dexco", clientName: "DEXCO" },
      ],
    },
  ],
};
const phone: Device = {
  id: "phone",
  os: "Android",
  browser: "Chrome/131.0",
  mobile: true,
  lastAccess: seconds(storyNow - 86400_000),
  sessions: [
    {
      id: "s2",
      ipAddress: "198.51.100.7",
      started: seconds(storyNow - 2 * 86400_000),
      lastAccess: seconds(storyNow - 86400_000),
      clients: [{ clientId: "eabsence", clientName: "eAbsence" }],
    },
  ],
};

export const stories = {
  default: story("devices", { devices: [laptop, phone] }),
  english: story("devices", { devices: [laptop] }, "en"),
  // "Se déconnecter de tous les appareils" pressed: the confirmation, its two buttons.
  signOutEverywhereConfirmation: story("devices", { devices: [laptop, phone], presses: ["devicesSignOutAll"] }),
  signOutEverywhereConfirmationEnglish: story("devices", { devices: [laptop], presses: ["devicesSignOutAll"] }, "en"),
  // "Me déconnecter partout" pressed, and the server did not answer: the page says so.
  signOutEverywhereFailed: story("devices", {
    devices: [laptop, phone],
    actionsFailing: true,
    presses: ["devicesSignOutAll", "devicesSignOutAllConfirmButton"],
  }),
  loading: story("devices", { pending: true }),
  failed: story("devices", { failing: true }),
};
