import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";
import { appsFromRealmConfig } from "./apps-from-realm-config";

const realmConfigDir = fileURLToPath(new URL("../../realm-config", import.meta.url));

export default defineConfig(async () => ({
  plugins: [react()],
  // Name, description and page paths of every SIEC app, from realm-config/ (see src/apps.ts).
  define: { __SIEC_APPS__: JSON.stringify(await appsFromRealmConfig(realmConfigDir)) },
  server: { port: Number(process.env.APP_PORT ?? 5173), strictPort: true },
}));
