import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { runCli } from "../../../admin-scripts/src/cli";
import { apply } from "../../../admin-scripts/src/reconcile/apply";
import { plan, ServerCannotApply } from "../../../admin-scripts/src/reconcile/plan";
import { saying, words } from "../../support/cli-messages";
import { testStack } from "../../support/keycloak";
import { adminConnection, loadConfig, realmConfigCopy, uniqueRealm } from "../../support/realm-config";

/** realm-config whose reset flow needs an authenticator this Keycloak has no provider for. */
async function configNeedingUnknownAuthenticator(realm: string): Promise<string> {
  const directory = await realmConfigCopy(realm);
  const flowsFile = path.join(directory, "flows.yaml");
  const flows = await readFile(flowsFile, "utf8");
  await writeFile(flowsFile, flows.replace("siec-email-link-verifies-address", "siec-not-installed"));
  return directory;
}

describe("a realm-config the server cannot hold", () => {
  it("is refused by plan and apply before any write, naming the file, the flow and what to install", async () => {
    const { keycloakUrl, admin } = testStack();
    const realm = uniqueRealm("lacks");
    const directory = await configNeedingUnknownAuthenticator(realm);
    const config = await loadConfig(directory);
    const connection = adminConnection(keycloakUrl, realm, admin);

    const refusal = await plan(connection, config).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(ServerCannotApply);
    const missing = saying("check.missingAuthenticator", {
      flow: "siec reset credentials",
      authenticator: "siec-not-installed",
      hint: saying("check.fromExtension"),
    });
    expect((refusal as ServerCannotApply).problems.map(words)).toEqual([missing]);
    const refused = saying("check.serverCannotApply", { problems: `- ${missing}` });
    expect(words((refusal as ServerCannotApply).said)).toBe(refused);

    const report = await apply(connection, config);
    expect(report.done).toEqual([]);
    expect(words(report.failed!.during)).toBe(saying("apply.during.check"));
    expect(words(report.failed!.message)).toBe(refused);
    expect(connection.stats.writes).toBe(0);
    expect(await connection.api.realms.findOne({ realm })).toBeNull();

    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      vi.stubEnv("KEYCLOAK_URL", keycloakUrl);
      vi.stubEnv("KEYCLOAK_ADMIN", admin.username);
      vi.stubEnv("KEYCLOAK_ADMIN_PASSWORD", admin.password);
      expect(await runCli(["--config", directory, "apply", "--yes"])).toBe(1);
      expect(errors.mock.calls.flat().join("\n")).toContain(refused);
    } finally {
      errors.mockRestore();
      vi.unstubAllEnvs();
    }
  });
});
