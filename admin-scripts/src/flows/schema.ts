import { z } from "zod";

const requirement = z.enum(["REQUIRED", "ALTERNATIVE", "CONDITIONAL", "DISABLED"]);

/** A step's settings (Keycloak's authenticator config), kept as the strings Keycloak stores. */
const stepConfig = z.record(
  z.string().min(1),
  z.union([z.string(), z.number(), z.boolean()]).transform((value) => String(value)),
);

const step = z.strictObject({ authenticator: z.string().min(1), requirement, config: stepConfig.optional() });

/** `flows.yaml`: authentication flows of the realm's own, each a list of steps run in order. */
export const flowsSchema = z
  .array(
    z.strictObject({
      alias: z.string().regex(/^[a-z0-9][a-z0-9 -]*$/, "a lower-case flow name"),
      description: z.string().default(""),
      steps: z.array(step).min(1, "a flow needs at least one step"),
    }),
  )
  .superRefine((flows, context) => {
    const seen = new Set<string>();
    flows.forEach((flow, index) => {
      if (seen.has(flow.alias))
        context.addIssue({ code: "custom", path: [index, "alias"], message: `flow ${flow.alias} is declared twice` });
      seen.add(flow.alias);
    });
  });

export type Flows = z.output<typeof flowsSchema>;
export type Flow = Flows[number];
export type Step = Flow["steps"][number];

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
