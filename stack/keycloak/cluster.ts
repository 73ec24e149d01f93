import { startProxy } from "../proxy";
import { sharedKeycloakOptions } from "../production-compose";
import { startLocalKeycloak } from "./local";
import type { AdminCredentials, PostgresDatabase } from "./options";
import type { KeycloakServer } from "./server";

/** The ports of one node: HTTP, management (health), and its cluster transport. */
export interface NodePorts {
  http: number;
  management: number;
  cluster: number;
}

export interface ClusterOptions {
  version: string;
  /** Names the nodes' server folders and logs: `<instance>-node1`, `-node2`… */
  instance: string;
  /**
   * Where the proxy listens: the one URL of the cluster, http://localhost:<proxyPort>, and the
   * nodes' hostname. Without it there is no proxy (a test puts its own in front).
   */
  proxyPort?: number;
  nodes: NodePorts[];
  database: PostgresDatabase;
  admin: AdminCredentials;
  providerJars: string[];
  /** The CPUs of each node (`taskset -c`), for the benchmarks. */
  cpus?: string[];
  extraOptions?: string[];
  /** A node that ends on its own is started again (the dev stack); tests restart them when they want. */
  restartDeadNodes?: boolean;
  /** Told when a node ends on its own, and when it is back. */
  onNodeEvent?(event: { node: number; kind: "died" | "restarted" | "restart-failed"; detail?: string }): void;
}

export interface KeycloakCluster {
  url: string;
  admin: AdminCredentials;
  /** The nodes as they run now (a restarted node is a new server). */
  nodes: KeycloakServer[];
  /** Starts node `index` again after it was stopped or killed. */
  restartNode(index: number): Promise<KeycloakServer>;
  stop(): Promise<void>;
}

/**
 * Keycloak in production mode on this machine: PostgreSQL, several nodes (`kc.sh build` once,
 * then `start --optimized`) sharing their caches (ispn, discovered through the database) on
 * 127.0.0.1 only, and nginx in front of them on one URL. The nodes run with the options of
 * docker-compose.prod.yml (`x-keycloak-options`); what differs here is the hostname (this URL)
 * and the ports.
 */
export async function startKeycloakCluster(options: ClusterOptions): Promise<KeycloakCluster> {
  const url = `http://localhost:${options.proxyPort ?? options.nodes[0]!.http}`;
  const nodes: KeycloakServer[] = [];
  let stopping = false;

  const startNode = async (index: number): Promise<KeycloakServer> => {
    const ports = options.nodes[index]!;
    const server = await startLocalKeycloak({
      version: options.version,
      instance: `${options.instance}-node${index + 1}`,
      command: "start",
      httpPort: ports.http,
      managementPort: ports.management,
      clusterPort: ports.cluster,
      database: options.database,
      admin: options.admin,
      providerJars: options.providerJars,
      ...(options.cpus?.[index] !== undefined && { cpus: options.cpus[index] }),
      extraOptions: [...sharedKeycloakOptions(), `--hostname=${url}`, ...(options.extraOptions ?? [])],
    });
    nodes[index] = server;
    void server.exited?.then(() => onExit(index, server));
    return server;
  };

  const onExit = async (index: number, server: KeycloakServer) => {
    if (stopping || nodes[index] !== server) return;
    options.onNodeEvent?.({ node: index + 1, kind: "died", detail: server.logFile });
    if (!options.restartDeadNodes) return;
    try {
      await startNode(index);
      options.onNodeEvent?.({ node: index + 1, kind: "restarted" });
    } catch (error) {
      options.onNodeEvent?.({ node: index + 1, kind: "restart-failed", detail: (error as Error).message });
    }
  };

  const stopNodes = async () => {
    stopping = true;
    await Promise.all(nodes.map((node) => node.stop()));
  };
  try {
    // One after the other: the first creates the schema and the bootstrap admin, under its lock.
    for (const index of options.nodes.keys()) await startNode(index);
  } catch (error) {
    await stopNodes();
    throw error;
  }
  const proxy =
    options.proxyPort === undefined
      ? undefined
      : await startProxy({
          instance: options.instance,
          port: options.proxyPort,
          nodes: options.nodes.map((ports) => `127.0.0.1:${ports.http}`),
        }).catch(async (error: unknown) => {
          await stopNodes();
          throw error;
        });

  return {
    url,
    admin: options.admin,
    nodes,
    restartNode: (index) => startNode(index),
    async stop() {
      await proxy?.stop();
      await stopNodes();
    },
  };
}
