import { mkdtemp, mkdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, loadRealmConfigFiles, loadYamlFile } from "../../../admin-scripts/src/config/load";
import { realmConfigDir } from "../../../stack/realm";

async function yamlFile(content: string): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "realm-config-"));
  const file = path.join(dir, "realm.yaml");
  await writeFile(file, content);
  return file;
}

describe("loadYamlFile", () => {
  it("substitutes variables in string values only, keeping YAML types", async () => {
    const file = await yamlFile('realm: siec\nenabled: true\nsmtpServer:\n  host: "${SMTP_HOST:-localhost}"\n');
    const { content } = await loadYamlFile(file, {});
    expect(content).toEqual({ realm: "siec", enabled: true, smtpServer: { host: "localhost" } });
  });

  it("keeps YAML-significant characters of a value as they are", async () => {
    const file = await yamlFile("password: ${SMTP_PASSWORD}\n");
    const { content } = await loadYamlFile(file, { SMTP_PASSWORD: "a: #b, [c]" });
    expect(content).toEqual({ password: "a: #b, [c]" });
  });

  it("names file and line of an undefined variable", async () => {
    const file = await yamlFile("realm: siec\nsmtpServer:\n  password: ${SMTP_PASSWORD}\n");
    const error = await loadYamlFile(file, {}).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ConfigError);
    expect(error).toMatchObject({ line: 3 });
    expect((error as Error).message).toMatch(/realm\.yaml:3: \$\{SMTP_PASSWORD\} is not set/);
  });

  it("names file and line of a YAML syntax error", async () => {
    const file = await yamlFile("realm: siec\nclients: [a, b\nenabled: true\n");
    await expect(loadYamlFile(file, {})).rejects.toThrow(/realm\.yaml:\d+: invalid YAML/);
  });
});

describe("the project's realm-config/", () => {
  it("loads with the dev defaults alone", async () => {
    const { realm, clients } = await loadRealmConfigFiles(realmConfigDir, {});
    expect(realm.content).toMatchObject({ realm: "siec", loginTheme: "siec", emailTheme: "siec" });
    expect(clients.map((client) => (client.content as { clientId: string }).clientId).sort()).toEqual([
      "basa",
      "basics",
      "dexco",
      "dpecotheque",
      "eabsence",
    ]);
  });

  it("takes per-environment values from variables", async () => {
    const { realm } = await loadRealmConfigFiles(realmConfigDir, { SMTP_HOST: "smtp.siec.example" });
    expect(realm.content).toMatchObject({ smtpServer: { host: "smtp.siec.example" } });
  });
});

describe("loadRealmConfigFiles", () => {
  it("accepts a folder without clients", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "realm-config-"));
    await writeFile(path.join(dir, "realm.yaml"), "realm: empty\n");
    await mkdir(path.join(dir, "other"));
    const { clients } = await loadRealmConfigFiles(dir, {});
    expect(clients).toEqual([]);
  });
});
