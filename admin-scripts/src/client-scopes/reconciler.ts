import type ClientScopeRepresentation from "@keycloak/keycloak-admin-client/lib/defs/clientScopeRepresentation";
import type KeycloakAdminClient from "@keycloak/keycloak-admin-client";
import { diffFields } from "../resource-kit/diff";
import { hasBareMarker, isMarkedFor, withMarker } from "../resource-kit/managed";
import { changeIfAny, type PlannedChange, type FieldChange, type Reconciler } from "../resource-kit/reconciler";
import { BUILT_IN_SCOPES, type ClientScopes } from "./schema";
import { targetOf } from "../resource-kit/names";

type ClientScope = ClientScopes[number];

function toRepresentation(scope: ClientScope): ClientScopeRepresentation {
  return {
    name: scope.name,
    description: scope.description,
    protocol: "openid-connect",
    attributes: { "include.in.token.scope": String(scope.includeInTokenScope), "display.on.consent.screen": "false" },
  };
}

export const clientScopes: Reconciler<ClientScopes, ClientScopeRepresentation[]> = {
  read: async ({ api, realm, liveRealm }) => (liveRealm ? api.clientScopes.find({ realm }) : []),
  diff(desired, live, realm) {
    return desired.flatMap((scope): PlannedChange[] => {
      const liveScope = live.find((candidate) => candidate.name === scope.name);
      const wanted = toRepresentation(scope);
      // A marker written before it named its resource is rewritten to name this one.
      if (hasBareMarker(liveScope?.attributes)) wanted.attributes = withMarker(wanted.attributes, scope.name);
      const fields: FieldChange[] = diffFields(
        wanted as Record<string, unknown>,
        liveScope as Record<string, unknown> | undefined,
      ).filter((field) => field.path !== "name");
      for (const mapper of scope.mappers) {
        const liveMapper = liveScope?.protocolMappers?.find((candidate) => candidate.name === mapper.name);
        fields.push(
          ...diffFields(
            { protocolMapper: mapper.type, config: mapper.config },
            liveMapper as Record<string, unknown> | undefined,
            {
              prefix: `mappers.${mapper.name}`,
            },
          ),
        );
      }
      return changeIfAny(fields, {
        target: scopeTarget(scope.name),
        action: liveScope ? "update" : "create",
        write: (api) => writeScope(api, realm, scope, wanted),
      });
    });
  },
  export: (live) =>
    live
      .filter((scope) => !isBuiltInScope(scope))
      .map((scope) => ({
        name: scope.name,
        description: scope.description ?? "",
        includeInTokenScope: scope.attributes?.["include.in.token.scope"] !== "false",
        mappers: (scope.protocolMappers ?? []).map((mapper) => ({
          name: mapper.name,
          type: mapper.protocolMapper,
          config: mapper.config,
        })),
      })),
  inventory: {
    declared: (desired) => desired.map((scope) => scope.name),
    live: (live, realm) =>
      live
        .filter((scope) => !isBuiltInScope(scope))
        .map((scope) => ({
          name: scope.name!,
          target: scopeTarget(scope.name!),
          managed: isMarkedFor(scope.attributes, scope.name!),
          eventPath: `client-scopes/${scope.id}`,
          remove: (api) => api.clientScopes.del({ realm, id: scope.id! }),
        })),
  },
};

const scopeTarget = (name: string) => targetOf("client scope", name);
const isBuiltInScope = (scope: ClientScopeRepresentation) =>
  (BUILT_IN_SCOPES as readonly string[]).includes(scope.name!);

async function writeScope(
  api: KeycloakAdminClient,
  realm: string,
  scope: ClientScope,
  wanted: ClientScopeRepresentation,
): Promise<void> {
  let liveScope = await api.clientScopes.findOneByName({ realm, name: scope.name });
  if (liveScope)
    // Attributes the file does not set stay, the marker among them.
    await api.clientScopes.update(
      { realm, id: liveScope.id! },
      { ...liveScope, ...wanted, attributes: { ...liveScope.attributes, ...wanted.attributes } },
    );
  else {
    await api.clientScopes.create({ realm, ...wanted, attributes: withMarker(wanted.attributes, scope.name) });
    liveScope = await api.clientScopes.findOneByName({ realm, name: scope.name });
  }
  for (const mapper of scope.mappers) {
    const representation = {
      name: mapper.name,
      protocol: "openid-connect",
      protocolMapper: mapper.type,
      config: mapper.config,
    };
    const liveMapper = liveScope!.protocolMappers?.find((candidate) => candidate.name === mapper.name);
    if (!liveMapper) await api.clientScopes.addProtocolMapper({ realm, id: liveScope!.id! }, representation);
    else if (diffFields(representation, liveMapper as Record<string, unknown>).length > 0) {
      await api.clientScopes.updateProtocolMapper(
        { realm, id: liveScope!.id!, mapperId: liveMapper.id! },
        { ...liveMapper, ...representation },
      );
    }
  }
}
