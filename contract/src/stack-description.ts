/**
 * What `.cache/stack.json` says of the stack `npm start` runs: written once it is up (readable by
 * its owner only: it holds the admin's password), removed when it stops. The CLI uses it when no
 * KEYCLOAK_URL is set.
 */
export interface StackDescription {
  keycloak: {
    /** The one URL: the proxy in front of the nodes, or the only node. */
    url: string;
    admin: { username: string; password: string };
    nodes: { pid: number; url: string; managementUrl: string }[];
    database: { kind: "h2" | "postgres"; url: string };
  };
  mail: { inboxUrl: string; smtpPort: number };
  /**
   * The values of realm-config's variables the stack applied it with (the apps' URLs on its ports,
   * its SMTP server…): the CLI reads realm-config with them too, unless its environment sets them.
   */
  realmConfigVariables: Record<string, string>;
}

/** Where the stack describes itself, from the repository's root. */
export const STACK_DESCRIPTION_FILE = ".cache/stack.json";
