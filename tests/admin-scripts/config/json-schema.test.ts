import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { jsonSchemas, schemaComment } from "../../../admin-scripts/src/config/json-schema";
import { realmConfigDir } from "../../../stack/realm";

const schemaDir = path.join(realmConfigDir, "schema");

describe("the JSON Schemas of realm-config/", () => {
  it("are the ones the zod schemas give (run `npm run admin -- schema` after changing a schema)", () => {
    const generated = jsonSchemas();
    expect(readdirSync(schemaDir).sort()).toEqual([...generated.keys()].sort());
    for (const [file, schema] of generated) {
      expect(JSON.parse(readFileSync(path.join(schemaDir, file), "utf8")), file).toEqual(schema);
    }
  });

  it("are named on the first line of every realm-config file, for editors", () => {
    const files = readdirSync(realmConfigDir, { recursive: true, encoding: "utf8" }).filter((file) =>
      file.endsWith(".yaml"),
    );
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      expect(readFileSync(path.join(realmConfigDir, file), "utf8").split("\n")[0], file).toBe(
        schemaComment(file.split(path.sep).join("/")),
      );
    }
  });
});
