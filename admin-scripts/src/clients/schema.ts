import { z } from "zod";
import { coded } from "../messages/said";

/** A web address: http or https only, so no `javascript:` or `data:` URL reaches a link of the theme. */
const webUrl = z.url({ protocol: /^https?$/ });

const exactUrl = webUrl.refine((url) => !url.includes("*"), { error: () => coded("schema.exactUrl") });

/** realm-management roles a service account may be given. */
export const REALM_MANAGEMENT_ROLES = [
  "view-realm",
  "manage-realm",
  "view-clients",
  "manage-clients",
  "view-users",
  "manage-users",
  "query-users",
  "query-groups",
  "query-clients",
  "query-realms",
  "view-events",
  "manage-events",
  "view-authorization",
  "manage-authorization",
  "view-identity-providers",
  "manage-identity-providers",
  "impersonation",
  "create-client",
] as const;

/** `clients/<app>.yaml`: one application that signs its users in through the portal. */
export const clientSchema = z
  .strictObject({
    clientId: z.string().regex(/^[a-z][a-z0-9-]*$/, { error: () => coded("schema.clientId") }),
    name: z.string().min(1),
    description: z.string().default(""),
    enabled: z.boolean().default(true),
    /**
     * `public`: a single-page app (keycloak-js), no secret, PKCE. `confidential`: a server app
     * holding a secret. `service-account`: a machine client (client credentials only).
     */
    type: z.enum(["public", "confidential", "service-account"]),
    rootUrl: webUrl.optional(),
    baseUrl: z.string().optional(),
    redirectUris: z.array(exactUrl).default([]),
    postLogoutRedirectUris: z.array(exactUrl).default([]),
    webOrigins: z.array(webUrl).default([]),
    pkce: z.enum(["S256"]).optional(),
    /** Shown by the theme on the sign-in page of this app. */
    branding: z.strictObject({ helpGuideUrl: webUrl.optional(), legalNoticeUrl: webUrl.optional() }).default({}),
    defaultClientScopes: z.array(z.string()).default([]),
    roles: z.array(z.strictObject({ name: z.string().min(1), description: z.string().default("") })).default([]),
    serviceAccountRoles: z
      .strictObject({ "realm-management": z.array(z.enum(REALM_MANAGEMENT_ROLES)) })
      .partial()
      .default({}),
  })
  .superRefine((client, context) => {
    if (client.type === "public" && client.pkce !== "S256") {
      context.addIssue({ code: "custom", path: ["pkce"], message: coded("schema.publicNeedsPkce") });
    }
    if (client.type !== "service-account" && client.redirectUris.length === 0) {
      context.addIssue({
        code: "custom",
        path: ["redirectUris"],
        message: coded("schema.needsRedirectUri"),
      });
    }
    if (client.type !== "service-account" && Object.keys(client.serviceAccountRoles).length > 0) {
      context.addIssue({
        code: "custom",
        path: ["serviceAccountRoles"],
        message: coded("schema.serviceAccountRolesOnly"),
      });
    }
  });

export type Client = z.output<typeof clientSchema>;
