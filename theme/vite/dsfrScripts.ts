import type { Plugin } from "vite";

const usedScripts = "\0siec-dsfr-scripts";

/**
 * react-dsfr's start() imports the DSFR's whole script (every component's behaviour, 28 kB
 * compressed); give it the core and the components the pages use instead, in the order the DSFR
 * requires (core first). Production build only: Vite's dev server pre-bundles react-dsfr whole.
 */
export function dsfrScripts(components: string[]): Plugin {
  return {
    name: "siec-dsfr-scripts",
    apply: "build",
    enforce: "pre",
    resolveId(source, importer) {
      if (source === "./dsfr/dsfr.module" && importer !== undefined && /react-dsfr[\\/]start\.js$/.test(importer))
        return usedScripts;
      return undefined;
    },
    load(id) {
      if (id !== usedScripts) return undefined;
      return ["core/core", ...components.map((component) => `component/${component}/${component}`)]
        .map((script) => `import "@codegouvfr/react-dsfr/dsfr/${script}.module.min.js";`)
        .join("\n");
    },
  };
}
