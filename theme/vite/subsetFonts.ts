import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import subsetFont from "subset-font";
import type { Plugin } from "vite";

/**
 * The Latin characters of French and English text (Google Fonts' "latin" range, plus Ÿ). A page only
 * downloads a full font file if it shows a character outside it.
 */
export const LATIN_UNICODE_RANGE =
  "U+0000-00FF, U+0131, U+0152-0153, U+0178, U+02BB-02BC, U+02C6, U+02DA, U+02DC, U+0304, U+0308, U+0329, " +
  "U+2000-206F, U+20AC, U+2122, U+2191, U+2193, U+2212, U+2215, U+FEFF, U+FFFD";

/** A font file, and the weights it draws. */
export type SubsetFace = { file: string; weights: number[] };

/** "U+0041-0043, U+00E9" → "ABCé". */
export function charactersOf(unicodeRange: string): string {
  return unicodeRange
    .split(",")
    .map((part) => part.trim().replace(/^U\+/i, ""))
    .flatMap((part) => {
      const [start, end] = part.split("-").map((hex) => Number.parseInt(hex, 16));
      const last = end ?? start!;
      return Array.from({ length: last - start! + 1 }, (_, offset) => String.fromCodePoint(start! + offset));
    })
    .join("");
}

export function fontFaceRules(family: string, faces: SubsetFace[]): string {
  return faces
    .flatMap(({ file, weights }) =>
      weights.map((weight) =>
        [
          "@font-face {",
          "  font-display: swap;",
          `  font-family: ${family};`,
          "  font-style: normal;",
          `  font-weight: ${weight};`,
          `  src: url("./${file}") format("woff2");`,
          `  unicode-range: ${LATIN_UNICODE_RANGE};`,
          "}",
        ].join("\n"),
      ),
    )
    .join("\n");
}

/**
 * Before Vite resolves any import, writes Latin subsets of the given font files (about half their
 * size) and `fonts.css`, which declares them, to `outDir`; again only when the fonts or the range
 * changed (subsetting takes about a second, and every dev server and build starts here).
 * Imported after the DSFR's own @font-face rules, these win for Latin text; the DSFR's full files
 * remain for anything else.
 */
export function subsetFonts(options: {
  family: string;
  fontsDir: string;
  faces: SubsetFace[];
  outDir: string;
}): Plugin {
  return {
    name: "siec-subset-fonts",
    async buildStart() {
      const fonts = options.faces.map(({ file }) => ({ file, content: readFileSync(join(options.fontsDir, file)) }));
      const css = `${fontFaceRules(options.family, options.faces)}\n`;
      const key = fonts
        .reduce((hash, font) => hash.update(font.content), createHash("sha256").update(css))
        .digest("hex");
      const keyFile = join(options.outDir, ".source-hash");
      if (existsSync(keyFile) && readFileSync(keyFile, "utf8") === key) return;
      mkdirSync(options.outDir, { recursive: true });
      const characters = charactersOf(LATIN_UNICODE_RANGE);
      for (const { file, content } of fonts) {
        writeFileSync(join(options.outDir, file), await subsetFont(content, characters, { targetFormat: "woff2" }));
      }
      writeFileSync(join(options.outDir, "fonts.css"), css);
      writeFileSync(keyFile, key);
    },
  };
}
