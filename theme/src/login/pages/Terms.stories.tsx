import { mock } from "./storyMocks";

export const stories = { default: mock("terms.ftl") };
