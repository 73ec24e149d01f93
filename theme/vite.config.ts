import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";
import { keycloakify } from "keycloakify/vite-plugin";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { writeAccountTheme } from "./vite/accountTheme";
import { dsfrScripts } from "./vite/dsfrScripts";
import { dsfrThemeColor } from "./vite/dsfrThemeColor";
import { writeOwnedPageData } from "./vite/ownedPageData";
import { purgeDsfrCore } from "./vite/purgeDsfrCore";
import { subsetFonts } from "./vite/subsetFonts";
import { withoutFranceConnectLogo } from "./vite/withoutFranceConnectLogo";

// The footer's mandatory pages, per deployment: `SIEC_ACCESSIBILITY_URL=… kc.sh start`.
const environmentVariables = [
  { name: "SIEC_ACCESSIBILITY_URL", default: "https://www.siec.education.fr/accessibilite" },
  { name: "SIEC_LEGAL_NOTICE_URL", default: "https://www.siec.education.fr/mentions-legales" },
  { name: "SIEC_PERSONAL_DATA_URL", default: "https://www.siec.education.fr/donnees-personnelles" },
  { name: "SIEC_COOKIES_URL", default: "https://www.siec.education.fr/gestion-des-cookies" },
];

const reactDsfrDir = dirname(createRequire(import.meta.url).resolve("@codegouvfr/react-dsfr/package.json"));

export default defineConfig({
  resolve: {
    // The pages run on Preact's React-compatible runtime, a fifth of React's bytes on a first visit:
    // the same components (react-dsfr, Keycloakify's), typed against React's types.
    alias: [
      { find: /^react(-dom)?$/, replacement: "preact/compat" },
      { find: /^react-dom\/client$/, replacement: "preact/compat/client" },
      { find: /^react\/jsx-(dev-)?runtime$/, replacement: "preact/jsx-$1runtime" },
    ],
  },
  plugins: [
    react(),
    subsetFonts({
      family: "Marianne",
      fontsDir: join(reactDsfrDir, "dsfr", "fonts"),
      // The DSFR's medium weight (500) is drawn with the bold file, which the pages load anyway.
      faces: [
        { file: "Marianne-Regular.woff2", weights: [400] },
        { file: "Marianne-Bold.woff2", weights: [500, 700] },
      ],
      outDir: join(import.meta.dirname, ".generated", "fonts"),
    }),
    purgeDsfrCore({
      content: [join(import.meta.dirname, "src", "**", "*.{ts,tsx}"), join(reactDsfrDir, "**", "*.js")],
      // react-dsfr's list of every DSFR class name, for its types: it would keep them all.
      skippedContent: [join(reactDsfrDir, "fr", "generatedFromCss", "classNames.js")],
    }),
    withoutFranceConnectLogo(),
    // The password's show/hide, the header's menu on small screens (a modal).
    dsfrScripts(["password", "header", "modal"]),
    dsfrThemeColor(reactDsfrDir),
    keycloakify({
      themeName: "siec",
      // The account space is this theme's own (src/account/), written by vite/accountTheme.ts.
      accountThemeImplementation: "none",
      // The account page is made from Keycloakify's generic login.ftl: before the sign-in pages own theirs.
      postBuild: async ({ themeNames }) =>
        themeNames.forEach((themeName) => {
          writeAccountTheme(themeName);
          writeOwnedPageData(themeName, environmentVariables);
        }),
      // The account console also gives its page every message as one JSON string: the page has its own.
      kcContextExclusionsFtl: '<#if areSamePath(path, []) && key == "msgJSON"><#continue></#if>',
      environmentVariables,
      keycloakVersionTargets: {
        "22-to-25": false,
        "all-other-versions": "siec-theme.jar",
      },
    }),
  ],
});
