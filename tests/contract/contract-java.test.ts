import { readFileSync } from "node:fs";
import {
  ACCOUNT_STATUS,
  ESTABLISHMENT_ACCOUNT,
  EXTENSION_ENDPOINTS,
  EXTENSION_FORM_FIELDS,
  UAI_PATTERN,
  USER_ATTRIBUTES,
  enumeration,
  listOf,
  optional,
  shape,
} from "@siec/contract";
import { describe, expect, it } from "vitest";
import { CONTRACT_JAVA_FILES, contractJava, contractJavaPath } from "../../build/contract-java";

const javaOf = (className: string) => contractJava(CONTRACT_JAVA_FILES.find((file) => file.className === className)!);

describe("the Java side of the contract", () => {
  it.each(CONTRACT_JAVA_FILES.map((file) => [file.className, file]))(
    "%s.java, checked in, is what the build generates from the contract now",
    (_, file) => {
      // If this fails, run `npm run build:theme` (it rewrites the files) and commit them.
      expect(readFileSync(contractJavaPath(file), "utf8")).toBe(contractJava(file));
    },
  );

  it("names the endpoints, form fields, attributes and the UAI pattern as constants, each in its module's class", () => {
    expect(javaOf("ExtensionEndpoints")).toContain(
      `public static final String PASSWORD_POLICY = "${EXTENSION_ENDPOINTS.passwordPolicy}";`,
    );
    expect(javaOf("ExtensionEndpoints")).toContain(
      `public static final String ROBOT_CHECK_FIELD = "${EXTENSION_FORM_FIELDS.robotCheck}";`,
    );
    expect(javaOf("ExtensionEndpoints")).not.toContain("ATTRIBUTE");
    expect(javaOf("Accounts")).toContain(
      `public static final String ETABLISSEMENT_ATTRIBUTE = "${USER_ATTRIBUTES.etablissement}";`,
    );
    expect(javaOf("Accounts")).toContain(`public static final String UAI_PATTERN = "${UAI_PATTERN}";`);
    expect(javaOf("AccountActivity")).toContain('public static final String SIGN_IN_DAY_TIME_ZONE = "Europe/Paris";');
    expect(javaOf("Accounts")).toMatch(/^\/\/ Generated from contract\/src\/accounts\.ts .*do not edit/);
  });

  it("writes each payload as a record and each set of values as an enum serialized as the contract's strings", () => {
    const payloads = javaOf("Payloads");
    expect(payloads).toContain(
      "public record EstablishmentAccount(String email, String firstName, String lastName, AccountStatus status, boolean principal, boolean self) {}",
    );
    expect(payloads).toContain("public record Establishment(String uai, List<EstablishmentAccount> accounts) {}");
    for (const value of ACCOUNT_STATUS.values)
      expect(payloads).toContain(`${value.toUpperCase().replace(/-/g, "_")}(${JSON.stringify(value)})`);
    expect(ESTABLISHMENT_ACCOUNT.fields.status).toBe(ACCOUNT_STATUS);
  });

  it("maps optional fields to nullable Java types and lists to List", () => {
    const file = {
      className: "Example",
      from: "a test",
      summary: "An example.",
      types: [
        enumeration("Colour", ["dark-blue"]),
        shape("Example", {
          count: optional("number"),
          done: optional("boolean"),
          names: listOf("string"),
          attributes: "string-lists",
        }),
      ],
    };
    const java = contractJava(file);
    expect(java).toContain('DARK_BLUE("dark-blue");');
    expect(java).toContain(
      "public record Example(Long count, Boolean done, List<String> names, Map<String, List<String>> attributes) {}",
    );
  });
});
