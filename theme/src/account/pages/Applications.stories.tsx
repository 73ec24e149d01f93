import type { MyApp } from "@siec/contract";
import { story } from "./storyMocks";

const dexco: MyApp = {
  clientId: "dexco",
  name: "DEXCO",
  description: "Plateforme de dématérialisation des dossiers candidat.",
  url: "https://dexco.siec.education.fr/",
  helpGuideUrl: "https://dexco.siec.education.fr/guide-connexion.pdf",
};
const eabsence: MyApp = {
  clientId: "eabsence",
  name: "eAbsence",
  description: "Déclaration des absences des candidats.",
  url: "https://eabsence.siec.education.fr/",
};

export const stories = {
  default: story("applications", { apps: [dexco, eabsence] }),
  none: story("applications", { apps: [] }),
  // A link an admin could set to run a script is not shown (only http(s) links are).
  unsafeLink: story("applications", {
    apps: [{ ...dexco, url: "javascript:alert(1)", helpGuideUrl: "data:text/html,x" }],
  }),
  english: story("applications", { apps: [dexco] }, "en"),
  loading: story("applications", { pending: true }),
  failed: story("applications", { failing: true }),
};
