import http from "node:http";
import { StackError } from "../errors";
import { connectExternalKeycloak } from "./external";
import { startContainerKeycloak } from "./container";
import { startLocalKeycloak } from "./local";
import type { ServerSettings } from "./options";
import type { KeycloakServer } from "./server";
import { keycloakVersion } from "../../build/keycloak-version";

export type { KeycloakServer } from "./server";
export type { AdminCredentials } from "./options";
export { keycloakVersion } from "../../build/keycloak-version";

const RUNTIMES = ["local", "container", "external"] as const;
export type Runtime = (typeof RUNTIMES)[number];

export interface StartKeycloakOptions extends ServerSettings {
  /** Names the local server folder and its log: `dev`, `test`, `bench`. */
  instance: string;
  /** Another folder when that one is in use (test runs side by side), rather than an error. */
  parallel?: boolean;
  /** Jars copied into providers/: the theme and the extension. */
  providerJars?: string[];
  /** The dev stack publishes fixed ports; tests take free ones. */
  fixedPorts: boolean;
  /** Ports of this machine the server must reach (the SMTP server). */
  hostPorts: number[];
  /** The CPUs a local server may run on (`taskset -c`), for the benchmarks. */
  cpus?: string;
}

/**
 * Starts (or connects to) Keycloak: `KEYCLOAK_RUNTIME` forces a runtime; otherwise `KEYCLOAK_URL`
 * means external, a Docker engine that answers means container, and anything else means local.
 */
export async function startKeycloak(
  options: StartKeycloakOptions,
  runtime: Runtime | Promise<Runtime> = chooseRuntime(),
): Promise<KeycloakServer> {
  const version = keycloakVersion();
  switch (await runtime) {
    case "external": {
      const url = process.env.KEYCLOAK_URL;
      if (!url)
        throw new StackError(
          "KEYCLOAK_RUNTIME=external needs KEYCLOAK_URL.",
          "Set KEYCLOAK_URL=https://… and the admin credentials.",
        );
      return connectExternalKeycloak(url, options.admin);
    }
    case "container":
      return startContainerKeycloak({ ...options, version });
    case "local":
      return startLocalKeycloak({ ...options, version });
  }
}

export async function chooseRuntime(): Promise<Runtime> {
  const forced = process.env.KEYCLOAK_RUNTIME;
  if (forced) {
    if (!(RUNTIMES as readonly string[]).includes(forced)) {
      throw new StackError(`KEYCLOAK_RUNTIME=${forced} is not a runtime.`, `Use one of: ${RUNTIMES.join(", ")}.`);
    }
    return forced as Runtime;
  }
  if (process.env.KEYCLOAK_URL) return "external";
  return (await dockerEngineAnswers()) ? "container" : "local";
}

/** The Docker client may be installed without an engine: only an answer to `/_ping` counts. */
function dockerEngineAnswers(): Promise<boolean> {
  const target = dockerTarget(process.env.DOCKER_HOST ?? "unix:///var/run/docker.sock");
  return new Promise((resolve) => {
    const request = http.get({ ...target, path: "/_ping", timeout: 1_000 }, (response) => {
      response.resume();
      resolve(response.statusCode === 200);
    });
    request.on("error", () => resolve(false));
    request.on("timeout", () => request.destroy());
  });
}

function dockerTarget(dockerHost: string): http.RequestOptions {
  if (dockerHost.startsWith("unix://")) return { socketPath: dockerHost.slice("unix://".length) };
  const url = new URL(dockerHost.replace(/^tcp:/, "http:"));
  return { host: url.hostname, port: Number(url.port) };
}
