import { PurgeCSS } from "purgecss";
import type { Plugin } from "vite";

/**
 * The DSFR's core stylesheet holds every utility class of the design system (spacing, grid,
 * typography, colours), most of which the pages never use: keep only the rules whose selectors
 * appear in `content` (the theme's sources, react-dsfr's components and the DSFR's scripts, which
 * add classes at run time). The component stylesheets are kept whole: react-dsfr builds some of
 * their class names at run time (`fr-btn--${priority}`), which no scan can see.
 */
export function purgeDsfrCore(options: { content: string[]; skippedContent?: string[] }): Plugin {
  return {
    name: "siec-purge-dsfr-core",
    enforce: "pre",
    async transform(css, id) {
      if (!/[\\/]dsfr[\\/]core[\\/]core\.main\.min\.css$/.test(id)) return undefined;
      const [purged] = await new PurgeCSS().purge({
        content: options.content,
        skippedContentGlobs: options.skippedContent ?? [],
        css: [{ raw: css }],
        // Colour scheme and state attributes, set by the DSFR's scripts.
        safelist: { greedy: [/data-fr-/] },
      });
      return { code: purged!.css, map: null };
    },
  };
}
