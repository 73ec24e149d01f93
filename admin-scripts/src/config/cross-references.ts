import { BUILT_IN_SCOPES } from "../client-scopes/schema";
import { BUILT_IN_FLOWS } from "../flows/schema";
import type { Problem, RealmConfig } from "./realm-config";

type Locate = (fileRoot: object, path: readonly PropertyKey[]) => Pick<Problem, "file" | "line">;

const BUILT_IN_REALM_ROLES = ["offline_access", "uma_authorization"];

/** What one file names in another: each name must be declared somewhere, or built into Keycloak. */
export function checkCrossReferences(config: RealmConfig, locate: Locate): Problem[] {
  const problems: Problem[] = [];
  const report = (fileRoot: object, path: PropertyKey[], message: string) =>
    problems.push({ ...locate(fileRoot, path), path: path.join("."), message });

  const { realm } = config;
  if (!realm.internationalization.locales.includes(realm.internationalization.default)) {
    report(
      realm,
      ["internationalization", "default"],
      `the default locale must be one of locales (${realm.internationalization.locales.join(", ")})`,
    );
  }
  const flows = new Set<string>([...BUILT_IN_FLOWS, ...(config.flows ?? []).map((flow) => flow.alias)]);
  for (const [binding, alias] of Object.entries(realm.flowBindings)) {
    if (!flows.has(alias))
      report(realm, ["flowBindings", binding], `flow "${alias}" is bound but not defined in flows.yaml (nor built in)`);
  }

  const scopes = new Set<string>([...BUILT_IN_SCOPES, ...(config.clientScopes ?? []).map((scope) => scope.name)]);
  const clientsById = new Map<string, RealmConfig["clients"][number]>();
  for (const client of config.clients) {
    if (clientsById.has(client.clientId))
      report(client, ["clientId"], `client id "${client.clientId}" is already used by another file of clients/`);
    clientsById.set(client.clientId, client);
    client.defaultClientScopes.forEach((scope, index) => {
      if (!scopes.has(scope))
        report(
          client,
          ["defaultClientScopes", index],
          `client scope "${scope}" is not defined in client-scopes.yaml (nor built in)`,
        );
    });
  }

  const realmRoles = new Set([...BUILT_IN_REALM_ROLES, ...(config.roles ?? []).map((role) => role.name)]);
  (config.groups ?? []).forEach((group, index) => {
    const groups = config.groups!;
    group.realmRoles.forEach((role, roleIndex) => {
      if (!realmRoles.has(role))
        report(groups, [index, "realmRoles", roleIndex], `realm role "${role}" is not defined in roles.yaml`);
    });
    for (const [clientId, roles] of Object.entries(group.clientRoles)) {
      const client = clientsById.get(clientId);
      if (!client) {
        report(groups, [index, "clientRoles", clientId], `client "${clientId}" is not defined in clients/`);
        continue;
      }
      roles.forEach((role, roleIndex) => {
        if (!client.roles.some((candidate) => candidate.name === role)) {
          report(
            groups,
            [index, "clientRoles", clientId, roleIndex],
            `client role "${role}" does not exist in client ${clientId} (its roles: ${client.roles.map((r) => r.name).join(", ") || "none"})`,
          );
        }
      });
    }
  });
  return problems;
}
