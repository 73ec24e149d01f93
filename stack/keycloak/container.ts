import path from "node:path";
import { serverArguments, serverEnvironment, type ServerSettings } from "./options";
import type { KeycloakServer } from "./server";

const HTTP_PORT = 8080;
const MANAGEMENT_PORT = 9000;

export interface ContainerKeycloakOptions extends ServerSettings {
  version: string;
  providerJars?: string[];
  /** Publish on `httpPort` of the host (the dev stack); otherwise Docker picks a free port. */
  fixedPorts: boolean;
  /** Ports of this machine the server must reach (the SMTP server). */
  hostPorts: number[];
  startTimeoutMs?: number;
}

/** The official image, started with the same options as the local server. */
export async function startContainerKeycloak(options: ContainerKeycloakOptions): Promise<KeycloakServer> {
  // Loaded only here: testcontainers is heavy and useless without a Docker engine.
  const { GenericContainer, TestContainers, Wait } = await import("testcontainers");
  await TestContainers.exposeHostPorts(...options.hostPorts);
  const inside = { ...options, httpPort: HTTP_PORT, managementPort: MANAGEMENT_PORT };
  let container = new GenericContainer(`quay.io/keycloak/keycloak:${options.version}`)
    .withCommand(serverArguments(inside))
    .withEnvironment(serverEnvironment(inside))
    .withExposedPorts(
      options.fixedPorts ? { container: HTTP_PORT, host: options.httpPort } : HTTP_PORT,
      options.fixedPorts ? { container: MANAGEMENT_PORT, host: options.managementPort } : MANAGEMENT_PORT,
    )
    .withWaitStrategy(Wait.forHttp("/health/ready", MANAGEMENT_PORT).forStatusCode(200))
    .withStartupTimeout(options.startTimeoutMs ?? 240_000);
  container = container.withCopyFilesToContainer(
    (options.providerJars ?? []).map((jar) => ({
      source: jar,
      target: `/opt/keycloak/providers/${path.basename(jar)}`,
    })),
  );
  const started = await container.start();
  return {
    url: `http://${started.getHost()}:${started.getMappedPort(HTTP_PORT)}`,
    admin: options.admin,
    runtime: "container",
    hostAddress: "host.testcontainers.internal",
    stop: async (stopOptions?: { kill?: boolean }) => {
      await started.stop(stopOptions?.kill ? { timeout: 0 } : undefined);
    },
  };
}
