import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import {
  ACTIVITY_ATTRIBUTES,
  CLIENT_ATTRIBUTES,
  EXTENSION_ENDPOINTS,
  EXTENSION_FORM_FIELDS,
  INVITATION_PENDING,
  INVITATION_QUERY_PARAMETER,
  OPERATOR_ROLE,
  SIGN_IN_DAY_TIME_ZONE,
  USER_ATTRIBUTES,
} from "@siec/contract";

/**
 * The extension's endpoint ids in Java, generated from the contract so that the Keycloak
 * extension serves the paths the theme and the CLI call. Checked in; the jar build rewrites it,
 * and tests/contract/extension-endpoints.test.ts fails when it is stale.
 */
export const extensionEndpointsJavaPath = fileURLToPath(
  new URL("../extension/src/main/java/fr/siec/portail/ExtensionEndpoints.java", import.meta.url),
);

/** The Java file as the contract says it now. */
export function extensionEndpointsJava(
  endpoints: Record<string, string> = EXTENSION_ENDPOINTS,
  formFields: Record<string, string> = EXTENSION_FORM_FIELDS,
  clientAttributes: Record<string, string> = CLIENT_ATTRIBUTES,
  userAttributes: Record<string, string> = { ...USER_ATTRIBUTES, ...ACTIVITY_ATTRIBUTES },
): string {
  const constant = (name: string, value: string) =>
    `  public static final String ${constantName(name)} = ${JSON.stringify(value)};`;
  const constants = [
    ...Object.entries(endpoints).map(([name, id]) => constant(name, id)),
    ...Object.entries(formFields).map(([name, field]) => constant(`${name}Field`, field)),
    ...Object.entries(clientAttributes).map(([name, attribute]) => constant(`${name}Attribute`, attribute)),
    ...Object.entries(userAttributes).map(([name, attribute]) => constant(`${name}UserAttribute`, attribute)),
    constant("signInDayTimeZone", SIGN_IN_DAY_TIME_ZONE),
    constant("invitationPending", INVITATION_PENDING),
    constant("operatorRole", OPERATOR_ROLE),
    constant("invitationQueryParameter", INVITATION_QUERY_PARAMETER),
  ];
  return [
    "// Generated from contract/src/extension-endpoints.ts by build/extension-endpoints-java.ts, do not edit.",
    "package fr.siec.portail;",
    "",
    "/** The ids of the extension's REST resources, form fields, client and user attributes: what the theme and the admin CLI use. */",
    "public final class ExtensionEndpoints {",
    ...constants,
    "",
    "  private ExtensionEndpoints() {}",
    "}",
    "",
  ].join("\n");
}

/** Writes the Java file when it differs from what the contract says; true when it did. */
export function writeExtensionEndpointsJava(): boolean {
  const expected = extensionEndpointsJava();
  let current: string | undefined;
  try {
    current = readFileSync(extensionEndpointsJavaPath, "utf8");
  } catch {
    current = undefined;
  }
  if (current === expected) return false;
  writeFileSync(extensionEndpointsJavaPath, expected);
  return true;
}

/** `passwordPolicy` → `PASSWORD_POLICY`. */
function constantName(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toUpperCase();
}
