import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import subsetFont from "subset-font";
import type { Plugin } from "vite";

/**
 * The characters of French and English text: ASCII, the French letters (œ, æ, ÿ and the accented
 * ones, in both cases, with the German umlauts), « », typographic quotes and dashes, the ellipsis,
 * the bullet, the degree and euro signs, and the spaces French typography uses (no-break, thin,
 * narrow no-break). A page downloads a full font file only if it shows a character outside it
 * (e.g. a name with ñ), which the DSFR's own @font-face rules still serve.
 */
export const LATIN_UNICODE_RANGE =
  "U+0020-007E, U+00A0, U+00AB, U+00B0, U+00BB, U+00C0, U+00C2, U+00C4, U+00C6-00CB, U+00CE-00CF, U+00D4, " +
  "U+00D6, U+00D9, U+00DB-00DC, U+00E0, U+00E2, U+00E4, U+00E6-00EB, U+00EE-00EF, U+00F4, U+00F6, U+00F9, " +
  "U+00FB-00FC, U+00FF, U+0152-0153, U+0178, U+2009, U+2013-2014, U+2018-2019, U+201C-201D, U+2022, " +
  "U+2026, U+202F, U+20AC";

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
 * Before Vite resolves any import, writes Latin subsets of the given font files (about 40 % of their
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
