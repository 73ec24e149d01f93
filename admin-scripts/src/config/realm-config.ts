import { existsSync } from "node:fs";
import { readdir } from "node:fs/promises";
import path from "node:path";
import type { z } from "zod";
import { clientScopesSchema } from "../client-scopes/schema";
import { clientSchema } from "../clients/schema";
import { flowsSchema } from "../flows/schema";
import { groupsSchema } from "../groups/schema";
import { lifespansSchema } from "../lifespans/schema";
import { passwordPolicySchema } from "../password-policy/schema";
import { realmSettingsSchema } from "../realm/schema";
import { requiredActionsSchema } from "../required-actions/schema";
import { rolesSchema } from "../roles/schema";
import { smtpSchema } from "../smtp/schema";
import { userProfileSchema } from "../user-profile/schema";
import { checkCrossReferences } from "./cross-references";
import { ConfigError, loadYamlFile, type RealmConfigFile } from "./load";

/** Each file of realm-config/ and the schema it follows; only realm.yaml is required. */
export const REALM_FILES = {
  realm: { file: "realm.yaml", schema: realmSettingsSchema },
  passwordPolicy: { file: "password-policy.yaml", schema: passwordPolicySchema },
  smtp: { file: "smtp.yaml", schema: smtpSchema },
  lifespans: { file: "lifespans.yaml", schema: lifespansSchema },
  requiredActions: { file: "required-actions.yaml", schema: requiredActionsSchema },
  userProfile: { file: "user-profile.yaml", schema: userProfileSchema },
  flows: { file: "flows.yaml", schema: flowsSchema },
  roles: { file: "roles.yaml", schema: rolesSchema },
  clientScopes: { file: "client-scopes.yaml", schema: clientScopesSchema },
  groups: { file: "groups.yaml", schema: groupsSchema },
} as const;

export const CLIENTS_DIRECTORY = "clients";

type Files = typeof REALM_FILES;
export type RealmConfig = { realm: z.output<Files["realm"]["schema"]> } & {
  [Key in Exclude<keyof Files, "realm">]?: z.output<Files[Key]["schema"]>;
} & { clients: z.output<typeof clientSchema>[] };

/** Where a problem is: the file, the line, and the path of the value inside the file. */
export interface Problem {
  file: string;
  line: number;
  path: string;
  message: string;
}

export class InvalidRealmConfig extends Error {
  constructor(readonly problems: Problem[]) {
    super(problems.map(formatProblem).join("\n"));
  }
}

export function formatProblem(problem: Problem): string {
  return `${problem.file}:${problem.line}: ${problem.path ? `${problem.path}: ` : ""}${problem.message}`;
}

/** A parsed and validated realm-config/ folder; every problem of every file is reported at once. */
export async function loadRealmConfig(
  directory: string,
  environment: Record<string, string | undefined> = process.env,
): Promise<RealmConfig> {
  const problems: Problem[] = [];
  const sources = new Map<object, RealmConfigFile>();

  async function parse<Schema extends z.ZodType>(file: string, schema: Schema): Promise<z.output<Schema> | undefined> {
    let loaded: RealmConfigFile;
    try {
      loaded = await loadYamlFile(file, environment);
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      problems.push({ file: error.file, line: error.line, path: "", message: error.problem });
      return undefined;
    }
    const result = schema.safeParse(loaded.content ?? {});
    if (!result.success) {
      for (const issue of result.error.issues) {
        const keys = issue.code === "unrecognized_keys" ? issue.keys : [undefined];
        for (const key of keys) {
          const at = key === undefined ? issue.path : [...issue.path, key];
          problems.push({
            file: loaded.file,
            line: loaded.lineOf(at),
            path: at.join("."),
            message: key === undefined ? issue.message : `unknown setting "${key}"`,
          });
        }
      }
      return undefined;
    }
    if (typeof result.data === "object" && result.data !== null) sources.set(result.data, loaded);
    return result.data;
  }

  const config: Record<string, unknown> = {};
  const realmFile = path.join(directory, REALM_FILES.realm.file);
  if (!existsSync(realmFile)) {
    throw new InvalidRealmConfig([
      {
        file: path.relative(process.cwd(), realmFile),
        line: 1,
        path: "",
        message: "realm.yaml is missing: it names the realm",
      },
    ]);
  }
  for (const [key, { file, schema }] of Object.entries(REALM_FILES)) {
    const full = path.join(directory, file);
    if (existsSync(full)) config[key] = await parse(full, schema as z.ZodType);
  }
  const clientsDirectory = path.join(directory, CLIENTS_DIRECTORY);
  const clientFiles = existsSync(clientsDirectory)
    ? (await readdir(clientsDirectory)).filter((name) => /\.ya?ml$/.test(name)).sort()
    : [];
  const clients = await Promise.all(clientFiles.map((name) => parse(path.join(clientsDirectory, name), clientSchema)));
  config.clients = clients;

  if (problems.length === 0) {
    const complete = config as RealmConfig;
    problems.push(...checkCrossReferences(complete, (value, at) => locate(sources, value, at)));
  }
  if (problems.length > 0) throw new InvalidRealmConfig(problems);
  return config as RealmConfig;
}

function locate(
  sources: Map<object, RealmConfigFile>,
  value: object,
  at: readonly PropertyKey[],
): Pick<Problem, "file" | "line"> {
  const source = sources.get(value);
  return source ? { file: source.file, line: source.lineOf(at) } : { file: "realm-config", line: 1 };
}
