import { startProxy } from "../proxy";
import { sharedKeycloakOptions } from "../production-compose";
import { lastLines } from "../commands";
import { StackError } from "../errors";
import { startLocalKeycloak, updateCompatibility, type LocalKeycloakOptions } from "./local";
import type { AdminCredentials, PostgresDatabase } from "./options";
import type { KeycloakServer } from "./server";

/** The ports of one node: HTTP, management (health), and its cluster transport. */
export interface NodePorts {
  http: number;
  management: number;
  cluster: number;
}

/** Free ports handed out three by three: each node's HTTP, management and cluster transport ports, in that order. */
export function nodesOnPorts(ports: readonly number[]): NodePorts[] {
  if (ports.length % 3 !== 0) throw new Error(`${ports.length} ports do not make nodes of three`);
  return Array.from({ length: ports.length / 3 }, (_, node) => ({
    http: ports[node * 3]!,
    management: ports[node * 3 + 1]!,
    cluster: ports[node * 3 + 2]!,
  }));
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

/** What a node runs: a Keycloak version and the portal's jars built for it. */
export interface NodeRelease {
  version: string;
  providerJars: string[];
}

export interface RollingUpdateVerdict {
  /** Exit code 0: the nodes can be replaced one at a time; otherwise all stop first (a recreate). */
  rolling: boolean;
  exitCode: number;
  /** Keycloak's last line, e.g. `[OK] Rolling Update is available.` */
  verdict: string;
}

export interface KeycloakCluster {
  url: string;
  admin: AdminCredentials;
  /** The nodes as they run now (a restarted node is a new server). */
  nodes: KeycloakServer[];
  /** Starts node `index` again after it was stopped or killed. */
  restartNode(index: number): Promise<KeycloakServer>;
  /**
   * A rolling update's step for node `index`: the proxy stops sending it requests, it stops (Keycloak
   * finishes those it holds), starts on `release`, and, once ready, the proxy sends it requests
   * again. The other nodes serve meanwhile.
   */
  replaceNode(index: number, release: NodeRelease): Promise<KeycloakServer>;
  /**
   * Keycloak's verdict on moving the nodes to `to` (`kc.sh update-compatibility`: metadata by the
   * release running now, written to `metadataFile`, then check by `to`), before any node stops.
   */
  checkRollingUpdate(to: NodeRelease, metadataFile: string): Promise<RollingUpdateVerdict>;
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
  const releases: NodeRelease[] = options.nodes.map(() => ({
    version: options.version,
    providerJars: options.providerJars,
  }));
  let stopping = false;

  const nodeOptions = (index: number, release = releases[index]!): LocalKeycloakOptions => {
    const ports = options.nodes[index]!;
    return {
      ...release,
      instance: `${options.instance}-node${index + 1}`,
      command: "start",
      httpPort: ports.http,
      managementPort: ports.management,
      clusterPort: ports.cluster,
      database: options.database,
      admin: options.admin,
      ...(options.cpus?.[index] !== undefined && { cpus: options.cpus[index] }),
      extraOptions: [...sharedKeycloakOptions(), `--hostname=${url}`, ...(options.extraOptions ?? [])],
    };
  };

  const startNode = async (index: number): Promise<KeycloakServer> => {
    const server = await startLocalKeycloak(nodeOptions(index));
    nodes[index] = server;
    void server.exited?.then(() => onExit(index, server));
    return server;
  };

  const replacing = new Set<number>();
  const onExit = async (index: number, server: KeycloakServer) => {
    if (stopping || replacing.has(index) || nodes[index] !== server) return;
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
    async checkRollingUpdate(to, metadataFile) {
      const metadata = await updateCompatibility("metadata", metadataFile, nodeOptions(0));
      if (metadata.exitCode !== 0)
        throw new StackError(
          `\`kc.sh update-compatibility metadata\` failed:\n${lastLines(metadata.output, 20)}`,
          "Read the lines above.",
        );
      const { exitCode, output } = await updateCompatibility("check", metadataFile, nodeOptions(0, to));
      return { rolling: exitCode === 0, exitCode, verdict: lastLines(output, 1) };
    },
    async replaceNode(index, release) {
      const address = `127.0.0.1:${options.nodes[index]!.http}`;
      replacing.add(index);
      try {
        await proxy?.drain([address]);
        await nodes[index]!.stop();
        releases[index] = release;
        const server = await startNode(index);
        await proxy?.drain([]);
        return server;
      } finally {
        replacing.delete(index);
      }
    },
    restartNode: (index) => startNode(index),
    async stop() {
      await proxy?.stop();
      await stopNodes();
    },
  };
}
