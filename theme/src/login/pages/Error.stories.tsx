import { mock } from "./storyMocks";

export const stories = {
  generic: mock("error.ftl", {
    message: { type: "error", summary: "${invalidCodeMessage}" },
    client: { baseUrl: "https://dexco.siec.education.fr/" },
  }),
  expiredLink: mock("error.ftl", { message: { type: "error", summary: "${expiredActionTokenNoSessionMessage}" } }),
};
