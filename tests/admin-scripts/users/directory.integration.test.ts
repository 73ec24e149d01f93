import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { runCli } from "../../../admin-scripts/src/cli";
import { readDirectory } from "../../../admin-scripts/src/users/directory";
import { HEADER, accountsFile, generatedAccounts } from "../../../testing/accounts-files";
import { testStack } from "../../support/keycloak";
import { adminConnection, realmForUserCommands, uniqueRealm } from "../../support/realm-config";

describe("the account directory of the portal extension (GET /admin/realms/{realm}/siec-directory)", () => {
  const realm = uniqueRealm("directory");
  let directory: string;
  let connection: ReturnType<typeof adminConnection>;
  const endpoint = () => `${testStack().keycloakUrl}/admin/realms/${realm}/siec-directory`;
  const cli = (...args: string[]) => runCli(["--config", directory, "users", ...args]);
  /** A confidential client with a service account and no roles. */
  const throwaway = { clientId: `no-roles-${Date.now().toString(36)}`, id: "", serviceAccountId: "" };

  beforeAll(async () => {
    ({ directory, connection } = await realmForUserCommands(realm));

    // Accounts in one, two or no groups, with one or two schools, invited or not.
    expect(await cli("import", await accountsFile(generatedAccounts(30, "dir", "dexco")))).toBe(0);
    const mixed = [
      "multi.00001@example.org;Nom;Prénom;0750001A|0750002B;dexco|basa",
      "multi.00002@example.org;Nom;Prénom;0750003C;",
      "multi.00003@example.org;Nom;Prénom;0750004D;basa",
    ];
    expect(await cli("import", "--invite", await accountsFile(`${HEADER}\n${mixed.join("\n")}\n`))).toBe(0);

    throwaway.id = (
      await connection.api.clients.create({
        realm,
        clientId: throwaway.clientId,
        publicClient: false,
        serviceAccountsEnabled: true,
        standardFlowEnabled: false,
      })
    ).id;
    throwaway.serviceAccountId = (await connection.api.clients.getServiceAccountUser({ realm, id: throwaway.id })).id!;
  });

  afterAll(async () => {
    vi.restoreAllMocks();
    vi.unstubAllEnvs();
    await connection.api.realms.del({ realm });
  });

  it("gives every account with its schools, groups, invitation and status, as the standard admin API has them", async () => {
    const fromExtension = await readDirectory(connection.api, realm);
    expect(fromExtension.accounts.size).toBe(33);
    const standard = await connection.api.users.find({ realm, max: 100, briefRepresentation: false });
    for (const user of standard)
      expect(fromExtension.accounts.get(user.email!), user.email).toMatchObject({
        id: user.id,
        firstName: user.firstName,
        lastName: user.lastName,
        enabled: user.enabled,
        createdTimestamp: user.createdTimestamp,
        attributes: user.attributes,
        // Invited or imported without a mode: no password of their own yet.
        status: "invitation-pending",
      });
    expect(fromExtension.accounts.get("multi.00001@example.org")).toMatchObject({
      etablissements: ["0750001A", "0750002B"],
      groups: expect.arrayContaining(["dexco", "basa"]),
      invitation: expect.stringMatching(/^\d{4}-\d\d-\d\dT/), // sent
    });
    expect(fromExtension.accounts.get("dir.00003@example.org")).toMatchObject({ groups: ["dexco"] });
    expect(fromExtension.accounts.get("dir.00003@example.org")!.invitation).toBeUndefined(); // imported without --invite
    expect(fromExtension.accounts.get("multi.00002@example.org")!.groups).toEqual([]);
  });

  it("does not list service accounts", async () => {
    const response = await fetch(endpoint(), {
      headers: { authorization: `Bearer ${await connection.api.getAccessToken()}` },
    });
    expect(response.status).toBe(200);
    const ids = ((await response.json()) as { id: string }[]).map((entry) => entry.id);
    expect(ids).toHaveLength(33);
    expect(ids).not.toContain(throwaway.serviceAccountId);
  });

  it("answers 401 without a token and 403 to a token that may not view users", async () => {
    expect((await fetch(endpoint())).status).toBe(401);

    const { value: secret } = await connection.api.clients.getClientSecret({ realm, id: throwaway.id });
    const tokenResponse = await fetch(`${testStack().keycloakUrl}/realms/${realm}/protocol/openid-connect/token`, {
      method: "POST",
      body: new URLSearchParams({
        grant_type: "client_credentials",
        client_id: throwaway.clientId,
        client_secret: secret!,
      }),
    });
    expect(tokenResponse.status).toBe(200);
    const { access_token } = (await tokenResponse.json()) as { access_token: string };
    expect((await fetch(endpoint(), { headers: { authorization: `Bearer ${access_token}` } })).status).toBe(403);
  });
});
