import { statSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { requireOneOf } from "@siec/contract";
import { toPolicyString } from "../../../admin-scripts/src/password-policy/policy-string";
import { generatePassword, TemporaryPasswordsFile } from "../../../admin-scripts/src/users/temporary-passwords";

const SIEC = toPolicyString({
  minimumLength: 12,
  upperCase: 1,
  lowerCase: 1,
  digits: 1,
  specialCharacters: { count: 1, allowed: "$@%*+-_!" },
});

describe("generatePassword", () => {
  it("meets every rule of the SIEC policy, every time", () => {
    for (let index = 0; index < 500; index++) {
      const password = generatePassword(SIEC);
      expect(password.length).toBeGreaterThanOrEqual(16);
      expect(password).toMatch(/[A-Z]/);
      expect(password).toMatch(/[a-z]/);
      expect(password).toMatch(/\d/);
      expect(password).toMatch(new RegExp(requireOneOf("$@%*+-_!")));
    }
  });

  it("follows a stricter policy", () => {
    const password = generatePassword(
      toPolicyString({ minimumLength: 24, upperCase: 3, digits: 4, specialCharacters: { count: 2 } }),
    );
    expect(password).toHaveLength(24);
    expect(password.match(/[A-Z]/g)!.length).toBeGreaterThanOrEqual(3);
    expect(password.match(/\d/g)!.length).toBeGreaterThanOrEqual(4);
  });
});

describe("TemporaryPasswordsFile", () => {
  const account = (email: string) => ({
    line: 2,
    email,
    firstName: "Zoé",
    lastName: "Lefèvre",
    etablissements: [],
    groups: [],
  });

  it("is readable by its owner only, and reuses the passwords it holds when opened again", async () => {
    const file = path.join(await mkdtemp(path.join(tmpdir(), "passwords-")), "mots-de-passe.csv");
    const first = await (await TemporaryPasswordsFile.open(file)).passwordsFor([account("a@x.fr")], SIEC);
    expect(statSync(file).mode & 0o777).toBe(0o600);

    const again = await (
      await TemporaryPasswordsFile.open(file)
    ).passwordsFor([account("a@x.fr"), account("b@x.fr")], SIEC);
    expect(again.get("a@x.fr")).toBe(first.get("a@x.fr"));
    expect(again.get("b@x.fr")).not.toBe(first.get("a@x.fr"));
    const lines = (await readFile(file, "utf8")).trim().split("\n");
    expect(lines[0]).toBe("email;prénom;nom;mot de passe temporaire");
    expect(lines).toHaveLength(3);
  });
});
