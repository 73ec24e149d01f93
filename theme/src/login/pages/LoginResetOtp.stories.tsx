import { mock } from "./storyMocks";

const configuredOtpCredentials = {
  userOtpCredentials: [
    { id: "telephone", userLabel: "Téléphone professionnel" },
    { id: "tablette", userLabel: "" },
  ],
  selectedCredentialId: "telephone",
};

export const stories = {
  default: mock("login-reset-otp.ftl", { configuredOtpCredentials }),
  english: mock("login-reset-otp.ftl", { configuredOtpCredentials }, "en"),
};
