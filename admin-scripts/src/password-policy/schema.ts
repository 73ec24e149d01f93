import { z } from "zod";
import { KNOWN_POLICY_IDS, parsePolicy } from "@siec/contract";

const count = z.number().int().min(1);

/** `password-policy.yaml`: the rules every new password must follow, on every path. */
export const passwordPolicySchema = z
  .strictObject({
    minimumLength: count.optional(),
    maximumLength: count.optional(),
    upperCase: count.optional(),
    lowerCase: count.optional(),
    digits: count.optional(),
    specialCharacters: z
      .strictObject({
        count,
        allowed: z
          .string()
          .regex(/^[^\sA-Za-z0-9]+$/, "symbols only, without spaces")
          .optional(),
      })
      .optional(),
    notUsername: z.boolean().optional(),
    notEmail: z.boolean().optional(),
    history: count.optional(),
    other: z
      .array(
        z.string().superRefine((part, context) => {
          try {
            const [{ id, argument }] = parsePolicy(part) as [{ id: string; argument: string }];
            if (!(KNOWN_POLICY_IDS as readonly string[]).includes(id)) {
              context.addIssue({
                code: "custom",
                message: `unknown policy "${id}"; Keycloak knows ${KNOWN_POLICY_IDS.join(", ")}`,
              });
            }
            if (id === "regexPattern") new RegExp(argument);
          } catch (error) {
            context.addIssue({ code: "custom", message: `invalid policy part: ${(error as Error).message}` });
          }
        }),
      )
      .optional(),
  })
  .refine((rules) => !rules.minimumLength || !rules.maximumLength || rules.minimumLength <= rules.maximumLength, {
    message: "minimumLength is greater than maximumLength",
  });

export type PasswordPolicy = z.output<typeof passwordPolicySchema>;
