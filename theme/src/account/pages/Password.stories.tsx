import { credentials, story } from "./storyMocks";

export const stories = {
  default: story("password", {}),
  neverSet: story("password", { credentials: credentials().filter((kind) => kind.type !== "password") }),
  english: story("password", {}, "en"),
};
