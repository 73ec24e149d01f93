import path from "node:path";
import { createServer } from "vite";
import { repoRoot } from "./paths";

export const exampleAppDir = path.join(repoRoot, "examples", "siec-app");

/**
 * The example app's Vite dev server, pointed at the portal and playing one SIEC app. The
 * VITE_KEYCLOAK_* values go through this server's own config (not process.env), so two instances
 * started in one process each keep theirs, even when Vite restarts one.
 */
export async function startExampleApp(options: {
  port: number;
  keycloakUrl: string;
  realm: string;
  clientId: string;
}): Promise<{ url: string; stop(): Promise<void> }> {
  const variables = {
    VITE_KEYCLOAK_URL: options.keycloakUrl,
    VITE_KEYCLOAK_REALM: options.realm,
    VITE_KEYCLOAK_CLIENT_ID: options.clientId,
  };
  const server = await createServer({
    root: exampleAppDir,
    configFile: path.join(exampleAppDir, "vite.config.ts"),
    // The config reads realm-config/ through @siec/admin-scripts, a workspace package of TypeScript
    // sources: Vite's module runner transforms it, where the default loader would hand it to Node.
    configLoader: "runner",
    define: Object.fromEntries(
      Object.entries(variables).map(([name, value]) => [`import.meta.env.${name}`, JSON.stringify(value)]),
    ),
    server: { port: options.port, strictPort: true },
    logLevel: "warn",
  });
  await server.listen();
  return { url: `http://localhost:${options.port}`, stop: () => server.close() };
}
