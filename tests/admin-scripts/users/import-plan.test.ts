import { describe, expect, it } from "vitest";
import type { DesiredAccount, LiveAccount } from "../../../admin-scripts/src/users/accounts";
import { planImport } from "../../../admin-scripts/src/users/import-plan";

const desired = (email: string, overrides: Partial<DesiredAccount> = {}): DesiredAccount => ({
  line: 2,
  email,
  firstName: "Jeanne",
  lastName: "Dupont",
  etablissements: ["0751234A"],
  groups: ["dexco"],
  ...overrides,
});
const live = (email: string, overrides: Partial<LiveAccount> = {}): LiveAccount => ({
  id: email,
  email,
  firstName: "Jeanne",
  lastName: "Dupont",
  enabled: true,
  status: "active",
  etablissements: ["0751234A"],
  groups: ["dexco"],
  principal: [],
  attributes: {},
  ...overrides,
});

describe("planImport", () => {
  it("creates the new, leaves the unchanged, and updates only what changed", () => {
    const plan = planImport(
      [
        desired("new@x.fr"),
        desired("same@x.fr"),
        desired("moved@x.fr", { etablissements: ["0931234B"], lastName: "Durand" }),
      ],
      new Map([
        ["same@x.fr", live("same@x.fr")],
        ["moved@x.fr", live("moved@x.fr")],
      ]),
      ["dexco", "basa"],
    );
    expect(plan.create.map((account) => account.email)).toEqual(["new@x.fr"]);
    expect(plan.unchanged.map((account) => account.email)).toEqual(["same@x.fr"]);
    expect(plan.update.map((update) => [update.desired.email, update.fields])).toEqual([
      ["moved@x.fr", ["lastName", "etablissements"]],
    ]);
  });

  it("takes an account out of the apps its row no longer names, and keeps its other groups", () => {
    const plan = planImport(
      [desired("a@x.fr", { groups: ["basa"] })],
      new Map([["a@x.fr", live("a@x.fr", { groups: ["dexco", "gestionnaires"] })]]),
      ["dexco", "basa"],
    );
    expect(plan.update[0]).toMatchObject({ fields: ["groups"], joinGroups: ["basa"], leaveGroups: ["dexco"] });
  });

  it("compares UAI codes as a set", () => {
    const plan = planImport(
      [desired("a@x.fr", { etablissements: ["0931234B", "0751234A"] })],
      new Map([["a@x.fr", live("a@x.fr", { etablissements: ["0751234A", "0931234B"] })]]),
      [],
    );
    expect(plan.unchanged).toHaveLength(1);
  });
});
