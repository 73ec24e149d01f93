import { describe, expect, it } from "vitest";
import { planAsJson, renderPlan } from "../../../admin-scripts/src/commands/plan-text";
import type { Change } from "../../../admin-scripts/src/resource-kit/reconciler";
import { useLanguage } from "../../../admin-scripts/src/messages";
import { saying, TEST_LANGUAGE } from "../../support/cli-messages";

// The plan as `plan` words it: in the language runCli would choose.
useLanguage(TEST_LANGUAGE);

const write = async () => {};
const changes: Change[] = [
  {
    kind: "realm settings",
    target: "realm siec",
    action: "update",
    fields: [{ path: "displayName", before: "Ancien", after: "Portail" }],
    write,
  },
  {
    kind: "smtp",
    target: "realm siec",
    action: "update",
    fields: [
      { path: "host", before: "localhost", after: "smtp.siec.example" },
      { path: "password", before: undefined, after: "s3cret", secret: true },
    ],
    write,
  },
  {
    kind: "clients",
    target: "client dexco",
    action: "create",
    fields: [{ path: "name", before: undefined, after: "DEXCO" }],
    write,
  },
];

describe("the plan", () => {
  it("shows each change under its resource kind, field by field, with a summary", () => {
    expect(renderPlan(changes, "siec")).toBe(
      [
        saying("kind.realm settings"),
        `  ~ ${saying("plan.action.update")} ${saying("target.realm")} siec`,
        '      displayName: "Ancien" → "Portail"',
        "",
        saying("kind.smtp"),
        `  ~ ${saying("plan.action.update")} ${saying("target.realm")} siec`,
        '      host: "localhost" → "smtp.siec.example"',
        "      password: (secret)",
        "",
        saying("kind.clients"),
        `  + ${saying("plan.action.create")} ${saying("target.client")} dexco`,
        '      name: "DEXCO"',
        "",
        saying("plan.summary", { create: 1, update: 2, delete: 0 }),
      ].join("\n"),
    );
  });

  it("says so when nothing would change", () => {
    expect(renderPlan([], "siec")).toBe(saying("plan.noChanges", { realm: "siec" }));
  });

  it("never shows a secret, in text or JSON", () => {
    expect(renderPlan(changes, "siec")).not.toContain("s3cret");
    expect(JSON.stringify(planAsJson(changes, "siec"))).not.toContain("s3cret");
    expect(planAsJson(changes, "siec")).toMatchObject({ realm: "siec", summary: { create: 1, update: 2 } });
  });

  it("masks a secret variable's value in any field, target included", () => {
    const leaking: Change[] = [
      {
        kind: "clients",
        target: "client s3cret",
        action: "update",
        fields: [{ path: "description", before: ["a s3cret"], after: 'BASA s3cret"' }],
        write,
      },
    ];
    const environment = { SMTP_PASSWORD: "s3cret" };
    expect(renderPlan(leaking, "siec", environment)).toContain(
      [
        `  ~ ${saying("plan.action.update")} client (secret)`,
        '      description: ["a (secret)"] → "BASA (secret)\\""',
      ].join("\n"),
    );
    expect(planAsJson(leaking, "siec", environment)).toMatchObject({
      changes: [
        {
          target: "client (secret)",
          fields: [{ path: "description", before: ["a (secret)"], after: 'BASA (secret)"' }],
        },
      ],
    });
  });
});
