import type AuthenticationExecutionInfoRepresentation from "@keycloak/keycloak-admin-client/lib/defs/authenticationExecutionInfoRepresentation";
import type AuthenticationFlowRepresentation from "@keycloak/keycloak-admin-client/lib/defs/authenticationFlowRepresentation";
import type KeycloakAdminClient from "@keycloak/keycloak-admin-client";
import { sameValue } from "../resource-kit/diff";
import type { PlannedChange, Reconciler } from "../resource-kit/reconciler";
import type { Flow, Flows, Step } from "./schema";

interface LiveFlow {
  flow: AuthenticationFlowRepresentation;
  steps: Step[];
}

async function readSteps(
  api: KeycloakAdminClient,
  realm: string,
  alias: string,
): Promise<AuthenticationExecutionInfoRepresentation[]> {
  return api.authenticationManagement.getExecutions({ realm, flow: alias });
}

/**
 * Flows declared in flows.yaml. Steps are compared as an ordered list: when the list differs
 * (a step added, removed or moved), the flow's steps are rewritten in the declared order, which
 * Keycloak allows even while the flow is bound.
 */
export const flows: Reconciler<Flows, Map<string, LiveFlow>> = {
  async read({ api, realm, liveRealm }) {
    const live = new Map<string, LiveFlow>();
    if (!liveRealm) return live;
    for (const flow of await api.authenticationManagement.getFlows({ realm })) {
      if (flow.builtIn || flow.topLevel === false) continue;
      const steps = await Promise.all(
        (await readSteps(api, realm, flow.alias!)).map(async (step): Promise<Step> => {
          const config = step.authenticationConfig
            ? (await api.authenticationManagement.getConfig({ realm, id: step.authenticationConfig })).config
            : undefined;
          return {
            authenticator: step.providerId!,
            requirement: step.requirement! as Step["requirement"],
            ...(config && { config }),
          };
        }),
      );
      live.set(flow.alias!, { flow, steps });
    }
    return live;
  },
  diff(desired, live, realm) {
    return desired.flatMap((flow): PlannedChange[] => {
      const liveFlow = live.get(flow.alias);
      if (liveFlow && sameValue(liveFlow.steps, flow.steps) && (liveFlow.flow.description ?? "") === flow.description)
        return [];
      return [
        {
          target: `flow ${flow.alias}`,
          action: liveFlow ? "update" : "create",
          fields: [
            ...(!liveFlow || (liveFlow.flow.description ?? "") !== flow.description
              ? [{ path: "description", before: liveFlow?.flow.description, after: flow.description }]
              : []),
            ...(!liveFlow || !sameValue(liveFlow.steps, flow.steps)
              ? [{ path: "steps", before: liveFlow?.steps.map(describeStep), after: flow.steps.map(describeStep) }]
              : []),
          ],
          write: (api) => writeFlow(api, realm, flow, liveFlow),
        },
      ];
    });
  },
  export: (live) =>
    [...live.values()].map(({ flow, steps }) => ({ alias: flow.alias, description: flow.description ?? "", steps })),
  // A step Keycloak does not know would be refused after the flow's old steps were removed.
  async check(desired, { api, realm, liveRealm }) {
    // The server's providers, read through the realm if it exists yet. (The client types this
    // payload as `void & { realm }`, which no object literal satisfies.)
    const where = { realm: liveRealm ? realm : "master" } as unknown as void & { realm: string };
    const providers = await api.authenticationManagement.getAuthenticatorProviders(where);
    const known = new Set(providers.map((provider) => provider.id as string));
    return desired.flatMap((flow) =>
      flow.steps
        .filter((step) => !known.has(step.authenticator))
        .map((step) => missingAuthenticator(flow.alias, step.authenticator)),
    );
  },
};

function missingAuthenticator(flow: string, authenticator: string): string {
  const hint = authenticator.startsWith("siec-")
    ? "it comes from the portal's extension: install siec-extension.jar in Keycloak's providers/ (npm run build:theme makes it)"
    : "check its spelling, or install the extension that provides it";
  return `flows.yaml: flow "${flow}" uses authenticator "${authenticator}", which this Keycloak does not have; ${hint}.`;
}

function describeStep(step: Step): string {
  const config = Object.entries(step.config ?? {}).map(([key, value]) => `${key}=${value}`);
  return `${step.authenticator} (${step.requirement}${config.length > 0 ? `; ${config.join(", ")}` : ""})`;
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
      description: flow.description,
      providerId: "basic-flow",
      topLevel: true,
      builtIn: false,
    });
  } else if ((liveFlow.flow.description ?? "") !== flow.description) {
    await api.authenticationManagement.updateFlow(
      { realm, flowId: liveFlow.flow.id! },
      { ...liveFlow.flow, description: flow.description },
    );
  }
  if (liveFlow && sameValue(liveFlow.steps, flow.steps)) return;
  for (const step of await readSteps(api, realm, flow.alias)) {
    await api.authenticationManagement.delExecution({ realm, id: step.id! });
  }
  for (const step of flow.steps) {
    await api.authenticationManagement.addExecutionToFlow({ realm, flow: flow.alias, provider: step.authenticator });
  }
  const added = await readSteps(api, realm, flow.alias);
  for (const [index, step] of flow.steps.entries()) {
    const execution = added[index]!;
    if (execution.requirement !== step.requirement) {
      await api.authenticationManagement.updateExecution(
        { realm, flow: flow.alias },
        { ...execution, requirement: step.requirement },
      );
    }
    if (step.config) {
      // Config aliases are unique in the realm: the flow and the step's place name it.
      const alias = `${flow.alias} ${index + 1} ${step.authenticator}`;
      await api.authenticationManagement.createConfig({ realm, id: execution.id!, alias, config: step.config });
    }
  }
}
