import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { StackError } from "./errors";

const run = promisify(execFile);

/** Runs a program to completion; a missing program becomes a StackError with the install hint. */
export async function runCommand(
  program: string,
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; installHint: string },
): Promise<{ stdout: string; stderr: string }> {
  try {
    return await run(program, args, { cwd: options.cwd, env: options.env, maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    const failure = error as NodeJS.ErrnoException & { stdout?: string; stderr?: string };
    if (failure.code === "ENOENT") {
      throw new StackError(`\`${program}\` was not found on this machine.`, options.installHint);
    }
    throw error;
  }
}

export function lastLines(text: string, count: number): string {
  return text.trimEnd().split("\n").slice(-count).join("\n");
}
