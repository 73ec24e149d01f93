import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, loadYamlFile } from "../../../admin-scripts/src/config/load";
import { said, words } from "../../support/cli-messages";

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
    const file = await yamlFile("host: ${SMTP_HOST}\n");
    const { content } = await loadYamlFile(file, { SMTP_HOST: "a: #b, [c]" });
    expect(content).toEqual({ host: "a: #b, [c]" });
  });

  it("names file, line and field of an undefined variable", async () => {
    const file = await yamlFile("realm: siec\nsmtpServer:\n  host: ${SMTP_HOST}\n");
    const error = await loadYamlFile(file, {}).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ConfigError);
    expect(error).toMatchObject({ line: 3, field: "smtpServer.host" });
    expect((error as ConfigError).file).toMatch(/realm\.yaml$/);
    expect(words((error as ConfigError).problem)).toMatch(said("variables.unset", { variable: "SMTP_HOST" }));
  });

  it("reads a secret variable in a field its kind declares secret, and nowhere else", async () => {
    const rules = { fileInConfig: "smtp.yaml", secretFields: ["authentication.password"] };
    const file = await yamlFile("authentication:\n  password: ${SMTP_PASSWORD}\n");
    expect((await loadYamlFile(file, { SMTP_PASSWORD: "s3cret" }, rules)).content).toEqual({
      authentication: { password: "s3cret" },
    });
    const elsewhere = await yamlFile("servers:\n  - name: x\n    password: ${SMTP_PASSWORD}\n");
    await expect(loadYamlFile(elsewhere, { SMTP_PASSWORD: "s3cret" }, rules)).rejects.toMatchObject({
      line: 3,
      field: "servers.0.password",
      problem: {
        code: "variables.secretInPublicField",
        values: expect.objectContaining({ reference: "${SMTP_PASSWORD}" }),
      },
    });
  });

  it("refuses a variable it may not read before substituting any, set or not", async () => {
    const file = await yamlFile('name: "$${HOME} is written as is"\ndescription: "${HOME:-}"\n');
    const error = (await loadYamlFile(file, {}).catch((caught: unknown) => caught)) as ConfigError;
    expect(error).toMatchObject({ line: 2, field: "description" });
    expect(words(error.problem)).toMatch(said("variables.unknown", { reference: "${HOME}" }));
  });

  it("names file and line of a YAML syntax error", async () => {
    const file = await yamlFile("realm: siec\nclients: [a, b\nenabled: true\n");
    const error = (await loadYamlFile(file, {}).catch((caught: unknown) => caught)) as ConfigError;
    expect(error.file).toMatch(/realm\.yaml$/);
    expect(words(error.problem)).toMatch(said("config.invalidYaml"));
  });
});

describe("lineOf", () => {
  it("finds the line of a nested value, or of its nearest written parent", async () => {
    const file = await yamlFile("realm: siec\nlogin:\n  verifyEmail: true\nclients:\n  - a\n  - b\n");
    const loaded = await loadYamlFile(file, {});
    expect(loaded.lineOf(["login", "verifyEmail"])).toBe(3);
    expect(loaded.lineOf(["clients", 1])).toBe(6);
    expect(loaded.lineOf(["login", "missing"])).toBe(2);
  });
});
