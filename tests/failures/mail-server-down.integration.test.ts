import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { type Connection, runCli } from "@siec/admin-scripts";
import { Inbox } from "../../stack/mail/inbox";
import { startMailServer, type MailServer } from "../../stack/mail/server";
import { freePorts } from "../../stack/ports";
import { accountsFile, generatedAccounts } from "../../testing/accounts-files";
import { importSummary, said, saying } from "../support/cli-messages";
import { personWithPassword, uniqueEmail } from "../support/keycloak";
import { realmForUserCommands, uniqueRealm } from "../support/realm-config";
import { askForResetLink, pageOutcome } from "../security/http";
import { NEUTRAL_CONFIRMATION } from "../support/wording";

/**
 * The realm's mail server stopped while people ask for a reset link and operators send
 * invitations: a MailDev of this file's own, stopped and started again on the same ports.
 */
describe("the mail server down", () => {
  const realm = uniqueRealm("mail-down");
  let ports: { smtpPort: number; webPort: number };
  let mail: MailServer | undefined;
  let directory: string;
  let connection: Connection;
  let app: { clientId: string; redirectUri: string };
  const cli = (...args: string[]) => runCli(["--config", directory, "users", ...args]);
  const printed = (stream: "log" | "error") =>
    vi
      .mocked(console[stream])
      .mock.calls.map((call) => call.join(" "))
      .join("\n");

  beforeAll(async () => {
    const [smtpPort, webPort] = await freePorts(2);
    ports = { smtpPort, webPort };
    mail = await startMailServer({ ...ports, instance: "mail-down", keep: false });
    const prepared = await realmForUserCommands(realm, { smtpPort: ports.smtpPort });
    ({ directory, connection } = prepared);
    const dexco = prepared.config.clients.find((client) => client.clientId === "dexco")!;
    app = { clientId: dexco.clientId, redirectUri: dexco.redirectUris[0]! };
    await mail.stop();
    mail = undefined;
  });

  afterAll(async () => {
    await mail?.stop();
    vi.restoreAllMocks();
    vi.unstubAllEnvs();
    await connection.api.realms.del({ realm });
  });

  it("someone asking for a reset link sees the neutral confirmation, and the failure is in the realm's events", async () => {
    const { email } = await personWithPassword("mail-down", { value: "Examens2026$ok" }, realm);
    const existing = pageOutcome(await askForResetLink(email, { realm, client: app }));
    const unknown = pageOutcome(await askForResetLink(uniqueEmail("nobody"), { realm, client: app }));
    expect(existing).toEqual({ status: 200, page: "login.ftl", message: NEUTRAL_CONFIRMATION });
    expect(unknown).toEqual(existing);

    const failures = await connection.api.realms.findEvents({ realm, type: "SEND_RESET_PASSWORD_ERROR" });
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatchObject({ error: "email_send_failed", details: { username: email } });
  });

  it("users import --invite names the invitations that failed, stops after 5 in a row, and `users invite --pending` sends them later", async () => {
    const file = await accountsFile(generatedAccounts(8, "mail-down"));
    vi.mocked(console.log).mockClear();
    vi.mocked(console.error).mockClear();
    expect(await cli("import", "--invite", "--rate", "50", file)).toBe(1);
    expect(printed("log")).toContain(importSummary({ created: 8, failed: 5, notInvited: 3 }));
    expect(printed("error")).toMatch(
      new RegExp(
        said("users.failed", { email: "EMAIL", message: "MESSAGE" })
          .source.replace("EMAIL", "mail-down\\.0000[0-4]@example\\.org")
          .replace("MESSAGE", said("api.failed", { status: 500 }).source)
          .replace(".*", "/admin/realms/[^/]+/users/[^/]+/execute-actions-email"),
      ),
    );
    expect(printed("error")).toContain("Failed to send execute actions email");
    expect(printed("error")).toContain(
      saying("invite.notSent", { count: 8, stopped: saying("invite.stopped", { inARow: 5, count: 3 }) }),
    );
    vi.mocked(console.log).mockClear();
    expect(await cli("list", "--status", "invitation-pending")).toBe(0);
    expect(
      printed("log")
        .split("\n")
        .filter((line) => line.startsWith("mail-down.")),
    ).toHaveLength(8);

    mail = await startMailServer({ ...ports, instance: "mail-down", keep: false });
    vi.mocked(console.log).mockClear();
    expect(await cli("invite", "--pending", "--rate", "50")).toBe(0);
    expect(printed("log")).toContain(saying("invite.summary", { sent: 8, failed: 0, notTried: "" }));
    const inbox = new Inbox(mail.webUrl);
    for (let index = 0; index < 8; index++) await inbox.waitFor(`mail-down.0000${index}@example.org`);

    vi.mocked(console.log).mockClear();
    expect(await cli("invite", "--pending")).toBe(0);
    expect(printed("log")).toContain(saying("invite.summary", { sent: 0, failed: 0, notTried: "" }));
  });
});
