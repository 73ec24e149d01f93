import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  APP_URLS,
  REALM_CONFIG_VARIABLES,
  appUrlVariable,
  maskSecretValues,
  refusalOf,
  secretValues,
  variableValues,
} from "../../../admin-scripts/src/config/variables";
import { repoRoot } from "../../../stack/paths";
import { realmConfigDir } from "../../../stack/realm";
import { said, saying, words } from "../../support/cli-messages";

describe("refusalOf", () => {
  it("lets a public field read a declared public variable, and its own app's address", () => {
    expect(refusalOf("SMTP_HOST", "smtp.yaml", false)).toBeUndefined();
    expect(refusalOf("INVITATION_LIFESPAN", "lifespans.yaml", false)).toBeUndefined();
    expect(refusalOf("EXEMPLE_SERVEUR_URL", "clients/exemple-serveur.yaml", false)).toBeUndefined();
  });

  it("lets a secret variable be read in a secret field only", () => {
    expect(refusalOf("SMTP_PASSWORD", "smtp.yaml", true)).toBeUndefined();
    expect(words(refusalOf("SMTP_PASSWORD", "smtp.yaml", false))).toBe(
      saying("variables.secretInPublicField", {
        reference: "${SMTP_PASSWORD}",
        sets: saying("variable.smtpPassword"),
      }),
    );
  });

  it.each(["KEYCLOAK_ADMIN_PASSWORD", "KEYCLOAK_CLIENT_SECRET", "GITHUB_TOKEN", "AWS_ACCESS_KEY_ID", "API_KEY"])(
    "refuses %s, a secret by its name, in a public field",
    (name) => {
      expect(words(refusalOf(name, "realm.yaml", false))).toBe(
        saying("variables.looksSecret", { reference: `\${${name}}` }),
      );
    },
  );

  it("refuses an app's address whose name looks like a secret", () => {
    expect(appUrlVariable("clients/api-token.yaml")).toBe("API_TOKEN_URL");
    expect(words(refusalOf("API_TOKEN_URL", "clients/api-token.yaml", false))).toBe(
      saying("variables.looksSecret", { reference: "${API_TOKEN_URL}" }),
    );
  });

  it("refuses any undeclared variable, even in a secret field, saying which this file may read", () => {
    expect(words(refusalOf("HOME", "clients/basa.yaml", false))).toBe(
      saying("variables.unknown", {
        reference: "${HOME}",
        names:
          "SMTP_HOST, SMTP_PORT, SMTP_STARTTLS, SMTP_SSL, SMTP_USER, SMTP_PASSWORD, INVITATION_LIFESPAN, PROCONNECT_ENABLED, PROCONNECT_ISSUER, PROCONNECT_CLIENT_ID, PROCONNECT_CLIENT_SECRET, BASA_URL",
      }),
    );
    expect(words(refusalOf("BASA_URL", "smtp.yaml", false))).toMatch(
      said("variables.unknown", { reference: "${BASA_URL}" }),
    );
    expect(words(refusalOf("BASA_URL", "smtp.yaml", false))).toContain("<APP>_URL");
    expect(words(refusalOf("OTHER_PASSWORD", "smtp.yaml", true))).toMatch(said("variables.unknown"));
  });
});

describe("appUrlVariable", () => {
  it("names the address of the app of a file of clients/, and of no other file", () => {
    expect(appUrlVariable("clients/basa.yaml")).toBe("BASA_URL");
    expect(appUrlVariable("clients/mon-app.yml")).toBe("MON_APP_URL");
    expect(appUrlVariable("smtp.yaml")).toBeUndefined();
    expect(appUrlVariable("clients/sub/basa.yaml")).toBeUndefined();
  });
});

describe("maskSecretValues", () => {
  const environment = { SMTP_PASSWORD: "hunter22", SMTP_HOST: "smtp.example.org" };

  it("replaces a secret variable's value in every string of a value, and nothing else", () => {
    expect(
      maskSecretValues({ a: ["x hunter22 y"], b: { c: "hunter22" }, d: 3, e: "smtp.example.org" }, environment),
    ).toEqual({ a: ["x (secret) y"], b: { c: "(secret)" }, d: 3, e: "smtp.example.org" });
  });

  it("leaves everything as it is when no secret variable is set", () => {
    expect(maskSecretValues("hunter22", { SMTP_PASSWORD: "" })).toBe("hunter22");
    expect(secretValues({ SMTP_HOST: "x" })).toEqual([]);
  });
});

describe("variableValues", () => {
  it("keeps the values the environment gives realm-config's variables, and no other", async () => {
    const environment = {
      DPECOTHEQUE_URL: "http://localhost:5273",
      SMTP_PORT: "2525",
      SMTP_HOST: "",
      KEYCLOAK_URL: "http://localhost:8180",
      HOME: "/root",
    };
    expect(await variableValues(realmConfigDir, environment)).toEqual({
      DPECOTHEQUE_URL: "http://localhost:5273",
      SMTP_PORT: "2525",
    });
  });
});

describe("the README", () => {
  it("lists every realm-config variable as declared, secret or not", async () => {
    const readme = await readFile(path.join(repoRoot, "README.md"), "utf8");
    const rows = [...readme.matchAll(/^\| `([A-Z_<>]+)` +\| (yes|no) +\|/gm)].map(([, name, secret]) => [name, secret]);
    expect(rows).toEqual([
      ...REALM_CONFIG_VARIABLES.map((variable) => [variable.name, variable.secret ? "yes" : "no"]),
      [APP_URLS, "no"],
    ]);
  });
});
