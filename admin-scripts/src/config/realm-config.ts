import { existsSync } from "node:fs";
import { readdir } from "node:fs/promises";
import path from "node:path";
import type { z } from "zod";
import { KINDS, type RealmConfig } from "../catalogue";
import type { AnyResourceKind } from "../resource-kit/resource";
import { checkCrossReferences } from "./cross-references";
import { ConfigError, loadYamlFile, type RealmConfigFile } from "./load";
import { InvalidRealmConfig, type Problem } from "./problems";
import { said, saidOfIssue, type Said } from "../messages/said";

/** A parsed and validated realm-config/ folder; every problem of every file is reported at once. */
export async function loadRealmConfig(
  directory: string,
  environment: Record<string, string | undefined> = process.env,
): Promise<RealmConfig> {
  const problems: Problem[] = [];
  const config: Record<string, unknown> = {};
  /** The file each kind was read from (a list of files for a folder), to locate later problems. */
  const sources = new Map<string, RealmConfigFile | RealmConfigFile[]>();

  async function parse(
    file: string,
    kind: Exclude<AnyResourceKind, { form: "part" }>,
  ): Promise<{ value: unknown; source: RealmConfigFile } | undefined> {
    let loaded: RealmConfigFile;
    try {
      loaded = await loadYamlFile(file, environment, {
        fileInConfig: path.relative(directory, file),
        secretFields: kind.secretFields ?? [],
      });
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      problems.push({ file: error.file, line: error.line, path: error.field, message: error.problem });
      return undefined;
    }
    const result = kind.schema.safeParse(loaded.content ?? {});
    if (result.success) return { value: result.data, source: loaded };
    for (const issue of closestIssues(result.error.issues)) {
      const keys = issue.code === "unrecognized_keys" ? issue.keys : [undefined];
      for (const key of keys) {
        const at = key === undefined ? issue.path : [...issue.path, key];
        problems.push({
          file: loaded.file,
          line: loaded.lineOf(at),
          path: at.join("."),
          message: key === undefined ? saidOfIssue(issue.message) : said("config.unknownSetting", { key: String(key) }),
        });
      }
    }
    return undefined;
  }

  for (const kind of KINDS) {
    if (kind.form === "file") {
      const file = path.join(directory, kind.file);
      if (!existsSync(file)) {
        if (kind.required)
          throw missingFile(file, said("config.missingFile", { file: kind.file, why: said(kind.required) }));
        continue;
      }
      const parsed = await parse(file, kind);
      if (parsed) sources.set(kind.key, parsed.source);
      config[kind.key] = parsed?.value;
    } else if (kind.form === "folder") {
      const folder = path.join(directory, kind.folder);
      const names = existsSync(folder) ? (await readdir(folder)).filter((name) => /\.ya?ml$/.test(name)).sort() : [];
      const parsed = await Promise.all(names.map((name) => parse(path.join(folder, name), kind)));
      sources.set(
        kind.key,
        parsed.map((item) => item?.source).filter((source) => source !== undefined),
      );
      config[kind.key] = parsed.map((item) => item?.value);
    }
  }

  if (problems.length === 0) {
    for (const { kind, path: at, message } of checkCrossReferences(KINDS, config)) {
      problems.push({
        ...locate(sources, kind, at),
        path: at.slice(kind.form === "folder" ? 1 : 0).join("."),
        message,
      });
    }
  }
  if (problems.length > 0) throw new InvalidRealmConfig(problems);
  return config as RealmConfig;
}

function missingFile(file: string, message: Said): InvalidRealmConfig {
  return new InvalidRealmConfig([{ file: path.relative(process.cwd(), file), line: 1, path: "", message }]);
}

/** The file and line of a value of `kind` at `at`; a folder's paths start with the file's index. */
function locate(
  sources: Map<string, RealmConfigFile | RealmConfigFile[]>,
  kind: AnyResourceKind,
  at: readonly PropertyKey[],
): Pick<Problem, "file" | "line"> {
  const source = sources.get(kind.form === "part" ? kind.partOf : kind.key);
  const file = Array.isArray(source) ? source[at[0] as number] : source;
  const inFile = Array.isArray(source) ? at.slice(1) : at;
  return file ? { file: file.file, line: file.lineOf(inFile) } : { file: "realm-config", line: 1 };
}

/**
 * The issues to show: a value that matches none of a union's shapes (a flow step, which is an
 * authenticator or a subflow) gets the issues of the shape it comes closest to, the one with the
 * fewest; when two come as close, the union's own message.
 */
function closestIssues(issues: readonly z.core.$ZodIssue[]): z.core.$ZodIssue[] {
  return issues.flatMap((issue) => {
    if (issue.code !== "invalid_union" || issue.errors.length === 0) return [issue];
    const [closest, next] = [...issue.errors].sort((a, b) => a.length - b.length);
    if (next && next.length === closest!.length) return [issue];
    return closestIssues(closest!.map((inner) => ({ ...inner, path: [...issue.path, ...inner.path] })));
  });
}
