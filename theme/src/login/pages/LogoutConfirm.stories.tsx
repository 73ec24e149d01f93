import { mock } from "./storyMocks";

export const stories = {
  default: mock("logout-confirm.ftl", { client: { baseUrl: "https://dexco.siec.education.fr/" } }),
};
