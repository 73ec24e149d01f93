import { mock } from "./storyMocks";

export const stories = {
  default: mock("code.ftl", { code: { success: true, code: "uss.7Kq2mX9vR3tB.f81c" } }),
  error: mock("code.ftl", { code: { success: false, error: "${invalidCodeMessage}" } }),
  english: mock("code.ftl", { code: { success: true, code: "uss.7Kq2mX9vR3tB.f81c" } }, "en"),
};
