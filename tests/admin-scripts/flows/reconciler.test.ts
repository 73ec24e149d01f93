import { describe, expect, it } from "vitest";
import { loadRealmConfig } from "../../../admin-scripts/src/config/realm-config";
import { flows, markedDescription, readDescription, stepsOf } from "../../../admin-scripts/src/flows/reconciler";
import type { Flow } from "../../../admin-scripts/src/flows/schema";
import { realmConfigDir } from "../../../stack/realm";
import { saying, words } from "../../support/cli-messages";

/** The sign-in flow of the project's flows.yaml. */
async function signInFlow(): Promise<Flow> {
  const config = await loadRealmConfig(realmConfigDir, {});
  return config.flows!.find((flow) => flow.alias === "siec browser")!;
}

/** A subflow's line in a plan, as the diff says it: indented, its name, then its requirement and description. */
const subflowLine = (name: string, details: string, indent = "") => ({
  code: "plan.subflow",
  values: { indent, name, details },
});

/** A passkey is two factors in one: no app's code is asked after it. */
const notWithAPasskey = {
  authenticator: "conditional-credential",
  requirement: "REQUIRED",
  config: { credentials: "webauthn-passwordless", included: "false" },
};

describe("flows.yaml's subflows", () => {
  it("hold their own steps, a subflow's subflow included, with the operators' and the principals' conditions", async () => {
    const notAnOperator = {
      authenticator: "conditional-user-role",
      requirement: "REQUIRED",
      config: { condUserRole: "gestionnaire", negate: "true" },
    };
    // A compte principal: the attribute `principal` holds a UAI; `not` when it does not.
    const principal = (not: "true" | "false") => ({
      authenticator: "conditional-user-attribute",
      requirement: "REQUIRED",
      config: { attribute_name: "principal", attribute_expected_value: ".+", regex: "true", not },
    });
    expect((await signInFlow()).steps).toEqual([
      { authenticator: "auth-cookie", requirement: "ALTERNATIVE" },
      {
        subflow: "siec browser forms",
        description: "The e-mail and password form, then the second factor",
        requirement: "ALTERNATIVE",
        steps: [
          { authenticator: "siec-username-password-form", requirement: "REQUIRED" },
          {
            subflow: "siec browser operators second factor",
            description: "The authenticator app's code, for SIEC operators",
            requirement: "CONDITIONAL",
            steps: [
              {
                authenticator: "conditional-user-role",
                requirement: "REQUIRED",
                config: { condUserRole: "gestionnaire" },
              },
              notWithAPasskey,
              { authenticator: "auth-otp-form", requirement: "REQUIRED" },
            ],
          },
          {
            subflow: "siec browser principals second factor",
            description: "The authenticator app's code, for comptes principaux",
            requirement: "CONDITIONAL",
            steps: [
              notAnOperator,
              principal("false"),
              notWithAPasskey,
              { authenticator: "auth-otp-form", requirement: "REQUIRED" },
            ],
          },
          {
            subflow: "siec browser second factor if set up",
            description: "The authenticator app's code, for the others who have one",
            requirement: "CONDITIONAL",
            steps: [
              notAnOperator,
              principal("true"),
              { authenticator: "conditional-user-configured", requirement: "REQUIRED" },
              notWithAPasskey,
              { authenticator: "auth-otp-form", requirement: "REQUIRED" },
            ],
          },
        ],
      },
    ]);
  });
});

describe("a flow's steps read from Keycloak", () => {
  it("are rebuilt as a tree from its flat list of executions, each with its level", () => {
    const executions = [
      { id: "1", level: 0, index: 0, providerId: "auth-cookie", requirement: "ALTERNATIVE" },
      { id: "2", level: 0, index: 1, authenticationFlow: true, displayName: "f forms", requirement: "ALTERNATIVE" },
      { id: "3", level: 1, index: 0, providerId: "auth-username-password-form", requirement: "REQUIRED" },
      {
        id: "4",
        level: 1,
        index: 1,
        authenticationFlow: true,
        displayName: "f otp",
        description: "OTP",
        requirement: "CONDITIONAL",
      },
      {
        id: "5",
        level: 2,
        index: 0,
        providerId: "conditional-user-role",
        requirement: "REQUIRED",
        authenticationConfig: "c",
      },
      { id: "6", level: 2, index: 1, providerId: "auth-otp-form", requirement: "REQUIRED" },
      { id: "7", level: 1, index: 2, providerId: "auth-conditional-otp-form", requirement: "DISABLED" },
      { id: "8", level: 0, index: 2, providerId: "identity-provider-redirector", requirement: "ALTERNATIVE" },
    ];
    expect(stepsOf(executions, new Map([["c", { condUserRole: "gestionnaire" }]]))).toEqual([
      { authenticator: "auth-cookie", requirement: "ALTERNATIVE" },
      {
        subflow: "f forms",
        description: "",
        requirement: "ALTERNATIVE",
        steps: [
          { authenticator: "auth-username-password-form", requirement: "REQUIRED" },
          {
            subflow: "f otp",
            description: "OTP",
            requirement: "CONDITIONAL",
            steps: [
              {
                authenticator: "conditional-user-role",
                requirement: "REQUIRED",
                config: { condUserRole: "gestionnaire" },
              },
              { authenticator: "auth-otp-form", requirement: "REQUIRED" },
            ],
          },
          { authenticator: "auth-conditional-otp-form", requirement: "DISABLED" },
        ],
      },
      { authenticator: "identity-provider-redirector", requirement: "ALTERNATIVE" },
    ]);
  });
});

describe("the plan of a flow", () => {
  it("is empty when the live flow has the same steps, and shows a subflow's change indented under it", async () => {
    const desired = await signInFlow();
    const live = (steps: Flow["steps"]) =>
      new Map([
        [desired.alias, { flow: { alias: desired.alias, description: desired.description }, steps, managed: true }],
      ]);
    expect(flows.diff([desired], live(structuredClone(desired.steps)), "siec")).toEqual([]);

    const before = structuredClone(desired.steps);
    const forms = before[1] as Extract<Flow["steps"][number], { subflow: string }>;
    forms.steps.pop();
    const [change] = flows.diff([desired], live(before), "siec");
    expect(change).toMatchObject({
      target: "flow siec browser",
      action: "update",
      fields: [
        {
          path: "steps",
          before: [
            "auth-cookie (ALTERNATIVE)",
            subflowLine("siec browser forms", `ALTERNATIVE; "${forms.description}"`),
            "  siec-username-password-form (REQUIRED)",
            subflowLine(
              "siec browser operators second factor",
              'CONDITIONAL; "The authenticator app\'s code, for SIEC operators"',
              "  ",
            ),
            "    conditional-user-role (REQUIRED; condUserRole=gestionnaire)",
            "    conditional-credential (REQUIRED; credentials=webauthn-passwordless, included=false)",
            "    auth-otp-form (REQUIRED)",
            subflowLine(
              "siec browser principals second factor",
              'CONDITIONAL; "The authenticator app\'s code, for comptes principaux"',
              "  ",
            ),
            "    conditional-user-role (REQUIRED; condUserRole=gestionnaire, negate=true)",
            "    conditional-user-attribute (REQUIRED; attribute_name=principal, attribute_expected_value=.+, regex=true, not=false)",
            "    conditional-credential (REQUIRED; credentials=webauthn-passwordless, included=false)",
            "    auth-otp-form (REQUIRED)",
          ],
          after: [
            "auth-cookie (ALTERNATIVE)",
            subflowLine("siec browser forms", `ALTERNATIVE; "${forms.description}"`),
            "  siec-username-password-form (REQUIRED)",
            subflowLine(
              "siec browser operators second factor",
              'CONDITIONAL; "The authenticator app\'s code, for SIEC operators"',
              "  ",
            ),
            "    conditional-user-role (REQUIRED; condUserRole=gestionnaire)",
            "    conditional-credential (REQUIRED; credentials=webauthn-passwordless, included=false)",
            "    auth-otp-form (REQUIRED)",
            subflowLine(
              "siec browser principals second factor",
              'CONDITIONAL; "The authenticator app\'s code, for comptes principaux"',
              "  ",
            ),
            "    conditional-user-role (REQUIRED; condUserRole=gestionnaire, negate=true)",
            "    conditional-user-attribute (REQUIRED; attribute_name=principal, attribute_expected_value=.+, regex=true, not=false)",
            "    conditional-credential (REQUIRED; credentials=webauthn-passwordless, included=false)",
            "    auth-otp-form (REQUIRED)",
            subflowLine(
              "siec browser second factor if set up",
              'CONDITIONAL; "The authenticator app\'s code, for the others who have one"',
              "  ",
            ),
            "    conditional-user-role (REQUIRED; condUserRole=gestionnaire, negate=true)",
            "    conditional-user-attribute (REQUIRED; attribute_name=principal, attribute_expected_value=.+, regex=true, not=true)",
            "    conditional-user-configured (REQUIRED)",
            "    conditional-credential (REQUIRED; credentials=webauthn-passwordless, included=false)",
            "    auth-otp-form (REQUIRED)",
          ],
        },
      ],
    });
  });
});

describe("the server check of flows", () => {
  it("names each authenticator this Keycloak lacks, and what to install for the portal's own", async () => {
    const desired = await signInFlow();
    const withUnknown: Flow = {
      ...desired,
      steps: [...desired.steps, { authenticator: "some-authenticator", requirement: "ALTERNATIVE" }],
    };
    const known = [
      "auth-cookie",
      "conditional-user-role",
      "conditional-user-attribute",
      "conditional-user-configured",
      "conditional-credential",
    ];
    const context = {
      api: {
        authenticationManagement: {
          getAuthenticatorProviders: async () => [...known, "auth-otp-form"].map((id) => ({ id })),
        },
      },
      realm: "siec",
      liveRealm: { realm: "siec" },
    } as unknown as Parameters<NonNullable<typeof flows.check>>[1];
    expect((await flows.check!([withUnknown], context)).map(words)).toEqual([
      saying("check.missingAuthenticator", {
        flow: "siec browser",
        authenticator: "siec-username-password-form",
        hint: saying("check.fromExtension"),
      }),
      saying("check.missingAuthenticator", {
        flow: "siec browser",
        authenticator: "some-authenticator",
        hint: saying("check.otherAuthenticator"),
      }),
    ]);
  });
});

describe("the marker of a flow apply created", () => {
  it("ends its description, names the flow, and is taken off as the flow is read, whatever flows.yaml says of it", () => {
    for (const description of ["", "The sign-in"]) {
      expect(markedDescription(description, "siec browser")).toMatch(
        /\[siec\.managed-by: realm-config:siec browser\]$/,
      );
      expect(readDescription(markedDescription(description, "siec browser"), "siec browser")).toEqual({
        description,
        managed: true,
      });
    }
  });

  it("on a copy (the console's Duplicate keeps the description) marks nothing, and is taken off all the same", () => {
    for (const description of ["", "The sign-in"]) {
      expect(readDescription(markedDescription(description, "siec browser"), "Copy of siec browser")).toEqual({
        description,
        managed: false,
      });
    }
    // Written before the marker named its flow: it names none, so it marks none.
    expect(readDescription("The sign-in [siec.managed-by: realm-config]", "siec browser")).toEqual({
      description: "The sign-in",
      managed: false,
      bare: true,
    });
  });

  it("is absent from a flow made by hand, even one whose description speaks of realm-config", () => {
    expect(readDescription("Made by hand", "x")).toEqual({ description: "Made by hand", managed: false });
    expect(readDescription(undefined, "x")).toEqual({ description: "", managed: false });
    expect(readDescription("see [siec.managed-by: realm-config:x] docs", "x")).toMatchObject({ managed: false });
    expect(readDescription("a[siec.managed-by: realm-config:x]", "x")).toMatchObject({ managed: false });
    expect(readDescription("a [siec.managed-by: realm-configx]", "x")).toMatchObject({ managed: false });
  });
});
