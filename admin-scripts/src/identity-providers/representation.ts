import type IdentityProviderMapperRepresentation from "@keycloak/keycloak-admin-client/lib/defs/identityProviderMapperRepresentation";
import type IdentityProviderRepresentation from "@keycloak/keycloak-admin-client/lib/defs/identityProviderRepresentation";
import { PROCONNECT } from "@siec/contract";
import { variableReference } from "../resource-kit/variables";
import type { IdentityProvider, IdentityProviderMapper } from "./schema";

/** Keycloak never returns a provider's client secret: it answers this mask, and keeps the secret when sent back. */
export const MASKED_SECRET = "**********";

/** What export writes for the client secret, which it cannot read. */
export const CLIENT_SECRET_VARIABLE = "PROCONNECT_CLIENT_SECRET";

export const USER_ATTRIBUTE_MAPPER = "oidc-user-attribute-idp-mapper";

const TRUE = "true";
const FALSE = "false";

/**
 * The provider as Keycloak names it, of the extension's ProConnect type. Its keys are checked on the
 * id_token and the userinfo with the provider's JWKS (validateSignature, useJwksUrl). Keycloak's own
 * userinfo call is off (disableUserInfo): it would take a plain JSON answer; the ProConnect broker
 * reads the userinfo itself and takes only a signed one. The secret is sent in the token request's
 * body (client_secret_post), the id_token with the logout (id_token_hint), no back-channel logout.
 */
export function toRepresentation(provider: IdentityProvider): IdentityProviderRepresentation {
  const { endpoints } = provider;
  return {
    alias: provider.alias,
    displayName: provider.displayName,
    providerId: PROCONNECT.providerId,
    enabled: provider.enabled,
    trustEmail: provider.trustEmail,
    storeToken: provider.storeToken,
    linkOnly: provider.linkOnly,
    hideOnLogin: provider.hideOnLogin,
    firstBrokerLoginFlowAlias: provider.firstBrokerLoginFlowAlias,
    ...(provider.postBrokerLoginFlowAlias !== undefined && {
      postBrokerLoginFlowAlias: provider.postBrokerLoginFlowAlias,
    }),
    config: {
      issuer: provider.issuer,
      authorizationUrl: endpoints.authorization,
      tokenUrl: endpoints.token,
      userInfoUrl: endpoints.userinfo,
      jwksUrl: endpoints.jwks,
      logoutUrl: endpoints.endSession,
      // Keycloak keeps no empty value: a disabled provider without credentials sends none.
      ...(provider.clientId !== "" && { clientId: provider.clientId }),
      ...(provider.clientSecret !== "" && { clientSecret: provider.clientSecret }),
      clientAuthMethod: "client_secret_post",
      defaultScope: provider.scopes.join(" "),
      validateSignature: TRUE,
      useJwksUrl: TRUE,
      pkceEnabled: TRUE,
      pkceMethod: provider.pkce,
      syncMode: provider.syncMode,
      disableUserInfo: TRUE,
      isAccessTokenJWT: FALSE,
      backchannelSupported: FALSE,
      sendIdTokenOnLogout: TRUE,
      sendClientIdOnLogout: FALSE,
      [PROCONNECT.acceptedAcrConfig]: provider.acceptedAcr.join(" "),
    },
  };
}

export function toMapperRepresentation(
  alias: string,
  mapper: IdentityProviderMapper,
): IdentityProviderMapperRepresentation {
  return {
    name: mapper.name,
    identityProviderAlias: alias,
    identityProviderMapper: USER_ATTRIBUTE_MAPPER,
    config: { claim: mapper.claim, "user.attribute": mapper.userAttribute, syncMode: mapper.syncMode },
  };
}

/**
 * A live ProConnect provider as its realm-config file, the secret as its variable; its mappers of other
 * types are left out.
 */
export function fromRepresentation(
  provider: IdentityProviderRepresentation,
  mappers: IdentityProviderMapperRepresentation[],
): Record<string, unknown> {
  const config = (provider.config ?? {}) as Record<string, string | undefined>;
  return {
    alias: provider.alias,
    displayName: provider.displayName || provider.alias,
    enabled: provider.enabled ?? false,
    issuer: config.issuer,
    endpoints: {
      authorization: config.authorizationUrl,
      token: config.tokenUrl,
      userinfo: config.userInfoUrl,
      jwks: config.jwksUrl,
      endSession: config.logoutUrl,
    },
    clientId: config.clientId ?? "",
    // A disabled provider may go without (an environment not registered with ProConnect yet).
    clientSecret: variableReference(CLIENT_SECRET_VARIABLE, provider.enabled ? undefined : ""),
    scopes: (config.defaultScope ?? "").split(/\s+/).filter(Boolean),
    ...(config.pkceEnabled === TRUE && { pkce: config.pkceMethod }),
    acceptedAcr: (config[PROCONNECT.acceptedAcrConfig] ?? "").split(" ").filter(Boolean),
    // Keycloak's default, when the provider was made without one.
    syncMode: config.syncMode ?? "LEGACY",
    firstBrokerLoginFlowAlias: provider.firstBrokerLoginFlowAlias,
    ...(provider.postBrokerLoginFlowAlias && { postBrokerLoginFlowAlias: provider.postBrokerLoginFlowAlias }),
    trustEmail: provider.trustEmail ?? false,
    storeToken: provider.storeToken ?? false,
    linkOnly: provider.linkOnly ?? false,
    hideOnLogin: provider.hideOnLogin ?? false,
    mappers: mappers
      .filter((mapper) => mapper.identityProviderMapper === USER_ATTRIBUTE_MAPPER)
      // By name: Keycloak keeps no order, and an export is the same file each time.
      .sort((a, b) => (a.name! < b.name! ? -1 : 1))
      .map((mapper) => ({
        name: mapper.name,
        claim: mapper.config?.claim,
        userAttribute: mapper.config?.["user.attribute"],
        syncMode: mapper.config?.syncMode ?? "INHERIT",
      })),
  };
}
