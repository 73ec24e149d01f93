/**
 * Realm as code: cold apply of the full realm-config/ and a no-op plan, in time and HTTP requests.
 * Baselines measured in the same run: Keycloak importing the same realm in one request (what
 * apply costs over a blind import), and a single read of the realm (the floor of any plan).
 *
 *   npm run bench:realm
 */
import { apply, connect, loadRealmConfig, plan } from "@siec/admin-scripts";
import { realmConfigDir } from "../stack/realm";
import { printTable, startBenchKeycloak, timed } from "./support/keycloak";

const server = await startBenchKeycloak();
try {
  const config = await loadRealmConfig(realmConfigDir, {});
  const connection = connect({
    url: server.url,
    realm: config.realm.realm,
    credentials: { kind: "admin", ...server.admin },
  });
  const requests = () => ({ ...connection.stats });
  const delta = (before: { reads: number; writes: number }) => ({
    reads: connection.stats.reads - before.reads,
    writes: connection.stats.writes - before.writes,
  });

  await connection.api.realms.findOne({ realm: "master" }); // the first token and connection are not the apply's
  let before = requests();
  const cold = await timed(() => apply(connection, config));
  if (cold.result.failed) throw new Error(`apply failed: ${cold.result.failed.message}`);
  const coldRequests = delta(before);

  await plan(connection, config); // warm
  before = requests();
  const noop = await timed(() => plan(connection, config));
  const noopRequests = delta(before);
  if (noop.result.length > 0) throw new Error(`the no-op plan found ${noop.result.length} changes`);

  const exported = await connection.api.realms.export({
    realm: config.realm.realm,
    exportClients: true,
    exportGroupsAndRoles: true,
  });
  const copy = { ...(withoutIds(exported) as object), realm: "siec-import-baseline" };
  const importBaseline = await timed(() => connection.api.realms.create(copy));
  const readBaseline = await timed(() => connection.api.realms.findOne({ realm: config.realm.realm }));

  printTable(`Realm as code on Keycloak ${server.runtime} (${config.clients.length} clients)`, [
    ["measure", "time (ms)", "reads", "writes", "baseline (ms)", "ratio"],
    [
      "cold apply",
      cold.ms.toFixed(0),
      coldRequests.reads,
      coldRequests.writes,
      importBaseline.ms.toFixed(0),
      `${(cold.ms / importBaseline.ms).toFixed(1)}x one-request import`,
    ],
    [
      "no-op plan",
      noop.ms.toFixed(0),
      noopRequests.reads,
      noopRequests.writes,
      readBaseline.ms.toFixed(0),
      `${(noop.ms / readBaseline.ms).toFixed(1)}x one realm read`,
    ],
  ]);
  console.log(
    `\nAims: no-op plan under 2000 ms (${noop.ms < 2000 ? "met" : "missed"}), cold apply under 10000 ms (${cold.ms < 10_000 ? "met" : "missed"}).`,
  );
} finally {
  await server.stop();
}

/** The export keeps the ids of the realm it came from; an import beside it needs new ones. */
function withoutIds(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutIds);
  if (typeof value !== "object" || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => key !== "id" && key !== "containerId")
      .map(([key, item]) => [key, withoutIds(item)]),
  );
}
