import { ACTIVITY_ATTRIBUTES } from "@siec/contract";
import { describe, expect, it } from "vitest";
import type { LiveAccount } from "../../../admin-scripts/src/users/accounts";
import { toAccount } from "../../../admin-scripts/src/users/directory";
import { inactiveAccounts, lastUseOf, parisDay, planInactivityRun } from "../../../admin-scripts/src/users/inactivity";

const DAY = 86_400;
const NOW = new Date("2026-12-03T10:00:00Z");
const daysAgo = (days: number) => new Date(NOW.getTime() - days * DAY * 1000);

function account(
  email: string,
  {
    created = daysAgo(1000),
    lastSignIn,
    warned,
    enabled = true,
  }: {
    created?: Date;
    lastSignIn?: string;
    warned?: Date;
    enabled?: boolean;
  } = {},
): LiveAccount {
  return toAccount({
    id: email,
    email,
    enabled,
    status: enabled ? "active" : "disabled",
    groups: [],
    createdTimestamp: created.getTime(),
    attributes: {
      ...(lastSignIn && { [ACTIVITY_ATTRIBUTES.lastSignInDay]: [lastSignIn] }),
      ...(warned && { [ACTIVITY_ATTRIBUTES.inactivityWarning]: [warned.toISOString()] }),
    },
  });
}

const emails = (entries: { account: LiveAccount }[]) => entries.map((entry) => entry.account.email);
const notOperator = () => false;

describe("the day of an instant, in Paris", () => {
  it("is the Paris day, whichever zone the machine runs in", () => {
    expect(parisDay(new Date("2026-12-03T22:59:59Z"))).toBe("2026-12-03");
    expect(parisDay(new Date("2026-12-03T23:00:00Z"))).toBe("2026-12-04"); // midnight in Paris (UTC+1)
    expect(parisDay(new Date("2026-07-01T22:00:00Z"))).toBe("2026-07-02"); // summer time, UTC+2
  });
});

describe("inactive accounts", () => {
  it("are those last signed in before the day `inactive since` ago, by e-mail", () => {
    const accounts = [
      account("recent@example.org", { lastSignIn: "2026-11-30" }),
      account("old@example.org", { lastSignIn: "2025-12-02" }),
      account("edge@example.org", { lastSignIn: "2025-12-03" }), // exactly 365 days ago: not yet
      account("a.old@example.org", { lastSignIn: "2024-01-01" }),
    ];
    const inactive = inactiveAccounts(accounts, { inactiveSinceSeconds: 365 * DAY, now: NOW });
    expect(emails(inactive)).toEqual(["a.old@example.org", "old@example.org"]);
    expect(inactive[1]!.lastUse).toEqual({ kind: "signed-in", day: "2025-12-02" });
  });

  it("count an account that never signed in from its creation", () => {
    const accounts = [
      account("new@example.org", { created: daysAgo(10) }),
      account("forgotten@example.org", { created: daysAgo(400) }),
      // Created long ago but signed in lately: the sign-in day counts, not the creation.
      account("active@example.org", { created: daysAgo(400), lastSignIn: "2026-12-01" }),
    ];
    const inactive = inactiveAccounts(accounts, { inactiveSinceSeconds: 365 * DAY, now: NOW });
    expect(emails(inactive)).toEqual(["forgotten@example.org"]);
    expect(inactive[0]!.lastUse).toEqual({ kind: "never-signed-in", created: daysAgo(400) });
  });

  it("take an unreadable sign-in day for none, and leave out an account without any date", () => {
    expect(lastUseOf(account("bad@example.org", { lastSignIn: "hier", created: daysAgo(3) }))).toEqual({
      kind: "never-signed-in",
      created: daysAgo(3),
    });
    const undated = { ...account("undated@example.org"), createdTimestamp: undefined };
    expect(inactiveAccounts([undated], { inactiveSinceSeconds: 0, now: NOW })).toEqual([]);
  });

  it("keep a warning only when it came after the last use", () => {
    const [kept, stale] = inactiveAccounts(
      [
        account("kept@example.org", { lastSignIn: "2025-01-01", warned: daysAgo(5) }),
        // Warned, then signed in again later, and now unused for long again: that warning is over.
        account("stale@example.org", { lastSignIn: "2025-06-01", warned: new Date("2025-05-01T08:00:00Z") }),
      ],
      { inactiveSinceSeconds: 365 * DAY, now: NOW },
    );
    expect(kept!.warned).toEqual(daysAgo(5));
    expect(stale!.warned).toBeUndefined();
  });
});

describe("a run on inactive accounts", () => {
  const inactive = (accounts: LiveAccount[]) =>
    inactiveAccounts(accounts, { inactiveSinceSeconds: 365 * DAY, now: NOW });

  it("without --warn disables every inactive enabled account; delete takes the disabled ones too", () => {
    const accounts = inactive([
      account("one@example.org", { lastSignIn: "2024-05-05" }),
      account("off@example.org", { lastSignIn: "2024-05-05", enabled: false }),
    ]);
    const disabling = planInactivityRun(accounts, { action: "disable", now: NOW, isOperator: notOperator });
    expect(emails(disabling.act)).toEqual(["one@example.org"]);
    expect(disabling.warn).toEqual([]);
    const deleting = planInactivityRun(accounts, { action: "delete", now: NOW, isOperator: notOperator });
    expect(emails(deleting.act)).toEqual(["off@example.org", "one@example.org"]);
  });

  it("with --warn tells those not yet warned, leaves those warned less than that long ago, disables the others", () => {
    const plan = planInactivityRun(
      inactive([
        account("never-warned@example.org", { lastSignIn: "2024-05-05" }),
        account("warned-lately@example.org", { lastSignIn: "2024-05-05", warned: daysAgo(10) }),
        account("warned-long-ago@example.org", { lastSignIn: "2024-05-05", warned: daysAgo(30) }),
      ]),
      { action: "disable", warnSeconds: 30 * DAY, now: NOW, isOperator: notOperator },
    );
    expect(emails(plan.warn)).toEqual(["never-warned@example.org"]);
    expect(plan.disableOn).toBe("2027-01-02");
    expect(emails(plan.waiting)).toEqual(["warned-lately@example.org"]);
    expect(plan.waiting[0]!.from).toEqual(new Date(daysAgo(10).getTime() + 30 * DAY * 1000));
    expect(emails(plan.act)).toEqual(["warned-long-ago@example.org"]);
  });

  it("leaves operators out, whatever their inactivity", () => {
    const plan = planInactivityRun(
      inactive([
        account("operateur@example.org", { created: daysAgo(900) }),
        account("personne@example.org", { created: daysAgo(900) }),
      ]),
      {
        action: "delete",
        now: NOW,
        isOperator: (candidate) => candidate.email === "operateur@example.org",
      },
    );
    expect(emails(plan.act)).toEqual(["personne@example.org"]);
    expect(emails(plan.operators)).toEqual(["operateur@example.org"]);
  });
});
