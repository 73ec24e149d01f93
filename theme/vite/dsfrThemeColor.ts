import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Plugin } from "vite";

const themeColorOnly = "\0siec-dsfr-theme-color";
/** The one module of react-dsfr the pages run that reads `fr.colors`. */
const READER = /react-dsfr[\\/]useIsDark[\\/]client\.js$/;

/**
 * react-dsfr's `fr.colors` holds every DSFR colour, names and values, light and dark (13 kB
 * compressed in the first script), for its one use on these pages: useIsDark/client.js sets the
 * browser's theme colour (`<meta name="theme-color">`) to background.default.grey.default. This
 * gives `fr` that colour alone, read at build time from the DSFR's stylesheet, and fails the build
 * if any other module of react-dsfr in the bundle reads `fr.colors`.
 */
export function dsfrThemeColor(reactDsfrDir: string): Plugin {
  return {
    name: "siec-dsfr-theme-color",
    apply: "build",
    enforce: "pre",
    resolveId(source, importer) {
      if (source === "./colors" && importer !== undefined && /react-dsfr[\\/]fr[\\/]index\.js$/.test(importer))
        return themeColorOnly;
      return undefined;
    },
    load(id) {
      if (id !== themeColorOnly) return undefined;
      const css = readFileSync(join(reactDsfrDir, "dsfr", "dsfr.min.css"), "utf8");
      const [light, dark] = [":root{", ":root[data-fr-theme=dark]{"].map((selector) =>
        backgroundDefaultGrey(css, selector),
      );
      return [
        `const themeColor = { light: ${JSON.stringify(light)}, dark: ${JSON.stringify(dark)} };`,
        "export const colors = {",
        "  getHex: ({ isDark }) => ({",
        "    decisions: { background: { default: { grey: { default: themeColor[isDark ? 'dark' : 'light'] } } } },",
        "  }),",
        "};",
      ].join("\n");
    },
    transform(code, id) {
      if (/react-dsfr[\\/]/.test(id) && !READER.test(id) && /\bfr\.colors\b|\buseColors\b/.test(code))
        this.error(`${id} reads react-dsfr's colours, which theme/vite/dsfrThemeColor.ts leaves out of the bundle.`);
      return undefined;
    },
  };
}

/** `--background-default-grey` in the stylesheet's block for `selector`, through the palette variable it names. */
function backgroundDefaultGrey(css: string, selector: string): string {
  const block = (start: string) => {
    const index = css.indexOf(start);
    if (index < 0) throw new Error(`The DSFR's stylesheet has no "${start}" block.`);
    return css.slice(index, css.indexOf("}", index));
  };
  const palette = /--background-default-grey:var\((--[\w-]+)\)/.exec(block(":root{"))?.[1];
  const value = palette && new RegExp(`${palette}:(#[0-9a-fA-F]{3,6})\\b`).exec(block(selector))?.[1];
  if (!value) throw new Error(`No colour for --background-default-grey under "${selector}" in the DSFR's stylesheet.`);
  return value;
}
