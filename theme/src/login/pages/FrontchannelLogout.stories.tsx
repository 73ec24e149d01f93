import { mock } from "./storyMocks";

// "#" is not an http(s) address: the preview lists the apps without opening their sign-out frames.
const logout = {
  clients: [
    { name: "DEXCO", frontChannelLogoutUrl: "#" },
    { name: "DPECothèque", frontChannelLogoutUrl: "#" },
  ],
};

export const stories = {
  default: mock("frontchannel-logout.ftl", { logout }),
  english: mock("frontchannel-logout.ftl", { logout }, "en"),
};
