import { mock } from "./storyMocks";

export const stories = { default: mock("login-page-expired.ftl") };
