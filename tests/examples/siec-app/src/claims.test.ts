import { describe, expect, it } from "vitest";
import { listClaim, userFromTokens } from "../../../../examples/siec-app/src/claims";

describe("what the example app shows of the signed-in person", () => {
  it("reads name, e-mail and établissements from the ID token, roles from the access token", () => {
    const user = userFromTokens(
      {
        name: "Camille Martin",
        given_name: "Camille",
        family_name: "Martin",
        email: "camille.martin@example.org",
        etablissement: ["0750001A", "0930002B"],
      },
      { resource_access: { dpecotheque: { roles: ["utilisateur"] }, dexco: { roles: ["gestionnaire"] } } },
      "dpecotheque",
    );
    expect(user).toEqual({
      name: "Camille Martin",
      email: "camille.martin@example.org",
      etablissements: ["0750001A", "0930002B"],
      roles: ["utilisateur"],
    });
  });

  it("copes with a single value, missing claims and no roles", () => {
    expect(
      userFromTokens({ given_name: "Camille", family_name: "Martin", etablissement: "0750001A" }, {}, "basa"),
    ).toEqual({
      name: "Camille Martin",
      email: "",
      etablissements: ["0750001A"],
      roles: [],
    });
    expect(userFromTokens(undefined, undefined, "basa").name).toBe("");
    expect(listClaim(["", " 0750001A "])).toEqual(["0750001A"]);
  });
});
