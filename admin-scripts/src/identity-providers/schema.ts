import { z } from "zod";
import { coded } from "../messages/said";

/**
 * An address of the provider. Keycloak itself refuses plain http except towards a local address
 * (the realm's sslRequired), which a provider run for tests may have.
 */
const providerUrl = z.url({ protocol: /^https?$/ });

/** Names the portal sets for its accounts: a mapper may never overwrite them at each sign-in. */
const SIEC_NAMES = ["firstName", "lastName", "email"];

/**
 * One claim of the provider kept in an account attribute (Keycloak's oidc-user-attribute-idp-mapper).
 * `syncMode`: INHERIT takes the provider's; FORCE rewrites the attribute at each sign-in, for the
 * provider's own identifiers kept for audit.
 */
const mapperSchema = z
  .strictObject({
    name: z.string().min(1),
    claim: z.string().min(1),
    userAttribute: z.string().regex(/^[A-Za-z][A-Za-z0-9_.-]*$/, { error: () => coded("schema.attributeName") }),
    syncMode: z.enum(["INHERIT", "IMPORT", "LEGACY", "FORCE"]).default("INHERIT"),
  })
  .superRefine((mapper, context) => {
    if (mapper.syncMode === "FORCE" && SIEC_NAMES.includes(mapper.userAttribute)) {
      context.addIssue({
        code: "custom",
        path: ["syncMode"],
        message: coded("schema.forceOverwritesSiec", { attribute: mapper.userAttribute }),
      });
    }
  });

/** `identity-providers/<alias>.yaml`: an OpenID Connect provider people sign in with (ProConnect). */
export const identityProviderSchema = z
  .strictObject({
    alias: z.string().regex(/^[a-z][a-z0-9-]*$/, { error: () => coded("schema.identityProviderAlias") }),
    displayName: z.string().min(1),
    enabled: z.boolean().default(true),
    issuer: providerUrl,
    endpoints: z.strictObject({
      authorization: providerUrl,
      token: providerUrl,
      userinfo: providerUrl,
      jwks: providerUrl,
      endSession: providerUrl,
    }),
    clientId: z.string().min(1),
    clientSecret: z.string().min(1),
    scopes: z.array(z.string().regex(/^\S+$/, { error: () => coded("schema.scopeToken") })),
    pkce: z.enum(["S256"]),
    /** The authentication level expected back; Keycloak's oidc provider does not check it (a flow step will). */
    acr: z.string().min(1).optional(),
    /** IMPORT or LEGACY: never FORCE, which would rewrite at each sign-in the names the SIEC set. */
    syncMode: z.enum(["IMPORT", "LEGACY"]).default("IMPORT"),
    firstBrokerLoginFlowAlias: z.string().min(1),
    postBrokerLoginFlowAlias: z.string().min(1).optional(),
    trustEmail: z.literal(false, { error: () => coded("schema.neverTrustEmail") }).default(false),
    storeToken: z.literal(false, { error: () => coded("schema.neverStoreToken") }).default(false),
    linkOnly: z.boolean().default(false),
    /** The sign-in theme shows its own button: Keycloak's list of providers would show a second one. */
    hideOnLogin: z.boolean().default(true),
    mappers: z.array(mapperSchema).default([]),
  })
  .superRefine((provider, context) => {
    if (!provider.scopes.includes("openid")) {
      context.addIssue({ code: "custom", path: ["scopes"], message: coded("schema.scopesNeedOpenid") });
    }
    const seen = new Set<string>();
    provider.mappers.forEach((mapper, index) => {
      if (seen.has(mapper.name)) {
        context.addIssue({
          code: "custom",
          path: ["mappers", index, "name"],
          message: coded("schema.mapperTwice", { name: mapper.name }),
        });
      }
      seen.add(mapper.name);
    });
  });

export type IdentityProvider = z.output<typeof identityProviderSchema>;
export type IdentityProviderMapper = IdentityProvider["mappers"][number];
