import { describe, expect, it, vi } from "vitest";
import { CATALOGUE } from "../../../admin-scripts/src/messages/catalogue";
import { fill } from "../../../admin-scripts/src/messages";

const placeholders = (template: string) => [...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe("the CLI's message catalogue", () => {
  it("says each message in French and in English with the same placeholders", () => {
    expect(Object.keys(CATALOGUE.en).sort()).toEqual(Object.keys(CATALOGUE.fr).sort());
    for (const [key, french] of Object.entries(CATALOGUE.fr)) {
      expect(placeholders(CATALOGUE.en[key as keyof typeof CATALOGUE.en]), key).toEqual(placeholders(french));
    }
  });

  it("fills each placeholder, and refuses to show a message whose value is missing", () => {
    expect(fill("{file}:{line}", { file: "realm.yaml", line: 3 })).toBe("realm.yaml:3");
    expect(fill("${{variable}}", { variable: "SMTP_USER" })).toBe("${SMTP_USER}");
    expect(() => fill("{file}", {})).toThrow(/\{file\} has no value/);
  });

  it("is never spoken before runCli chose the language: that would be a default nobody asked for", async () => {
    vi.resetModules();
    const fresh = await import("../../../admin-scripts/src/messages");
    expect(() => fresh.t("verbatim", { text: "x" })).toThrow(/no language chosen/);
    fresh.useLanguage("en");
    expect(fresh.t("plan.change", { action: { code: "plan.action.create" }, target: "x" })).toBe(
      fresh.messageIn("en", "plan.change", { action: fresh.messageIn("en", "plan.action.create"), target: "x" }),
    );
  });
});
