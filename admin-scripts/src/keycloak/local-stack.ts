import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { STACK_DESCRIPTION_FILE, type StackDescription } from "@siec/contract";

/**
 * The stack `npm start` runs on this machine, as its `.cache/stack.json` says (in the working
 * folder, or in the repository these scripts belong to); undefined when no node of it is alive.
 */
export function runningStack(cwd = process.cwd()): { file: string; stack: StackDescription } | undefined {
  const repository = fileURLToPath(new URL("../../..", import.meta.url));
  const files = new Set([path.join(cwd, STACK_DESCRIPTION_FILE), path.join(repository, STACK_DESCRIPTION_FILE)]);
  for (const file of files) {
    if (!existsSync(file)) continue;
    const stack = JSON.parse(readFileSync(file, "utf8")) as StackDescription;
    if (stack.keycloak.nodes.some((node) => isAlive(node.pid))) return { file, stack };
  }
  return undefined;
}

/** The stack the CLI works on: the one `npm start` runs here, unless KEYCLOAK_URL names a server. */
export function targetedStack(environment: NodeJS.ProcessEnv): ReturnType<typeof runningStack> {
  return environment.KEYCLOAK_URL ? undefined : runningStack();
}

/**
 * The environment to read realm-config with against `stack`: the values it was applied with, under
 * the ones `environment` sets; `taken` names the stack's values used.
 */
export function withStackValues(
  environment: NodeJS.ProcessEnv,
  stack: StackDescription,
): { environment: NodeJS.ProcessEnv; taken: string[] } {
  const taken = Object.keys(stack.realmConfigVariables).filter((name) => !environment[name]);
  const values = Object.fromEntries(taken.map((name) => [name, stack.realmConfigVariables[name]]));
  return { environment: { ...environment, ...values }, taken };
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
