import { MASK, maskSecretValues } from "../config/variables";
import type { Change, FieldChange } from "../resource-kit/reconciler";
import { CATALOGUE } from "../messages/catalogue";
import { say, t, type Said } from "../messages";
import { changeName, kindTitle, shownTarget } from "../resource-kit/names";
import type { Drift } from "../reconcile/plan";

const SYMBOL = { create: "+", update: "~", delete: "-" } as const;

type Environment = Record<string, string | undefined>;

export function summarize(changes: Change[]): Record<Change["action"], number> {
  const count = (action: Change["action"]) => changes.filter((change) => change.action === action).length;
  return { create: count("create"), update: count("update"), delete: count("delete") };
}

/**
 * The plan as a person reads it: per resource kind, each change with its fields before → after.
 * Secret fields are masked, and so are the values of the secret variables set in `environment`,
 * wherever they appear.
 */
export function renderPlan(changes: Change[], realm: string, environment: Environment = process.env): string {
  if (changes.length === 0) return t("plan.noChanges", { realm });
  const lines: string[] = [];
  let kind: Change["kind"] | undefined;
  for (const change of maskSecretValues(changes, environment)) {
    if (change.kind !== kind) {
      kind = change.kind;
      lines.push("", say(kindTitle(kind)));
    }
    lines.push(`  ${SYMBOL[change.action]} ${say(changeName(change))}`);
    for (const field of change.fields) lines.push(`      ${renderField(field)}`);
  }
  lines.push("", t("plan.summary", summarize(changes)));
  return lines.join("\n").trimStart();
}

/** The drift as a person reads it, one line per resource; empty when there is none. */
export function renderDrift(drift: Drift[]): string {
  if (drift.length === 0) return "";
  return [
    ...drift.map(
      (resource) =>
        `  ${t("plan.drift", { target: shownTarget(resource.target), created: describeCreation(resource) })}`,
    ),
    "",
    t("plan.driftSummary", { count: drift.length }),
  ].join("\n");
}

function describeCreation(resource: Drift): string {
  if (resource.created !== undefined)
    return t("plan.created", {
      time: new Date(resource.created)
        .toISOString()
        .replace("T", " ")
        .replace(/\.\d+Z$/, " UTC"),
    });
  if (resource.createdUnreadable) return t("plan.creationUnreadable", { reason: resource.createdUnreadable });
  return t("plan.noCreationRecord");
}

function renderField(field: FieldChange): string {
  if (field.secret) return `${field.path}: ${MASK}`;
  if (field.before === undefined) return `${field.path}: ${show(field.after)}`;
  return `${field.path}: ${show(field.before)} → ${show(field.after)}`;
}

function show(value: unknown): string {
  if (value === undefined) return t("plan.none");
  return JSON.stringify(spoken(value));
}

/** A code and its values, as engines put them in a field's value (a flow's subflow line). */
function isSaid(value: unknown): value is Said {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const { code, values, ...others } = value as Record<string, unknown>;
  return (
    typeof code === "string" &&
    Object.hasOwn(CATALOGUE.en, code) &&
    Object.keys(others).length === 0 &&
    (values === undefined || typeof values === "object")
  );
}

/** `value` with what it says worded in the run's language. */
function spoken(value: unknown): unknown {
  if (isSaid(value)) return say(value);
  if (Array.isArray(value)) return value.map(spoken);
  if (typeof value === "object" && value !== null)
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, spoken(inner)]));
  return value;
}

/** The plan for machines (`plan --json`), masked as `renderPlan` masks it, with the drift beside it. */
export function planAsJson(
  changes: Change[],
  realm: string,
  environment: Environment = process.env,
  drift: Drift[] = [],
): unknown {
  return {
    realm,
    summary: summarize(changes),
    drift: drift.map(({ kind, target, created, createdUnreadable }) => ({
      kind,
      target,
      created: created === undefined ? null : new Date(created).toISOString(),
      ...(createdUnreadable && { createdUnreadable: say(createdUnreadable) }),
    })),
    changes: maskSecretValues(changes, environment).map(({ kind, target, action, fields }) => ({
      kind,
      target,
      action,
      fields: fields.map((field) =>
        field.secret
          ? { path: field.path, secret: true, before: MASK, after: MASK }
          : { path: field.path, before: spoken(field.before) ?? null, after: spoken(field.after) },
      ),
    })),
  };
}
