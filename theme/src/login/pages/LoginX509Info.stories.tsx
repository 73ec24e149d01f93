import { mock } from "./storyMocks";

export const stories = {
  default: mock("login-x509-info.ftl", {
    x509: {
      formData: {
        subjectDN: "CN=Camille Martin, OU=SIEC, O=Ministère de l'Éducation nationale, C=FR",
        isUserEnabled: true,
        username: "camille.martin@example.org",
      },
    },
  }),
  noCertificate: mock("login-x509-info.ftl", { x509: { formData: { isUserEnabled: false } } }),
};
