import { mock } from "./storyMocks";

export const stories = {
  emailSent: mock("info.ftl", { message: { type: "info", summary: "${emailSentMessage}" } }),
  accountActivated: mock("info.ftl", {
    message: { type: "success", summary: "${accountUpdatedMessage}" },
    client: { baseUrl: "https://dexco.siec.education.fr/" },
  }),
};
