import { marie, story } from "./storyMocks";

export const stories = {
  default: story("", {}),
  noSchool: story("", { profile: { ...marie, attributes: {} } }),
  emailByOperators: story("", {}, "fr", { updateEmailActionEnabled: false }),
  loading: story("", { pending: true }),
  serverDown: story("", { failing: true }),
  english: story("", {}, "en"),
  // "Enregistrer" pressed: saved, or refused with the user profile's reason under the field.
  saved: story("", { presses: ["personalInfoSave"] }),
  refused: story("", {
    refusals: [{ field: "lastName", errorMessage: "error-person-name-invalid-character" }],
    presses: ["personalInfoSave"],
  }),
  refusedEnglish: story(
    "",
    {
      refusals: [{ field: "lastName", errorMessage: "error-person-name-invalid-character" }],
      presses: ["personalInfoSave"],
    },
    "en",
  ),
  // The server did not answer the save: nothing saved, and the page says so.
  saveFailed: story("", { actionsFailing: true, presses: ["personalInfoSave"] }),
  saveFailedEnglish: story("", { actionsFailing: true, presses: ["personalInfoSave"] }, "en"),
  fromAnApp: story("", {}, "fr", { referrerName: "DEXCO", referrer_uri: "https://dexco.siec.education.fr/" }),
};
