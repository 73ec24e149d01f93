import { z } from "zod";
import { KNOWN_POLICY_IDS, parsePolicy } from "@siec/contract";
import { coded } from "../messages/said";

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
          .regex(/^[^\sA-Za-z0-9]+$/, { error: () => coded("schema.symbolsOnly") })
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
                message: coded("schema.unknownPolicy", { id, known: KNOWN_POLICY_IDS.join(", ") }),
              });
            }
            if (id === "regexPattern") new RegExp(argument);
          } catch (error) {
            context.addIssue({
              code: "custom",
              message: coded("schema.invalidPolicyPart", { reason: (error as Error).message }),
            });
          }
        }),
      )
      .optional(),
  })
  .refine((rules) => !rules.minimumLength || !rules.maximumLength || rules.minimumLength <= rules.maximumLength, {
    error: () => coded("schema.minimumAboveMaximum"),
  });

export type PasswordPolicy = z.output<typeof passwordPolicySchema>;
