/**
 * The e-mail theme (theme/src/email/) without a server: French and English have the same keys,
 * none empty, with the same placeholders and every apostrophe doubled (Java's MessageFormat drops
 * a single one); every key a template asks for exists; and every template and subject of
 * Keycloak's base e-mail theme (the keycloak-themes jar of the pinned version, unpacked under
 * .cache/keycloak/ by any integration run) is the portal's, HTML and text, so that no e-mail goes
 * out in Keycloak's style.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { inflateRawSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { keycloakVersion } from "../../build/keycloak-version";
import { cacheDir, repoRoot } from "../../stack/paths";

const emailDir = path.join(repoRoot, "theme", "src", "email");

/** A .properties file's keys and values, as the e-mail theme writes them (one line each). */
function properties(text: string): Map<string, string> {
  const entries = text
    .split("\n")
    .filter((line) => line.trim() !== "" && !/^\s*[#!]/.test(line))
    .map((line) => {
      const separator = line.indexOf("=");
      return [line.slice(0, separator).trim(), line.slice(separator + 1).trim()] as const;
    });
  return new Map(entries);
}

const messages = {
  fr: properties(readFileSync(path.join(emailDir, "messages", "messages_fr.properties"), "utf8")),
  en: properties(readFileSync(path.join(emailDir, "messages", "messages_en.properties"), "utf8")),
};

const templates = (kind: "html" | "text") =>
  readdirSync(path.join(emailDir, kind)).filter((name) => name.endsWith(".ftl"));

/** The files of a zip (a jar): name → contents, read from its central directory. */
function unzip(file: string): Map<string, () => Buffer> {
  const zip = readFileSync(file);
  let end = zip.length - 22;
  while (zip.readUInt32LE(end) !== 0x06054b50) end--;
  const entries = new Map<string, () => Buffer>();
  let at = zip.readUInt32LE(end + 16);
  for (let count = zip.readUInt16LE(end + 10); count > 0; count--) {
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.toString("utf8", at + 46, at + 46 + nameLength);
    entries.set(name, () => {
      const data = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      const stored = zip.subarray(data, data + size);
      return method === 0 ? stored : inflateRawSync(stored);
    });
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return entries;
}

describe("the e-mail theme's messages", () => {
  it("are the same keys in French and in English, none empty, with the same placeholders", () => {
    expect([...messages.fr.keys()].sort()).toEqual([...messages.en.keys()].sort());
    const placeholders = (text: string) => [...new Set(text.match(/\{\d+/g) ?? [])].sort();
    for (const [key, french] of messages.fr) {
      const english = messages.en.get(key)!;
      expect(french, key).not.toBe("");
      expect(english, key).not.toBe("");
      expect(placeholders(english), key).toEqual(placeholders(french));
    }
  });

  it("write every apostrophe twice (MessageFormat)", () => {
    const single = /(^|[^'])'([^']|$)/;
    for (const [language, texts] of Object.entries(messages)) {
      for (const [key, text] of texts) expect(single.test(text), `${language} ${key}: ${text}`).toBe(false);
    }
  });

  it("hold every key the templates ask for", () => {
    const asked = new Set<string>();
    for (const kind of ["html", "text"] as const) {
      for (const name of templates(kind)) {
        const source = readFileSync(path.join(emailDir, kind, name), "utf8");
        for (const [, key] of source.matchAll(/msg\("([A-Za-z.]+)"/g)) asked.add(key!);
      }
    }
    // html/template.ftl's credentialChange builds these from the credential's type.
    asked.delete("siecEvent");
    for (const action of ["Update", "Remove"]) {
      for (const kind of ["Password", "Otp", "Passkey", "SecurityKey", "Other"]) asked.add(`siecEvent${action}${kind}`);
    }
    const missing = [...asked].filter((key) => !messages.fr.has(key) || !messages.en.has(key));
    expect(missing).toEqual([]);
  });
});

const themesJar = path.join(
  cacheDir,
  "keycloak",
  `keycloak-${keycloakVersion()}`,
  "lib",
  "lib",
  "main",
  `org.keycloak.keycloak-themes-${keycloakVersion()}.jar`,
);

describe.skipIf(!existsSync(themesJar))(`Keycloak ${keycloakVersion()}'s base e-mail theme`, () => {
  const base = existsSync(themesJar) ? unzip(themesJar) : new Map<string, () => Buffer>();
  const baseTemplates = (kind: "html" | "text") =>
    [...base.keys()]
      .filter((name) => name.startsWith(`theme/base/email/${kind}/`) && name.endsWith(".ftl"))
      .map((name) => path.basename(name));

  it("has no template the portal does not override, in HTML and in text", () => {
    expect(baseTemplates("html").length).toBeGreaterThan(10);
    for (const kind of ["html", "text"] as const) {
      const own = templates(kind);
      expect(baseTemplates(kind).filter((name) => !own.includes(name))).toEqual([]);
    }
  });

  it("has no subject the portal does not word, in French and in English", () => {
    const english = properties(base.get("theme/base/email/messages/messages_en.properties")!().toString("utf8"));
    const subjects = [...english.keys()].filter((key) => key.endsWith("Subject"));
    expect(subjects.length).toBeGreaterThan(10);
    for (const texts of Object.values(messages)) expect(subjects.filter((key) => !texts.has(key))).toEqual([]);
  });
});
