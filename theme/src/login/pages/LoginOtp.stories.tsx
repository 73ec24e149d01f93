import { fieldErrors, mock } from "./storyMocks";

const phone = { id: "telephone", userLabel: "Téléphone professionnel" };

export const stories = {
  default: mock("login-otp.ftl", { otpLogin: { userOtpCredentials: [phone] } }),
  twoDevices: mock("login-otp.ftl", {
    otpLogin: { userOtpCredentials: [phone, { id: "tablette", userLabel: "" }], selectedCredentialId: "telephone" },
  }),
  wrongCode: mock("login-otp.ftl", {
    otpLogin: { userOtpCredentials: [phone] },
    messagesPerField: fieldErrors({ totp: "${invalidTotpMessage}" }),
  }),
  english: mock("login-otp.ftl", { otpLogin: { userOtpCredentials: [phone] } }, "en"),
};
