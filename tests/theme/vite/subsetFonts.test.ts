import { describe, expect, it } from "vitest";
import { LATIN_UNICODE_RANGE, charactersOf, fontFaceRules } from "../../../theme/vite/subsetFonts";

describe("the Latin font subsets", () => {
  it("reads a unicode-range into its characters", () => {
    expect(charactersOf("U+0041-0043, U+00E9")).toBe("ABCé");
  });

  it("covers French text, typographic quotes and the euro sign", () => {
    const latin = new Set(charactersOf(LATIN_UNICODE_RANGE));
    for (const character of "Initialisez votre mot de passe : « œuvre », l’élève — 10 €, n° 3… ÀÂÇÉÈÊËÎÏÔÙÛÜŸ\u202f")
      expect(latin.has(character), character).toBe(true);
  });

  it("declares one face per weight, limited to the subset's range", () => {
    const css = fontFaceRules("Marianne", [{ file: "Marianne-Bold.woff2", weights: [500, 700] }]);
    expect(css.match(/@font-face/g)).toHaveLength(2);
    expect(css).toContain('src: url("./Marianne-Bold.woff2") format("woff2");');
    expect(css).toContain(`unicode-range: ${LATIN_UNICODE_RANGE};`);
  });
});
