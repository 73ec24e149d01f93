import { describe, expect, it } from "vitest";
import { kindTitle, shownTarget, targetOf } from "../../../admin-scripts/src/resource-kit/names";
import { saying, words } from "../../support/cli-messages";

describe("the names of realm resources in plans", () => {
  it("shows a target's noun in the run's language, the longest noun first, the name as it is", () => {
    expect(words(shownTarget(targetOf("group", "dexco")))).toBe(`${saying("target.group")} dexco`);
    expect(words(shownTarget(targetOf("client scope", "siec-etablissement")))).toBe(
      `${saying("target.client scope")} siec-etablissement`,
    );
    expect(words(shownTarget(targetOf("flow", "client scope flow")))).toBe(
      `${saying("target.flow")} client scope flow`,
    );
  });

  it("gives each kind its heading from the catalogue", () => {
    expect(words(kindTitle("built-in clients"))).toBe(saying("kind.built-in clients"));
  });
});
