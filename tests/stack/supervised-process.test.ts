import { spawn } from "node:child_process";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../../stack/paths";
import { startSupervised } from "../../stack/supervised-process";

function groupAlive(group: number): boolean {
  try {
    process.kill(-group, 0);
    return true;
  } catch {
    return false;
  }
}

async function until(condition: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (condition()) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return condition();
}

async function logFile(): Promise<string> {
  return path.join(await mkdtemp(path.join(tmpdir(), "supervised-")), "program.log");
}

describe("startSupervised", () => {
  it("stops the program and everything it started", async () => {
    const program = startSupervised("bash", ["-c", "sleep 300 & sleep 300"], {
      cwd: repoRoot,
      env: process.env,
      logFile: await logFile(),
    });
    expect(groupAlive(program.group)).toBe(true);
    await program.stop(5_000);
    expect(program.hasExited()).toBe(true);
    expect(await until(() => !groupAlive(program.group), 3_000)).toBe(true);
  });

  it("ends the program when the process that started it is killed with SIGKILL", async () => {
    const script = `
      import { startSupervised } from ${JSON.stringify(path.join(repoRoot, "stack", "supervised-process.ts"))};
      const program = startSupervised("sleep", ["300"], { cwd: process.cwd(), env: process.env, logFile: ${JSON.stringify(await logFile())} });
      console.log(program.group);
      setInterval(() => {}, 1000);
    `;
    const parent = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], {
      cwd: repoRoot,
      stdio: ["ignore", "pipe", "inherit"],
    });
    const group = await new Promise<number>((resolve) =>
      parent.stdout.once("data", (data: Buffer) => resolve(Number(data.toString()))),
    );
    expect(groupAlive(group)).toBe(true);

    parent.kill("SIGKILL");
    expect(await until(() => !groupAlive(group), 5_000)).toBe(true);
  });
});
