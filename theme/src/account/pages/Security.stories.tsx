import { credentials, story } from "./storyMocks";

export const stories = {
  none: story("security", {}),
  withAppAndPasskey: story("security", { credentials: credentials({ otp: 2, passkeys: 1 }) }),
  english: story("security", { credentials: credentials({ otp: 1 }) }, "en"),
};
