/**
 * A realm of a test file's own with the portal's real realm-config and ProConnect enabled
 * (realm-config/identity-providers/proconnect.yaml, its flows), pointing at a local ProConnect
 * (stack/proconnect): the one way ProConnect's tests get one. Not the shared `siec` realm: its
 * ProConnect button would show on every other test's sign-in page.
 */
import { randomBytes, randomUUID } from "node:crypto";
import type { Connection } from "@siec/admin-scripts";
import { freePorts } from "../../stack/ports";
import { startProConnect, type ProConnect, type ProConnectPerson } from "../../stack/proconnect/provider";
import { testStack } from "./keycloak";
import { appliedRealmConfigCopy, smtpVariables, uniqueRealm } from "./realm-config";

/** The password of every account made here: the password policy accepts it. */
export const ACCOUNT_PASSWORD = "Examens2026$ok";

export interface ProConnectRealm {
  realm: string;
  proConnect: ProConnect;
  /** The admin's connection to the realm. */
  connection: Connection;
  /** realm-config's DEXCO, the app the tests sign in to. */
  app: { clientId: string; redirectUri: string };
  /** Where ProConnect sends the person back (Keycloak's broker endpoint for the realm). */
  brokerEndpoint: string;
  /** An agent ProConnect knows, with the address `email`. */
  agent(email: string, more?: Partial<ProConnectPerson>): ProConnectPerson;
  /** An SIEC account with ACCOUNT_PASSWORD, in realm-config's group `group` if given; its id. */
  account(email: string, options?: { group?: string }): Promise<string>;
  /** Deletes the realm and stops the local ProConnect. */
  stop(): Promise<void>;
}

/**
 * Starts a local ProConnect and applies a copy of realm-config/ to a new realm named after
 * `label`, with ProConnect enabled and registered there, the run's SMTP server, and the apps at
 * the run's addresses (DEXCO at `dexcoUrl` when given: an example app the test starts itself).
 */
export async function startProConnectRealm(
  label: string,
  options: { dexcoUrl?: string } = {},
): Promise<ProConnectRealm> {
  const { keycloakUrl, apps } = testStack();
  const realm = uniqueRealm(label);
  const brokerEndpoint = `${keycloakUrl}/realms/${realm}/broker/proconnect/endpoint`;
  const client = { clientId: "proconnect-portail", clientSecret: randomBytes(16).toString("hex") };
  const people: ProConnectPerson[] = [];
  const [port] = await freePorts(1);
  const proConnect = await startProConnect({
    port: port!,
    clients: [
      { ...client, redirectUris: [brokerEndpoint], postLogoutRedirectUris: [`${brokerEndpoint}/logout_response`] },
    ],
    people,
  });
  const { connection, config } = await appliedRealmConfigCopy(realm, {
    ...smtpVariables(),
    DPECOTHEQUE_URL: apps.dpecotheque,
    DEXCO_URL: options.dexcoUrl ?? apps.dexco,
    PROCONNECT_ENABLED: "true",
    PROCONNECT_ISSUER: proConnect.issuer,
    PROCONNECT_CLIENT_ID: client.clientId,
    PROCONNECT_CLIENT_SECRET: client.clientSecret,
  });
  const dexco = config.clients.find((candidate) => candidate.clientId === "dexco")!;

  return {
    realm,
    proConnect,
    connection,
    app: { clientId: dexco.clientId, redirectUri: dexco.redirectUris[0]! },
    brokerEndpoint,
    agent(email, more = {}) {
      const person = {
        sub: randomUUID(),
        email,
        given_name: "Camille",
        usual_name: "Martin",
        uid: randomUUID(),
        siret: "13002526500013",
        idp_id: "academie-creteil",
        ...more,
      };
      people.push(person);
      return person;
    },
    async account(email, { group } = {}) {
      const { api } = connection;
      const { id } = await api.users.create({
        realm,
        username: email,
        email,
        firstName: "Camille",
        lastName: "Martin",
        enabled: true,
        emailVerified: true,
      });
      await api.users.resetPassword({
        realm,
        id,
        credential: { type: "password", value: ACCOUNT_PASSWORD, temporary: false },
      });
      if (group !== undefined) {
        const [found] = await api.groups.find({ realm, search: group, exact: true });
        await api.users.addToGroup({ realm, id, groupId: found!.id! });
      }
      return id;
    },
    async stop() {
      await connection.api.realms.del({ realm });
      await proConnect.stop();
    },
  };
}
