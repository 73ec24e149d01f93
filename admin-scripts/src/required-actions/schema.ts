import { z } from "zod";
import { coded } from "../messages/said";
import { duration } from "../resource-kit/duration";

/** `required-actions.yaml`: what Keycloak may ask a person to do at sign-in, in this order. */
export const requiredActionsSchema = z
  .array(
    z.strictObject({
      alias: z.string().min(1),
      enabled: z.boolean(),
      /** Asked of every new account. */
      defaultAction: z.boolean().default(false),
      /**
       * Asked from the account space (kc_action), how long after signing in the person may do it
       * without signing in again (Keycloak's max_auth_age; 5 minutes when not declared). 0: always
       * signed in again first.
       */
      maxAuthAge: duration.optional(),
    }),
  )
  .superRefine((actions, context) => {
    const seen = new Set<string>();
    actions.forEach((action, index) => {
      if (seen.has(action.alias))
        context.addIssue({
          code: "custom",
          path: [index, "alias"],
          message: coded("schema.actionTwice", { alias: action.alias }),
        });
      seen.add(action.alias);
    });
  });

export type RequiredActions = z.output<typeof requiredActionsSchema>;
