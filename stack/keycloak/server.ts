import type { AdminCredentials } from "./options";

/** A running Keycloak, however it was obtained. */
export interface KeycloakServer {
  /** Base URL of the server, without a trailing slash: `${url}/realms/siec/...`. */
  url: string;
  admin: AdminCredentials;
  runtime: "local" | "container" | "external";
  /** The name under which the server reaches services of this machine (the SMTP server). */
  hostAddress: string;
  /** Where the server's log is written, when this project started it. */
  logFile?: string;
  /** Of a server this project runs as a process: its process group, and its management port (health). */
  pid?: number;
  managementUrl?: string;
  /** Whether the process has ended, and a promise of its end, for a stack that reports a dead node. */
  hasExited?(): boolean;
  exited?: Promise<void>;
  /** `kill`: end it at once (SIGKILL), as a crash or the OOM killer would, for failure tests. */
  stop(options?: { kill?: boolean }): Promise<void>;
}

/** Waits until `/health/ready` answers 200, or the deadline passes. */
export async function waitUntilReady(
  healthUrl: string,
  options: { timeoutMs: number; hasExited?: () => boolean },
): Promise<"ready" | "timeout" | "exited"> {
  const deadline = Date.now() + options.timeoutMs;
  while (Date.now() < deadline) {
    if (options.hasExited?.()) return "exited";
    try {
      const response = await fetch(healthUrl, { signal: AbortSignal.timeout(2_000) });
      if (response.ok) return "ready";
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return "timeout";
}
