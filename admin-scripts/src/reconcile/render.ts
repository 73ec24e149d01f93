import { MASK, maskSecretValues } from "../config/variables";
import type { Change, FieldChange } from "../resource-kit/reconciler";

const SYMBOL = { create: "+", update: "~" } as const;

type Environment = Record<string, string | undefined>;

export function summarize(changes: Change[]): Record<Change["action"], number> {
  const count = (action: Change["action"]) => changes.filter((change) => change.action === action).length;
  return { create: count("create"), update: count("update") };
}

/**
 * The plan as a person reads it: per resource kind, each change with its fields before → after.
 * Secret fields are masked, and so are the values of the secret variables set in `environment`,
 * wherever they appear.
 */
export function renderPlan(changes: Change[], realm: string, environment: Environment = process.env): string {
  if (changes.length === 0) return `No changes: realm ${realm} matches realm-config/.`;
  const lines: string[] = [];
  let kind = "";
  for (const change of maskSecretValues(changes, environment)) {
    if (change.kind !== kind) {
      kind = change.kind;
      lines.push("", kind);
    }
    lines.push(`  ${SYMBOL[change.action]} ${change.action} ${change.target}`);
    for (const field of change.fields) lines.push(`      ${renderField(field)}`);
  }
  const { create, update } = summarize(changes);
  lines.push("", `Plan: ${create} to create, ${update} to change.`);
  return lines.join("\n").trimStart();
}

function renderField(field: FieldChange): string {
  if (field.secret) return `${field.path}: ${MASK}`;
  if (field.before === undefined) return `${field.path}: ${show(field.after)}`;
  return `${field.path}: ${show(field.before)} → ${show(field.after)}`;
}

function show(value: unknown): string {
  if (value === undefined) return "(none)";
  return JSON.stringify(value);
}

/** The plan for machines (`plan --json`), masked as `renderPlan` masks it. */
export function planAsJson(changes: Change[], realm: string, environment: Environment = process.env): unknown {
  return {
    realm,
    summary: summarize(changes),
    changes: maskSecretValues(changes, environment).map(({ kind, target, action, fields }) => ({
      kind,
      target,
      action,
      fields: fields.map((field) =>
        field.secret
          ? { path: field.path, secret: true, before: MASK, after: MASK }
          : { path: field.path, before: field.before ?? null, after: field.after },
      ),
    })),
  };
}
