import type { Attribute } from "keycloakify/login/KcContext";
import { fieldErrors, mock } from "./storyMocks";

const email: Attribute = {
  name: "email",
  displayName: "${email}",
  required: true,
  readOnly: false,
  annotations: {},
  validators: {},
  multivalued: false,
  autocomplete: "email",
};
const birthDate: Attribute = {
  name: "birthDate",
  displayName: "${birthday}",
  required: true,
  readOnly: false,
  annotations: { inputType: "html5-date" },
  validators: {},
  multivalued: false,
};
const profile = { attributesByName: { email, birthDate } };

export const stories = {
  activation: mock("login-update-profile.ftl", { profile }),
  invalidEmail: mock("login-update-profile.ftl", {
    profile,
    messagesPerField: fieldErrors({ email: "${invalidEmailMessage}" }),
  }),
};
