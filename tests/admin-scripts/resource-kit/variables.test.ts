import { describe, expect, it } from "vitest";
import {
  UndefinedVariableError,
  escapeVariables,
  substituteVariables,
  variableReference,
  variablesIn,
} from "../../../admin-scripts/src/resource-kit/variables";

describe("substituteVariables", () => {
  const environment = { SMTP_HOST: "smtp.example.org", EMPTY: "" };

  it("replaces a defined variable", () => {
    expect(substituteVariables("host=${SMTP_HOST}", environment)).toBe("host=smtp.example.org");
  });

  it("uses the default when the variable is unset or empty, as a shell does", () => {
    expect(substituteVariables("${SMTP_PORT:-1025}", environment)).toBe("1025");
    expect(substituteVariables("${EMPTY:-fallback}", environment)).toBe("fallback");
    expect(substituteVariables("${MISSING:-}", environment)).toBe("");
  });

  it("keeps several references and the text around them", () => {
    expect(substituteVariables("${SMTP_HOST}:${SMTP_PORT:-25}/x", environment)).toBe("smtp.example.org:25/x");
  });

  it("writes $${ as a literal ${", () => {
    expect(substituteVariables("$${SMTP_HOST}", environment)).toBe("${SMTP_HOST}");
  });

  it("names an undefined variable without default", () => {
    expect(() => substituteVariables("${SMTP_PASSWORD}", environment)).toThrow(UndefinedVariableError);
    expect(() => substituteVariables("${SMTP_PASSWORD}", environment)).toThrow(
      expect.objectContaining({ said: { code: "variables.unset", values: { variable: "SMTP_PASSWORD" } } }),
    );
  });

  it("leaves text that is not a reference alone", () => {
    expect(substituteVariables("cost: 5$ {x} $HOME", environment)).toBe("cost: 5$ {x} $HOME");
  });
});

describe("variablesIn", () => {
  it("names each variable a value reads, with or without default, and none for $${", () => {
    expect(variablesIn("${BASA_URL:-http://localhost}/x ${SMTP_HOST} $${HOME} $HOME")).toEqual([
      "BASA_URL",
      "SMTP_HOST",
    ]);
  });
});

describe("escapeVariables", () => {
  it("writes values so that substitution reads them back unchanged", () => {
    const written = escapeVariables({
      displayName: "${email}",
      list: ["a${b}"],
      password: variableReference("SMTP_PASSWORD"),
    }) as {
      displayName: string;
      list: string[];
      password: string;
    };
    expect(written).toEqual({ displayName: "$${email}", list: ["a$${b}"], password: "${SMTP_PASSWORD}" });
    expect(substituteVariables(written.displayName, {})).toBe("${email}");
    expect(substituteVariables(written.password, { SMTP_PASSWORD: "s3cret" })).toBe("s3cret");
  });
});
