import { mock } from "./storyMocks";

const user = {
  organizations: [
    { alias: "creteil", name: "Académie de Créteil" },
    { alias: "paris", name: "Académie de Paris" },
    { alias: "versailles" },
  ],
};

export const stories = {
  default: mock("select-organization.ftl", { user }),
  english: mock("select-organization.ftl", { user }, "en"),
};
