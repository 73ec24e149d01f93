import { z } from "zod";
import { coded } from "../messages/said";
import { flag } from "../resource-kit/flag";

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

/**
 * `identity-providers/<alias>.yaml`: ProConnect, through the extension's broker of that type, which
 * keeps ProConnect's rules (signed userinfo, acr) that Keycloak's oidc broker does not.
 */
export const identityProviderSchema = z
  .strictObject({
    alias: z.string().regex(/^[a-z][a-z0-9-]*$/, { error: () => coded("schema.identityProviderAlias") }),
    displayName: z.string().min(1),
    enabled: flag.default(true),
    issuer: providerUrl,
    endpoints: z.strictObject({
      authorization: providerUrl,
      token: providerUrl,
      userinfo: providerUrl,
      jwks: providerUrl,
      endSession: providerUrl,
    }),
    /** Both may be empty while the provider is disabled: an environment not registered with ProConnect yet. */
    clientId: z.string(),
    clientSecret: z.string(),
    scopes: z.array(z.string().regex(/^\S+$/, { error: () => coded("schema.scopeToken") })),
    pkce: z.enum(["S256"]),
    /** The acr values taken back: the broker asks ProConnect for them as essential and refuses any other. */
    acceptedAcr: z.array(z.string().regex(/^\S+$/, { error: () => coded("schema.acrToken") })).min(1),
    /** IMPORT or LEGACY: never FORCE, which would rewrite at each sign-in the names the SIEC set. */
    syncMode: z.enum(["IMPORT", "LEGACY"]).default("IMPORT"),
    firstBrokerLoginFlowAlias: z.string().min(1),
    postBrokerLoginFlowAlias: z.string().min(1).optional(),
    trustEmail: z.literal(false, { error: () => coded("schema.neverTrustEmail") }).default(false),
    storeToken: z.literal(false, { error: () => coded("schema.neverStoreToken") }).default(false),
    linkOnly: z.boolean().default(false),
    /** Shown on the sign-in page, which draws it as the DSFR ProConnect button. */
    hideOnLogin: z.boolean().default(false),
    mappers: z.array(mapperSchema).default([]),
  })
  .superRefine((provider, context) => {
    for (const field of ["clientId", "clientSecret"] as const) {
      if (provider.enabled && provider[field] === "") {
        context.addIssue({ code: "custom", path: [field], message: coded("schema.enabledNeedsClient", { field }) });
      }
    }
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
