import { z } from "zod";
import { t } from "../messages";

/** `required-actions.yaml`: what Keycloak may ask a person to do at sign-in, in this order. */
export const requiredActionsSchema = z
  .array(
    z.strictObject({
      alias: z.string().min(1),
      enabled: z.boolean(),
      /** Asked of every new account. */
      defaultAction: z.boolean().default(false),
    }),
  )
  .superRefine((actions, context) => {
    const seen = new Set<string>();
    actions.forEach((action, index) => {
      if (seen.has(action.alias))
        context.addIssue({
          code: "custom",
          path: [index, "alias"],
          message: t("schema.actionTwice", { alias: action.alias }),
        });
      seen.add(action.alias);
    });
  });

export type RequiredActions = z.output<typeof requiredActionsSchema>;
