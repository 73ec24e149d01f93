import { describe, expect, it } from "vitest";
import { javaPattern, UnreadableJavaPattern } from "../../../../admin-scripts/src/users/profile-rules/java-pattern";

describe("javaPattern: a java.util.regex pattern read as Keycloak reads it", () => {
  it("matches the whole value, as Matcher.matches() does", () => {
    const uai = javaPattern("[0-9]{7}[A-Z]");
    expect(uai.test("0751234A")).toBe(true);
    expect(uai.test("x0751234A")).toBe(false);
    expect(uai.test("0751234A\n")).toBe(false);
    expect(javaPattern("a|b").test("ab")).toBe(false);
  });

  it("reads \\s as Java's six ASCII spaces, not JavaScript's Unicode ones", () => {
    expect(javaPattern("\\s").test("\u00A0")).toBe(false);
    expect(javaPattern("[^\\s]+").test("a\u00A0b")).toBe(true);
    expect(javaPattern("\\S+").test("a\u00A0b")).toBe(true);
    expect(javaPattern("[\\s]").test("\u000B")).toBe(true);
  });

  it("reads \\v and \\h as Java's vertical and horizontal spaces", () => {
    for (const vertical of ["\n", "\u000B", "\f", "\r", "\u0085", "\u2028", "\u2029"])
      expect(javaPattern("[^\\v]").test(vertical)).toBe(false);
    expect(javaPattern("\\h").test("\u3000")).toBe(true);
    expect(javaPattern("\\H").test("\t")).toBe(false);
  });

  it("reads . as Java does: not U+0085 either", () => {
    expect(javaPattern(".").test("\u0085")).toBe(false);
    expect(javaPattern(".").test("😀")).toBe(true);
    expect(javaPattern("[.]").test("a")).toBe(false);
  });

  it("reads Java's POSIX classes as ASCII", () => {
    expect(javaPattern("\\p{Alpha}+").test("Zoe")).toBe(true);
    expect(javaPattern("\\p{Alpha}+").test("Zoé")).toBe(false);
    expect(javaPattern("[\\p{Punct}]+").test("!/:@[`{~")).toBe(true);
    expect(javaPattern("\\P{Cntrl}+").test("a\u007F")).toBe(false);
    expect(javaPattern("\\p{Cntrl}").test("\u0080")).toBe(false);
  });

  it("reads \\p{IsLatin} as the Latin script, and Unicode categories as they are", () => {
    expect(javaPattern("\\p{IsLatin}+").test("Zoé")).toBe(true);
    expect(javaPattern("\\p{IsLatin}+").test("Zое")).toBe(false);
    expect(javaPattern("\\p{L}[\\p{L} '-]*").test("Jean-Paul O'Neil")).toBe(true);
  });

  it("takes punctuation escaped as Java allows it", () => {
    expect(javaPattern("[\\@\\#a-z\\-]+").test("a-b@c#d")).toBe(true);
    expect(javaPattern("a\\-b\\ c").test("a-b c")).toBe(true);
    expect(javaPattern("\\[\\]\\(\\)").test("[]()")).toBe(true);
  });

  it.each([
    ["a class inside a class (Java's union)", "[a-z[0-9]]"],
    ["a class intersection", "[a-z&&[^x]]"],
    ["a possessive quantifier", "a++"],
    ["an atomic group", "(?>a)"],
    ["an inline flag", "(?i)abc"],
    ["quoting", "\\Qa.b\\E"],
    ["a negated class inside a class", "[\\S]"],
    ["a lone backslash at the end", "abc\\"],
    ["a block", "\\p{InGreek}"],
  ])("refuses %s, which JavaScript would read otherwise or not at all", (_name, pattern) => {
    expect(() => javaPattern(pattern)).toThrow(UnreadableJavaPattern);
  });
});
