import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { STACK_DESCRIPTION_FILE, type StackDescription } from "@siec/contract";
import { describe, expect, it } from "vitest";
import { runningStack, targetedStack, withStackValues } from "../../../admin-scripts/src/keycloak/local-stack";

/** What `npm start` on other ports (APP_PORT=5273) writes, its one node being this process. */
const stack: StackDescription = {
  keycloak: {
    url: "http://localhost:8180",
    admin: { username: "admin", password: "admin" },
    nodes: [{ pid: process.pid, url: "http://localhost:8180", managementUrl: "http://localhost:9000" }],
    database: { kind: "h2", url: "/tmp/h2" },
  },
  mail: { inboxUrl: "http://localhost:1080", smtpPort: 1025 },
  realmConfigVariables: { DPECOTHEQUE_URL: "http://localhost:5273", SMTP_HOST: "localhost", SMTP_PORT: "1025" },
};

describe("the stack npm start runs, as the CLI finds it", () => {
  it("is read from .cache/stack.json in the working folder, with the values realm-config was applied with", async () => {
    const folder = await mkdtemp(path.join(tmpdir(), "stack-"));
    await mkdir(path.join(folder, ".cache"));
    await writeFile(path.join(folder, STACK_DESCRIPTION_FILE), JSON.stringify(stack), { mode: 0o600 });
    expect(runningStack(folder)).toEqual({ file: path.join(folder, STACK_DESCRIPTION_FILE), stack });
  });

  it("is not the CLI's target when KEYCLOAK_URL names a server", () => {
    expect(targetedStack({ KEYCLOAK_URL: "https://auth.example" })).toBeUndefined();
  });

  it("gives realm-config the values it was applied with, an explicit variable winning", () => {
    const { environment, taken } = withStackValues({ SMTP_HOST: "mail.example", SMTP_PORT: "", PATH: "/bin" }, stack);
    expect(environment).toEqual({
      DPECOTHEQUE_URL: "http://localhost:5273",
      SMTP_HOST: "mail.example",
      SMTP_PORT: "1025",
      PATH: "/bin",
    });
    expect(taken).toEqual(["DPECOTHEQUE_URL", "SMTP_PORT"]);
  });
});
