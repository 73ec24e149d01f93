import { firstConnexionParameter } from "../firstConnexion";
import { fieldErrors, mock } from "./storyMocks";

export const stories = {
  forgottenPassword: mock("login-reset-password.ftl"),
  firstConnexion: { ...mock("login-reset-password.ftl"), search: `${firstConnexionParameter}=1` },
  missingEmail: mock("login-reset-password.ftl", {
    messagesPerField: fieldErrors({ username: "${missingUsernameMessage}" }),
  }),
};
