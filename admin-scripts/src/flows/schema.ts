import { z } from "zod";
import { coded } from "../messages/said";

const requirement = z.enum(["REQUIRED", "ALTERNATIVE", "CONDITIONAL", "DISABLED"]);

const alias = z.string().regex(/^[a-z0-9][a-z0-9 -]*$/, { error: () => coded("schema.flowAlias") });

/** A step's settings (Keycloak's authenticator config), kept as the strings Keycloak stores. */
const stepConfig = z.record(
  z.string().min(1),
  z.union([z.string(), z.number(), z.boolean()]).transform((value) => String(value)),
);

const authenticatorStep = z.strictObject({
  authenticator: z.string().min(1),
  requirement,
  config: stepConfig.optional(),
});

/** A step that is a flow of its own (Keycloak's sub-flow), run where it stands in its flow. */
const subflowStep = z.strictObject({
  subflow: alias,
  description: z.string().default(""),
  requirement,
  get steps() {
    return steps;
  },
});

const step = z.union([authenticatorStep, subflowStep]);
const steps: z.ZodArray<typeof step> = z.array(step).min(1, { error: () => coded("schema.flowNeedsStep") });

/** Keycloak's conditions (`conditional-user-role`…): what decides whether a CONDITIONAL subflow runs. */
export const isCondition = (step: Step) => "authenticator" in step && step.authenticator.startsWith("conditional-");

/**
 * `flows.yaml`: authentication flows of the realm's own, each a list of steps run in order; a step
 * is an authenticator or a subflow with its own steps.
 */
export const flowsSchema = z
  .array(z.strictObject({ alias, description: z.string().default(""), steps }))
  .superRefine((flows, context) => {
    // Keycloak keeps the aliases of flows and subflows in one namespace per realm.
    const seen = new Set<string>();
    const declare = (name: string, path: PropertyKey[]) => {
      if (seen.has(name)) context.addIssue({ code: "custom", path, message: coded("schema.flowTwice", { name }) });
      seen.add(name);
    };
    const checkSteps = (flow: string, list: Step[], path: PropertyKey[]) =>
      list.forEach((item, index) => {
        const at = [...path, index];
        if (!("subflow" in item)) {
          if (item.requirement === "CONDITIONAL")
            context.addIssue({
              code: "custom",
              path: [...at, "requirement"],
              message: coded("schema.onlySubflowConditional"),
            });
          return;
        }
        if (!item.subflow.startsWith(`${flow} `))
          context.addIssue({
            code: "custom",
            path: [...at, "subflow"],
            message: coded("schema.subflowName", { flow }),
          });
        declare(item.subflow, [...at, "subflow"]);
        if (item.requirement === "CONDITIONAL" && !item.steps.some(isCondition))
          context.addIssue({
            code: "custom",
            path: [...at, "steps"],
            message: coded("schema.conditionalNeedsCondition"),
          });
        checkSteps(flow, item.steps, [...at, "steps"]);
      });
    flows.forEach((flow, index) => {
      declare(flow.alias, [index, "alias"]);
      checkSteps(flow.alias, flow.steps, [index, "steps"]);
    });
  });

export type Flows = z.output<typeof flowsSchema>;
export type Flow = Flows[number];
export type Step = z.output<typeof step>;
export type SubflowStep = z.output<typeof subflowStep>;

/** Keycloak's built-in flows, which a binding may name without declaring them. */
export const BUILT_IN_FLOWS = [
  "browser",
  "direct grant",
  "registration",
  "reset credentials",
  "clients",
  "first broker login",
  "docker auth",
] as const;
