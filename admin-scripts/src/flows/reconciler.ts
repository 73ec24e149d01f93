import type AuthenticationExecutionInfoRepresentation from "@keycloak/keycloak-admin-client/lib/defs/authenticationExecutionInfoRepresentation";
import type AuthenticationFlowRepresentation from "@keycloak/keycloak-admin-client/lib/defs/authenticationFlowRepresentation";
import type KeycloakAdminClient from "@keycloak/keycloak-admin-client";
import { sameValue } from "../resource-kit/diff";
import { MANAGED_BY, markerOf } from "../resource-kit/managed";
import type { PlannedChange, Reconciler } from "../resource-kit/reconciler";
import type { Flow, Flows, Step, SubflowStep } from "./schema";
import { targetOf } from "../resource-kit/names";
import { said, type Said } from "../messages/said";

interface LiveFlow {
  /** Its description as flows.yaml writes it, without the marker. */
  flow: AuthenticationFlowRepresentation;
  steps: Step[];
  managed: boolean;
  /** Its marker was written before the marker named its flow: plan rewrites it to name this one. */
  bare?: boolean;
}

/**
 * Flows have no attributes (AuthenticationFlowRepresentation: id, alias, description, providerId,
 * topLevel, builtIn), so a flow apply created carries the marker at the end of its description,
 * where the admin console shows it: `[siec.managed-by: realm-config:<alias>]`, naming the flow it
 * was written for, since the console's "Duplicate" copies the description (a copy is drift, never
 * a deletion). A record kept elsewhere (say, a realm attribute listing the flows) would outlive a
 * flow deleted by hand, and mark another made by hand under the same alias.
 */
const flowMarker = (alias: string) => `[${MANAGED_BY.attribute}: ${markerOf(alias)}]`;
/** How every marker starts: this flow's, a copied one's, or one naming no flow (before markers did). */
const MARKER_START = `[${MANAGED_BY.attribute}: ${MANAGED_BY.value}`;

export function markedDescription(description: string, alias: string): string {
  return description ? `${description} ${flowMarker(alias)}` : flowMarker(alias);
}

/**
 * A live flow's description as flows.yaml writes it (without any marker), and whether it carries
 * the marker written for this flow, `alias`.
 */
export function readDescription(
  live: string | undefined,
  alias: string,
): { description: string; managed: boolean; bare?: boolean } {
  const description = live ?? "";
  const at = description.lastIndexOf(MARKER_START);
  // The name the marker gives after `realm-config`: `:<alias>`, or nothing in a marker naming no flow.
  const named = description.slice(at + MARKER_START.length, -1);
  const isMarker =
    at >= 0 && description.endsWith("]") && (at === 0 || description[at - 1] === " ") && /^(?::.*)?$/s.test(named);
  if (!isMarker) return { description, managed: false };
  const without = description.slice(0, Math.max(at - 1, 0));
  return named === ""
    ? { description: without, managed: false, bare: true }
    : { description: without, managed: named === `:${alias}` };
}

const flowTarget = (alias: string) => targetOf("flow", alias);

/** Every execution of a flow, its subflows' included, in order, each with its `level` of nesting. */
async function readExecutions(
  api: KeycloakAdminClient,
  realm: string,
  alias: string,
): Promise<AuthenticationExecutionInfoRepresentation[]> {
  return api.authenticationManagement.getExecutions({ realm, flow: alias });
}

/** The executions of the flow itself, not of its subflows. */
async function ownExecutions(api: KeycloakAdminClient, realm: string, alias: string) {
  return (await readExecutions(api, realm, alias)).filter((execution) => (execution.level ?? 0) === 0);
}

/**
 * A flow's steps as flows.yaml writes them, from Keycloak's flat list of its executions (a
 * subflow's executions follow it, one level deeper) and the settings of those that have some.
 */
export function stepsOf(
  executions: AuthenticationExecutionInfoRepresentation[],
  configs: ReadonlyMap<string, Record<string, string>>,
): Step[] {
  const steps: Step[] = [];
  /** Where a step of each level goes: the flow's steps, then the steps of the last subflow met. */
  const stepsAt: Step[][] = [steps];
  for (const execution of executions) {
    const level = execution.level ?? 0;
    const requirement = execution.requirement as Step["requirement"];
    if (execution.authenticationFlow) {
      const subflow: SubflowStep = {
        subflow: execution.displayName!,
        description: execution.description ?? "",
        requirement,
        steps: [],
      };
      stepsAt[level]!.push(subflow);
      stepsAt.splice(level + 1, stepsAt.length, subflow.steps);
    } else {
      const config = execution.authenticationConfig ? configs.get(execution.authenticationConfig) : undefined;
      stepsAt[level]!.push({ authenticator: execution.providerId!, requirement, ...(config && { config }) });
    }
  }
  return steps;
}

/** Every authenticator a list of steps uses, its subflows' included. */
function authenticatorsOf(steps: Step[]): string[] {
  return steps.flatMap((step) => ("subflow" in step ? authenticatorsOf(step.steps) : [step.authenticator]));
}

/**
 * Flows declared in flows.yaml. Steps are compared as an ordered tree: when it differs (a step
 * added, removed, moved or changed, in the flow or in one of its subflows), the flow's steps are
 * rewritten in the declared order, which Keycloak allows even while the flow is bound.
 */
export const flows: Reconciler<Flows, Map<string, LiveFlow>> = {
  async read({ api, realm, liveRealm }) {
    const live = new Map<string, LiveFlow>();
    if (!liveRealm) return live;
    for (const flow of await api.authenticationManagement.getFlows({ realm })) {
      if (flow.builtIn || flow.topLevel === false) continue;
      const executions = await readExecutions(api, realm, flow.alias!);
      const configs = new Map(
        await Promise.all(
          executions
            .filter((execution) => execution.authenticationConfig)
            .map(
              async ({ authenticationConfig: id }) =>
                [id!, (await api.authenticationManagement.getConfig({ realm, id: id! })).config ?? {}] as const,
            ),
        ),
      );
      const { description, managed, bare } = readDescription(flow.description, flow.alias!);
      live.set(flow.alias!, {
        flow: { ...flow, description },
        steps: stepsOf(executions, configs),
        managed,
        ...(bare && { bare }),
      });
    }
    return live;
  },
  diff(desired, live, realm) {
    return desired.flatMap((flow): PlannedChange[] => {
      const liveFlow = live.get(flow.alias);
      const sameDescription = (liveFlow?.flow.description ?? "") === flow.description;
      if (liveFlow && sameValue(liveFlow.steps, flow.steps) && sameDescription && !liveFlow.bare) return [];
      return [
        {
          target: flowTarget(flow.alias),
          action: liveFlow ? "update" : "create",
          fields: [
            ...(!liveFlow || !sameDescription
              ? [{ path: "description", before: liveFlow?.flow.description, after: flow.description }]
              : []),
            // A marker written before it named its flow is rewritten to name this one.
            ...(liveFlow?.bare
              ? [{ path: MANAGED_BY.attribute, before: MANAGED_BY.value, after: markerOf(flow.alias) }]
              : []),
            ...(!liveFlow || !sameValue(liveFlow.steps, flow.steps)
              ? [{ path: "steps", before: liveFlow && describeSteps(liveFlow.steps), after: describeSteps(flow.steps) }]
              : []),
          ],
          write: (api) => writeFlow(api, realm, flow, liveFlow),
        },
      ];
    });
  },
  export: (live) =>
    [...live.values()].map(({ flow, steps }) => ({ alias: flow.alias, description: flow.description ?? "", steps })),
  inventory: {
    declared: (desired) => desired.map((flow) => flow.alias),
    // `read` leaves Keycloak's built-in flows out.
    live: (live, realm) =>
      [...live.values()].map(({ flow, managed }) => ({
        name: flow.alias!,
        target: flowTarget(flow.alias!),
        managed,
        eventPath: `authentication/flows/${flow.id}`,
        // Keycloak deletes the flow's subflows and their settings with it.
        remove: (api) => api.authenticationManagement.deleteFlow({ realm, flowId: flow.id! }),
      })),
  },
  // A step Keycloak does not know would be refused after the flow's old steps were removed.
  async check(desired, { api, realm, liveRealm }) {
    // The server's providers, read through the realm if it exists yet. (The client types this
    // payload as `void & { realm }`, which no object literal satisfies.)
    const where = { realm: liveRealm ? realm : "master" } as unknown as void & { realm: string };
    const providers = await api.authenticationManagement.getAuthenticatorProviders(where);
    const known = new Set(providers.map((provider) => provider.id as string));
    return desired.flatMap((flow) =>
      [...new Set(authenticatorsOf(flow.steps))]
        .filter((authenticator) => !known.has(authenticator))
        .map((authenticator) => missingAuthenticator(flow.alias, authenticator)),
    );
  },
};

function missingAuthenticator(flow: string, authenticator: string): Said {
  const hint = said(authenticator.startsWith("siec-") ? "check.fromExtension" : "check.otherAuthenticator");
  return said("check.missingAuthenticator", { flow, authenticator, hint });
}

/** The steps as plans show them, one line each (a subflow's said), a subflow's steps indented under it. */
function describeSteps(steps: Step[], depth = 0): (string | Said)[] {
  const indent = "  ".repeat(depth);
  return steps.flatMap((step) => {
    if ("subflow" in step) {
      const description = step.description ? `; "${step.description}"` : "";
      return [
        said("plan.subflow", { indent, name: step.subflow, details: `${step.requirement}${description}` }),
        ...describeSteps(step.steps, depth + 1),
      ];
    }
    const config = Object.entries(step.config ?? {}).map(([key, value]) => `${key}=${value}`);
    return [`${indent}${step.authenticator} (${step.requirement}${config.length > 0 ? `; ${config.join(", ")}` : ""})`];
  });
}

async function writeFlow(
  api: KeycloakAdminClient,
  realm: string,
  flow: Flow,
  liveFlow: LiveFlow | undefined,
): Promise<void> {
  if (!liveFlow) {
    await api.authenticationManagement.createFlow({
      realm,
      alias: flow.alias,
      description: markedDescription(flow.description, flow.alias),
      providerId: "basic-flow",
      topLevel: true,
      builtIn: false,
    });
  } else if ((liveFlow.flow.description ?? "") !== flow.description || liveFlow.bare) {
    await api.authenticationManagement.updateFlow(
      { realm, flowId: liveFlow.flow.id! },
      {
        ...liveFlow.flow,
        description:
          liveFlow.managed || liveFlow.bare ? markedDescription(flow.description, flow.alias) : flow.description,
      },
    );
  }
  if (liveFlow && sameValue(liveFlow.steps, flow.steps)) return;
  // Removing a subflow's execution removes the subflow, its steps and their settings with it.
  for (const execution of await ownExecutions(api, realm, flow.alias)) {
    await api.authenticationManagement.delExecution({ realm, id: execution.id! });
  }
  await writeSteps(api, realm, flow.alias, flow.steps);
}

/** Adds `steps` to the (empty) flow or subflow `alias`, in order, then each one's requirement and settings. */
async function writeSteps(api: KeycloakAdminClient, realm: string, alias: string, steps: Step[]): Promise<void> {
  for (const step of steps) {
    if ("subflow" in step) {
      await api.authenticationManagement.addFlowToFlow({
        realm,
        flow: alias,
        alias: step.subflow,
        description: step.description,
        type: "basic-flow",
        // Keycloak reads the provider only for a form flow; its console sends this one.
        provider: "registration-page-form",
      });
    } else {
      await api.authenticationManagement.addExecutionToFlow({ realm, flow: alias, provider: step.authenticator });
    }
  }
  const added = await ownExecutions(api, realm, alias);
  for (const [index, step] of steps.entries()) {
    const execution = added[index]!;
    if (execution.requirement !== step.requirement) {
      await api.authenticationManagement.updateExecution(
        { realm, flow: alias },
        { ...execution, requirement: step.requirement },
      );
    }
    if ("subflow" in step) {
      await writeSteps(api, realm, step.subflow, step.steps);
    } else if (step.config) {
      // Config aliases are unique in the realm: the (sub)flow and the step's place name it.
      const configAlias = `${alias} ${index + 1} ${step.authenticator}`;
      await api.authenticationManagement.createConfig({
        realm,
        id: execution.id!,
        alias: configAlias,
        config: step.config,
      });
    }
  }
}
