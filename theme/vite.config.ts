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
      // The footer's mandatory pages, per deployment: `SIEC_ACCESSIBILITY_URL=… kc.sh start`.
      environmentVariables: [
        { name: "SIEC_ACCESSIBILITY_URL", default: "https://www.siec.education.fr/accessibilite" },
        { name: "SIEC_LEGAL_NOTICE_URL", default: "https://www.siec.education.fr/mentions-legales" },
        { name: "SIEC_PERSONAL_DATA_URL", default: "https://www.siec.education.fr/donnees-personnelles" },
        { name: "SIEC_COOKIES_URL", default: "https://www.siec.education.fr/gestion-des-cookies" },
      ],
      keycloakVersionTargets: {
        "22-to-25": false,
        "all-other-versions": "siec-theme.jar",
      },
    }),
  ],
});
