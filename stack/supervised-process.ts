import { spawn } from "node:child_process";
import { closeSync, openSync, readFileSync } from "node:fs";
import { lastLines } from "./commands";
import { StackError } from "./errors";

/**
 * Runs the program under a small bash watchdog in a process group of its own. The watchdog ends
 * the program as soon as this Node process is gone, even after a SIGKILL that left no chance to
 * clean up; a normal exit of this process kills the group too.
 */
const WATCHDOG = `
parent=$1; shift
"$@" &
program=$!
trap 'kill -TERM $program 2>/dev/null; wait $program; exit 143' TERM INT
while kill -0 "$parent" 2>/dev/null && kill -0 "$program" 2>/dev/null; do sleep 1; done
kill -TERM "$program" 2>/dev/null
wait "$program"
`;

export interface SupervisedProcess {
  /** The process group: `kill -- -<group>` ends everything it started. */
  group: number;
  hasExited(): boolean;
  /** Resolves when the program has ended, whoever ended it. */
  exited: Promise<void>;
  /** SIGTERM to the whole group, SIGKILL after `graceMs` (at once for 0); resolves once it has exited. */
  stop(graceMs?: number): Promise<void>;
}

export function startSupervised(
  program: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; logFile: string },
): SupervisedProcess {
  const log = openSync(options.logFile, "w");
  const child = spawn("bash", ["-c", WATCHDOG, "watchdog", String(process.pid), program, ...args], {
    cwd: options.cwd,
    env: options.env,
    detached: true,
    stdio: ["ignore", log, log],
  });
  closeSync(log);
  const group = child.pid!;
  let exited = false;
  const exitedPromise = new Promise<void>((resolve) =>
    child.once("exit", () => {
      exited = true;
      resolve();
    }),
  );
  const killOnExit = () => killGroup(group, "SIGKILL");
  process.once("exit", killOnExit);

  return {
    group,
    hasExited: () => exited,
    exited: exitedPromise,
    async stop(graceMs = 20_000) {
      process.removeListener("exit", killOnExit);
      if (exited) return;
      if (graceMs === 0) {
        killGroup(group, "SIGKILL");
      } else {
        killGroup(group, "SIGTERM");
        const timer = setTimeout(() => killGroup(group, "SIGKILL"), graceMs);
        await exitedPromise;
        clearTimeout(timer);
      }
      await exitedPromise;
      await groupGone(group);
    },
  };
}

/**
 * The watchdog ends first; the program may still be tearing down (a killed JVM keeps its sockets a
 * moment, accepting connections it will never answer). Stopped means no process of the group left.
 */
async function groupGone(group: number): Promise<void> {
  for (let waited = 0; waited < 20_000; waited += 50) {
    try {
      process.kill(-group, 0);
    } catch {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function killGroup(group: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-group, signal);
  } catch {
    // already gone
  }
}

/**
 * Resolves once `ready()` says so. If the program ends first, or is not ready after `timeoutMs`,
 * stops it and throws, with the last lines of its log and `hint` (what to do about it).
 */
export async function untilReady(
  program: SupervisedProcess,
  options: { name: string; logFile: string; timeoutMs: number; ready(): Promise<boolean>; hint?: string },
): Promise<void> {
  const deadline = Date.now() + options.timeoutMs;
  while (!(await options.ready())) {
    if (program.hasExited() || Date.now() > deadline) {
      const what = program.hasExited()
        ? "stopped during start-up"
        : `was not ready after ${options.timeoutMs / 1000} s`;
      await program.stop();
      throw new StackError(
        `${options.name} ${what}. Last lines of ${options.logFile}:\n${lastLines(readFileSync(options.logFile, "utf8"), 20)}`,
        options.hint ?? "Read the log above.",
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
