import { describe, expect, it } from "vitest";
import { appsFromRealmConfig } from "../../../examples/siec-app/apps-from-realm-config";
import { realmConfigDir } from "../../../stack/realm";

describe("the apps the example app can play", () => {
  it("come from realm-config/clients/, service accounts left out", async () => {
    const apps = await appsFromRealmConfig(realmConfigDir, {});
    expect(Object.keys(apps)).toEqual(["basa", "basics", "dexco", "dpecotheque", "eabsence"]);
    expect(apps.dpecotheque).toEqual({
      clientId: "dpecotheque",
      name: "DPECothèque",
      description: "Plateforme de dématérialisation des dossiers de prise en charge financière examens & concours",
      helpGuidePath: "/guide-connexion.pdf",
      legalNoticePath: "/mentions-legales",
    });
  });

  it("take the page paths whatever the app's URL", async () => {
    const apps = await appsFromRealmConfig(realmConfigDir, { DEXCO_URL: "https://dexco.siec.example" });
    expect(apps.dexco?.helpGuidePath).toBe("/guide-connexion.pdf");
  });
});
