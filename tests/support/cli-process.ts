import { spawn, type ChildProcessByStdio } from "node:child_process";
import type { Readable } from "node:stream";
import type { MessageKey } from "../../admin-scripts/src/messages";
import { repoRoot } from "../../stack/paths";
import { saying } from "./cli-messages";

export interface CliProcess {
  child: ChildProcessByStdio<null, Readable, Readable>;
  /** Resolves once the progress line labelled with message `label` (e.g. "progress.accounts") reaches `done`. */
  reached(label: MessageKey, done: number): Promise<void>;
  /** The exit code, with everything the CLI printed. */
  exited: Promise<{ code: number | null; stdout: string; stderr: string }>;
}

/** The CLI as an operator runs it, in a process of its own: it can be killed, or outlive its server. */
export function startCli(args: string[], env: NodeJS.ProcessEnv = process.env): CliProcess {
  const child = spawn(process.execPath, ["--import", "tsx", "admin-scripts/src/cli.ts", ...args], {
    cwd: repoRoot,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  // Decoded as a stream: a character split between two chunks stays whole (a large export has some).
  child.stdout.setEncoding("utf8").on("data", (text: string) => (stdout += text));
  child.stderr.setEncoding("utf8").on("data", (text: string) => (stderr += text));
  const exited = new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) =>
    child.once("close", (code) => resolve({ code, stdout, stderr })),
  );
  return {
    child,
    exited,
    reached: (label, done) =>
      new Promise<void>((resolve, reject) => {
        const progressLine = new RegExp(`${saying(label)}: (\\d+)/`, "g");
        const look = () => {
          const counts = [...stderr.matchAll(progressLine)].map((match) => Number(match[1]));
          if (counts.some((count) => count >= done)) {
            child.stderr.off("data", look);
            resolve();
          }
        };
        child.stderr.on("data", look);
        look();
        void exited.then(({ code, stderr: printed }) =>
          reject(new Error(`the CLI ended (exit ${code}) before ${label} reached ${done}:\n${printed}`)),
        );
      }),
  };
}
