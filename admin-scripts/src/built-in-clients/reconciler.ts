import type ClientRepresentation from "@keycloak/keycloak-admin-client/lib/defs/clientRepresentation";
import { isBuiltInClient, type BUILT_IN_CLIENTS } from "../clients/reconciler";
import { diffFields } from "../resource-kit/diff";
import { changeIfAny, type Reconciler } from "../resource-kit/reconciler";
import type { BuiltInClients } from "./schema";
import { targetOf } from "../resource-kit/names";
import { said, SaidError } from "../messages/said";

type Settings = NonNullable<BuiltInClients[(typeof BUILT_IN_CLIENTS)[number]]>;

function fromRepresentation(client: ClientRepresentation): Settings {
  return { passwordGrant: client.directAccessGrantsEnabled ?? false };
}

/** Keycloak makes these clients with the realm: they are updated in place, never created. */
export const builtInClients: Reconciler<BuiltInClients, Map<string, ClientRepresentation>> = {
  async read({ api, realm, liveRealm }) {
    if (!liveRealm) return new Map();
    const all = await api.clients.find({ realm });
    return new Map(
      all.filter((client) => isBuiltInClient(client.clientId)).map((client) => [client.clientId!, client]),
    );
  },
  diff(desired, live, realm) {
    return Object.entries(desired).flatMap(([clientId, settings]) => {
      const liveClient = live.get(clientId);
      const fields = diffFields(settings, liveClient && fromRepresentation(liveClient));
      return changeIfAny(fields, {
        target: targetOf("client", clientId),
        action: "update",
        write: async (api) => {
          const [client] = await api.clients.find({ realm, clientId });
          if (!client) throw new SaidError(said("live.noBuiltInClient", { clientId, realm }));
          await api.clients.update(
            { realm, id: client.id! },
            { ...client, directAccessGrantsEnabled: settings.passwordGrant },
          );
        },
      });
    });
  },
  export: (live) => Object.fromEntries([...live].map(([clientId, client]) => [clientId, fromRepresentation(client)])),
};
