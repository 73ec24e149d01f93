import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import {
  ACCOUNT_STATUS,
  ACTIVITY_ATTRIBUTES,
  DELEGATION_CHANGE,
  CLIENT_ATTRIBUTES,
  DIRECTORY_ACCOUNT,
  ESTABLISHMENT,
  ESTABLISHMENT_ACCOUNT,
  ESTABLISHMENT_ADDITION,
  ESTABLISHMENT_INVITATION_ANSWER,
  ESTABLISHMENT_INVITATION_SUMMARY,
  ESTABLISHMENT_REFUSAL,
  ESTABLISHMENT_REFUSED,
  EXTENSION_ENDPOINTS,
  EXTENSION_FORM_FIELDS,
  INACTIVITY_WARNING,
  INVITATION_PENDING,
  INVITATION_QUERY_PARAMETER,
  MY_APP,
  OPERATOR_ADDRESS_REFUSAL,
  OPERATOR_ROLE,
  PASSWORD_POLICY_ANSWER,
  PORTAL_METRICS,
  PORTAL_METRIC_LABELS,
  PROCONNECT,
  PROFILE_CANDIDATE,
  PROFILE_CHECK_LOCALE_PARAMETER,
  PROFILE_REFUSAL,
  ROBOT_CHALLENGE,
  ROBOT_CHECKED_FORM,
  SIGN_IN_DAY_TIME_ZONE,
  UAI_PATTERN,
  USER_ATTRIBUTES,
  type Enumeration,
  type Field,
  type Shape,
} from "@siec/contract";

/**
 * The Java side of the contract, generated so that the Keycloak extension names the paths,
 * attributes and values the theme and the CLI use, and reads and writes the JSON they type: one
 * class per contract module for its constants, and Payloads.java for the enums and records of the
 * extension's requests and answers. Checked in; the jar build rewrites them, and
 * tests/contract/contract-java.test.ts fails when one is stale.
 */
interface JavaFile {
  className: string;
  /** The contract module(s) it comes from, named in its header. */
  from: string;
  summary: string;
  constants?: Record<string, string>;
  types?: (Enumeration | Shape)[];
}

const suffixed = (values: Record<string, string>, suffix: string) =>
  Object.fromEntries(Object.entries(values).map(([name, value]) => [`${name}${suffix}`, value]));

export const CONTRACT_JAVA_FILES: JavaFile[] = [
  {
    className: "ExtensionEndpoints",
    from: "contract/src/extension-endpoints.ts",
    summary: "The ids of the extension's REST resources, their query parameters and the form fields it reads.",
    constants: {
      ...EXTENSION_ENDPOINTS,
      ...suffixed(EXTENSION_FORM_FIELDS, "Field"),
      invitationQueryParameter: INVITATION_QUERY_PARAMETER,
      profileCheckLocaleParameter: PROFILE_CHECK_LOCALE_PARAMETER,
    },
  },
  {
    className: "ClientAttributes",
    from: "contract/src/client-attributes.ts",
    summary: "The client attributes an SIEC app sets for the theme.",
    constants: CLIENT_ATTRIBUTES,
  },
  {
    className: "Accounts",
    from: "contract/src/accounts.ts",
    summary: "The user attributes of an SIEC account and the values they take.",
    constants: {
      ...suffixed(USER_ATTRIBUTES, "Attribute"),
      invitationPending: INVITATION_PENDING,
      uaiPattern: UAI_PATTERN,
    },
  },
  {
    className: "AccountActivity",
    from: "contract/src/account-activity.ts",
    summary:
      "When accounts were last used: the attributes the extension records, the day's time zone, who is never disabled.",
    constants: {
      ...suffixed(ACTIVITY_ATTRIBUTES, "Attribute"),
      signInDayTimeZone: SIGN_IN_DAY_TIME_ZONE,
      operatorRole: OPERATOR_ROLE,
    },
  },
  {
    className: "PortalMetricNames",
    from: "contract/src/portal-metrics.ts",
    summary: "The portal's own counters in Keycloak's metrics: their names, labels and label values.",
    constants: {
      ...PORTAL_METRICS,
      ...suffixed(PORTAL_METRIC_LABELS, "Label"),
      operatorAddressRefusal: OPERATOR_ADDRESS_REFUSAL,
    },
    types: [ROBOT_CHECKED_FORM, DELEGATION_CHANGE],
  },
  {
    className: "ProConnect",
    from: "contract/src/proconnect.ts",
    summary: "The portal's ProConnect broker: its provider type and configuration keys.",
    constants: PROCONNECT,
  },
  {
    className: "Payloads",
    from: "contract/src/{accounts,account-activity,establishment,extension-endpoints,profile-check}.ts",
    summary: "The JSON the extension reads and writes, as the theme and the CLI type it.",
    types: [
      ACCOUNT_STATUS,
      DIRECTORY_ACCOUNT,
      INACTIVITY_WARNING,
      ESTABLISHMENT_ACCOUNT,
      ESTABLISHMENT,
      ESTABLISHMENT_ADDITION,
      ESTABLISHMENT_REFUSAL,
      ESTABLISHMENT_REFUSED,
      ESTABLISHMENT_INVITATION_SUMMARY,
      ESTABLISHMENT_INVITATION_ANSWER,
      PASSWORD_POLICY_ANSWER,
      ROBOT_CHALLENGE,
      MY_APP,
      PROFILE_CANDIDATE,
      PROFILE_REFUSAL,
    ],
  },
];

export function contractJavaPath(file: JavaFile): string {
  return fileURLToPath(new URL(`../extension/src/main/java/fr/siec/portail/${file.className}.java`, import.meta.url));
}

/** The Java file as the contract says it now. */
export function contractJava(file: JavaFile): string {
  const constants = Object.entries(file.constants ?? {}).map(
    ([name, value]) => `  public static final String ${constantName(name)} = ${JSON.stringify(value)};`,
  );
  const types = (file.types ?? []).flatMap((type) => [
    "",
    ...(type.kind === "enum" ? javaEnum(type) : javaRecord(type)),
  ]);
  const imports = file.types?.length
    ? ["import com.fasterxml.jackson.annotation.JsonValue;", "import java.util.List;", "import java.util.Map;", ""]
    : [];
  return [
    `// Generated from ${file.from} by build/contract-java.ts, do not edit.`,
    "package fr.siec.portail;",
    "",
    ...imports,
    `/** ${file.summary} */`,
    `public final class ${file.className} {`,
    ...constants,
    ...types,
    "",
    `  private ${file.className}() {}`,
    "}",
    "",
  ].join("\n");
}

/** Constants that serialize as the contract's strings. */
function javaEnum({ name, values }: Enumeration): string[] {
  return [
    `  public enum ${name} {`,
    `    ${values.map((value) => `${constantName(value)}(${JSON.stringify(value)})`).join(",\n    ")};`,
    "",
    "    private final String json;",
    "",
    `    ${name}(String json) {`,
    "      this.json = json;",
    "    }",
    "",
    "    @JsonValue",
    "    public String json() {",
    "      return json;",
    "    }",
    "  }",
  ];
}

/** Optional fields are null when absent (Keycloak writes no null field). */
function javaRecord({ name, fields }: Shape): string[] {
  const components = Object.entries(fields).map(([field, type]) => `${javaType(type)} ${field}`);
  return [`  public record ${name}(${components.join(", ")}) {}`];
}

function javaType(field: Field, boxed = false): string {
  if (typeof field === "string") {
    switch (field) {
      case "string":
        return "String";
      case "boolean":
        return boxed ? "Boolean" : "boolean";
      case "number":
        return boxed ? "Long" : "long";
      case "string-lists":
        return "Map<String, List<String>>";
    }
  }
  switch (field.kind) {
    case "enum":
    case "shape":
      return field.name;
    case "list":
      return `List<${javaType(field.of, true)}>`;
    case "optional":
      return javaType(field.of, true);
  }
}

/** Writes the Java files that differ from what the contract says; the names of those it wrote. */
export function writeContractJava(): string[] {
  return CONTRACT_JAVA_FILES.filter((file) => {
    const expected = contractJava(file);
    let current: string | undefined;
    try {
      current = readFileSync(contractJavaPath(file), "utf8");
    } catch {
      current = undefined;
    }
    if (current === expected) return false;
    writeFileSync(contractJavaPath(file), expected);
    return true;
  }).map((file) => `${file.className}.java`);
}

/** `passwordPolicy` → `PASSWORD_POLICY`, `invitation-pending` → `INVITATION_PENDING`. */
function constantName(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .replace(/-/g, "_")
    .toUpperCase();
}
