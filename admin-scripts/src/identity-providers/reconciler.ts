import type KeycloakAdminClient from "@keycloak/keycloak-admin-client";
import { PROCONNECT } from "@siec/contract";
import type IdentityProviderMapperRepresentation from "@keycloak/keycloak-admin-client/lib/defs/identityProviderMapperRepresentation";
import type IdentityProviderRepresentation from "@keycloak/keycloak-admin-client/lib/defs/identityProviderRepresentation";
import { diffFields } from "../resource-kit/diff";
import { isMarkedFor, withMarker } from "../resource-kit/managed";
import { targetOf } from "../resource-kit/names";
import {
  changeIfAny,
  type FieldChange,
  type LiveResource,
  type PlannedChange,
  type Reconciler,
} from "../resource-kit/reconciler";
import { fromRepresentation, MASKED_SECRET, toMapperRepresentation, toRepresentation } from "./representation";
import type { IdentityProvider } from "./schema";

export interface LiveIdentityProvider {
  provider: IdentityProviderRepresentation;
  mappers: IdentityProviderMapperRepresentation[];
}

/** How plans, the inventory and the marker name a mapper: with its provider's alias, which has no `/`. */
export function mapperName(alias: string, name: string): string {
  return `${alias}/${name}`;
}

export const identityProviders: Reconciler<IdentityProvider[], Map<string, LiveIdentityProvider>> = {
  async read({ api, realm, liveRealm }) {
    const live = new Map<string, LiveIdentityProvider>();
    if (!liveRealm) return live;
    for (const provider of await api.identityProviders.find({ realm })) {
      const mappers = await api.identityProviders.findMappers({ realm, alias: provider.alias! });
      live.set(provider.alias!, { provider, mappers });
    }
    return live;
  },
  diff(desired, live, realm) {
    return desired.flatMap((provider): PlannedChange[] => {
      const liveOne = live.get(provider.alias);
      const wanted = toRepresentation(provider);
      const fields: FieldChange[] = [
        ...diffFields(comparable(wanted), liveOne?.provider as Record<string, unknown> | undefined),
        ...secretField(wanted, liveOne?.provider),
        ...provider.mappers.flatMap((mapper) =>
          diffFields(
            comparableMapper(toMapperRepresentation(provider.alias, mapper)),
            liveOne?.mappers.find((candidate) => candidate.name === mapper.name) as Record<string, unknown> | undefined,
            { prefix: `mappers.${mapper.name}` },
          ),
        ),
      ].filter((field) => field.path !== "alias");
      return changeIfAny(fields, {
        target: targetOf("identity provider", provider.alias),
        action: liveOne ? "update" : "create",
        write: (api) => writeProvider(api, realm, provider),
      });
    });
  },
  // Only a ProConnect provider can be written as a file of this folder; another (oidc, saml) stays drift.
  export: (live) =>
    [...live.values()]
      .filter(({ provider }) => provider.providerId === PROCONNECT.providerId)
      .map(({ provider, mappers }) => fromRepresentation(provider, mappers)),
  inventory: {
    declared: (desired) =>
      desired.flatMap((provider) => [
        provider.alias,
        ...provider.mappers.map((mapper) => mapperName(provider.alias, mapper.name)),
      ]),
    // A provider's mappers come before it: deleting them first leaves none to a provider already deleted.
    live: (live, realm) =>
      [...live.values()].flatMap(({ provider, mappers }): LiveResource[] => {
        const alias = provider.alias!;
        return [
          ...mappers.map((mapper) => {
            const name = mapperName(alias, mapper.name!);
            return {
              name,
              target: targetOf("identity provider mapper", name),
              managed: isMarkedFor(mapper.config, name),
              eventPath: `identity-provider/instances/${alias}/mappers/${mapper.id}`,
              remove: (api: KeycloakAdminClient) => api.identityProviders.delMapper({ realm, alias, id: mapper.id! }),
            };
          }),
          {
            name: alias,
            target: targetOf("identity provider", alias),
            managed: isMarkedFor(provider.config, alias),
            eventPath: `identity-provider/instances/${alias}`,
            remove: (api) => api.identityProviders.del({ realm, alias }),
          },
        ];
      }),
  },
};

/** The representation without its secret, which Keycloak never returns. */
function comparable({ config, ...provider }: IdentityProviderRepresentation): Record<string, unknown> {
  const { clientSecret: _secret, ...rest } = config as Record<string, string>;
  return { ...provider, config: rest };
}

/**
 * The secret cannot be compared: a provider holding one answers the mask. It is sent when none is
 * set yet, and with any other change (the write sends it whole); a provider declared without one
 * (disabled, not registered yet) has none to send.
 */
function secretField(wanted: IdentityProviderRepresentation, live: IdentityProviderRepresentation | undefined) {
  const after = (wanted.config as Record<string, string | undefined>).clientSecret;
  return after === undefined || live?.config?.clientSecret === MASKED_SECRET
    ? []
    : [{ path: "config.clientSecret", before: undefined, after, secret: true }];
}

function comparableMapper(mapper: IdentityProviderMapperRepresentation): Record<string, unknown> {
  return { identityProviderMapper: mapper.identityProviderMapper, config: mapper.config };
}

async function writeProvider(api: KeycloakAdminClient, realm: string, provider: IdentityProvider): Promise<void> {
  const { alias } = provider;
  const wanted = toRepresentation(provider);
  const existing = await api.identityProviders.findOne({ realm, alias });
  if (existing) {
    await api.identityProviders.update(
      { realm, alias },
      { ...existing, ...wanted, config: { ...existing.config, ...wanted.config } },
    );
  } else {
    await api.identityProviders.create({ realm, ...wanted, config: withMarker(wanted.config, alias) });
  }

  const liveMappers = await api.identityProviders.findMappers({ realm, alias });
  for (const mapper of provider.mappers) {
    const wantedMapper = toMapperRepresentation(alias, mapper);
    const liveMapper = liveMappers.find((candidate) => candidate.name === mapper.name);
    if (!liveMapper) {
      await api.identityProviders.createMapper({
        realm,
        alias,
        identityProviderMapper: {
          ...wantedMapper,
          config: withMarker(wantedMapper.config, mapperName(alias, mapper.name)),
        },
      });
    } else if (diffFields(comparableMapper(wantedMapper), liveMapper as Record<string, unknown>).length > 0) {
      await api.identityProviders.updateMapper(
        { realm, alias, id: liveMapper.id! },
        { ...liveMapper, ...wantedMapper, config: { ...liveMapper.config, ...wantedMapper.config } },
      );
    }
  }
}
