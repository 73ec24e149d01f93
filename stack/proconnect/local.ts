import { randomBytes } from "node:crypto";
import { loadRealmConfig } from "@siec/admin-scripts";
import { realmConfigDir } from "../realm";
import { startProConnect, type ProConnect } from "./provider";

/**
 * `LOCAL_PROCONNECT=true npm start`: the stand-in for ProConnect, registered for each identity
 * provider realm-config/ declares, any address typed being an agent's; and the realm-config
 * variables that enable the portal's ProConnect and point it there.
 */
export async function startLocalProConnect(
  port: number,
  keycloakUrl: string,
  environment: Record<string, string | undefined>,
): Promise<{ proConnect: ProConnect; variables: Record<string, string> }> {
  const config = await loadRealmConfig(realmConfigDir, environment);
  const broker = (alias: string) => `${keycloakUrl}/realms/${config.realm.realm}/broker/${alias}/endpoint`;
  const client = { clientId: "portail-siec-local", clientSecret: randomBytes(24).toString("base64url") };
  const proConnect = await startProConnect({
    port,
    clients: [
      {
        ...client,
        redirectUris: config.identityProviders.map((provider) => broker(provider.alias)),
        postLogoutRedirectUris: config.identityProviders.map((provider) => `${broker(provider.alias)}/logout_response`),
      },
    ],
    people: "any address",
  });
  return {
    proConnect,
    variables: {
      PROCONNECT_ENABLED: "true",
      PROCONNECT_ISSUER: proConnect.issuer,
      PROCONNECT_CLIENT_ID: client.clientId,
      PROCONNECT_CLIENT_SECRET: client.clientSecret,
    },
  };
}
