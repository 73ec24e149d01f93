import { z } from "zod";
import { coded } from "../messages/said";

/** `client-scopes.yaml`: claims the realm adds to tokens, shared by the apps that ask for them. */
export const clientScopesSchema = z.array(
  z.strictObject({
    name: z.string().regex(/^[A-Za-z][A-Za-z0-9_-]*$/, { error: () => coded("schema.scopeName") }),
    description: z.string().default(""),
    includeInTokenScope: z.boolean().default(true),
    mappers: z
      .array(
        z.strictObject({
          name: z.string().min(1),
          /** The protocol mapper type, e.g. `oidc-usermodel-attribute-mapper`. */
          type: z.string().min(1),
          config: z.record(z.string(), z.union([z.string(), z.boolean()]).transform(String)),
        }),
      )
      .default([]),
  }),
);

export type ClientScopes = z.output<typeof clientScopesSchema>;

/** Scopes every realm has; clients may name them without declaring them. */
export const BUILT_IN_SCOPES = [
  "AuthnContextClassRef",
  "acr",
  "address",
  "basic",
  "email",
  "microprofile-jwt",
  "offline_access",
  "organization",
  "phone",
  "profile",
  "role_list",
  "roles",
  "saml_organization",
  "service_account",
  "web-origins",
] as const;
