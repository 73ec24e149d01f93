import { describe, expect, it } from "vitest";
import { chooseLanguage } from "../../../admin-scripts/src/messages";

describe("the CLI's language", () => {
  it("is French when nothing asks for another, or when the locale is neither French nor English", () => {
    expect(chooseLanguage([], {})).toBe("fr");
    expect(chooseLanguage([], { LANG: "C.UTF-8" })).toBe("fr");
    expect(chooseLanguage([], { LANG: "de_DE.UTF-8" })).toBe("fr");
  });

  it("follows the locale as gettext reads it: LC_ALL, then LC_MESSAGES, then LANG, an empty one unset", () => {
    expect(chooseLanguage([], { LANG: "en_GB.UTF-8" })).toBe("en");
    expect(chooseLanguage([], { LANG: "en_GB.UTF-8", LC_MESSAGES: "fr_FR.UTF-8" })).toBe("fr");
    expect(chooseLanguage([], { LANG: "fr_FR.UTF-8", LC_MESSAGES: "fr_FR", LC_ALL: "en_US" })).toBe("en");
    expect(chooseLanguage([], { LANG: "en_US.UTF-8", LC_ALL: "" })).toBe("en");
  });

  it("is the one --lang gives, before the locale, wherever it stands on the command line", () => {
    expect(chooseLanguage(["--lang", "en", "plan"], { LANG: "fr_FR.UTF-8" })).toBe("en");
    expect(chooseLanguage(["users", "list", "--lang=fr"], { LC_ALL: "en_US" })).toBe("fr");
    // After "--", words are arguments, not options.
    expect(chooseLanguage(["--", "--lang", "en"], {})).toBe("fr");
  });
});
