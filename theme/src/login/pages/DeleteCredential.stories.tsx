import { mock } from "./storyMocks";

export const stories = {
  default: mock("delete-credential.ftl", { credentialLabel: "Téléphone professionnel" }),
  english: mock("delete-credential.ftl", { credentialLabel: "Work phone" }, "en"),
};
