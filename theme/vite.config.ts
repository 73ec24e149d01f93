import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";
import { keycloakify } from "keycloakify/vite-plugin";

export default defineConfig({
  // The workspace root hoists another React major (for examples/): keycloakify and react-dsfr must use this theme's copy.
  resolve: { dedupe: ["react", "react-dom"] },
  plugins: [
    react(),
    keycloakify({
      themeName: "siec",
      accountThemeImplementation: "none",
      keycloakVersionTargets: {
        "22-to-25": false,
        "all-other-versions": "siec-theme.jar",
      },
    }),
  ],
});
