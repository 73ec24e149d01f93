import { credentials, story } from "./storyMocks";

export const stories = {
  default: story("password", {}),
  neverSet: story("password", { credentials: credentials().filter((kind) => kind.type !== "password") }),
  changed: story("password", { actionOutcome: { action: "UPDATE_PASSWORD", status: "success" } }),
  cancelled: story("password", { actionOutcome: { action: "UPDATE_PASSWORD", status: "cancelled" } }),
  english: story("password", {}, "en"),
  loading: story("password", { pending: true }),
  failed: story("password", { failing: true }),
};
