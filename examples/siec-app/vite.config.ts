import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";
import { appsFromRealmConfig } from "./apps-from-realm-config";

const inRepository = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));
const realmConfigDir = inRepository("../../realm-config");

export default defineConfig(async () => ({
  plugins: [react()],
  // Name, description and page paths of every SIEC app, from realm-config/ (see src/apps.ts).
  define: { __SIEC_APPS__: JSON.stringify(await appsFromRealmConfig(realmConfigDir)) },
  server: {
    port: Number(process.env.APP_PORT ?? 5173),
    strictPort: true,
    // The dev server serves files through /@fs/ from these folders only: the app, the contract
    // it imports and the packages, not the whole repository (Vite's default), whose .cache/ holds
    // the dev database and the stack's credentials.
    fs: {
      strict: true,
      allow: [inRepository("."), inRepository("../../contract"), inRepository("../../node_modules")],
    },
  },
}));
