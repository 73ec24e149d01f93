import { describe, expect, it } from "vitest";
import { PORTAL_METRICS, prometheusCounter } from "@siec/contract";

describe("the portal's own counters", () => {
  it("are named as Prometheus shows Micrometer's counters: underscores, and _total", () => {
    expect(prometheusCounter(PORTAL_METRICS.robotCheckFailures)).toBe("siec_robot_check_failures_total");
    expect(Object.values(PORTAL_METRICS).map(prometheusCounter)).toEqual([
      "siec_robot_check_failures_total",
      "siec_reset_emails_held_back_total",
      "siec_delegation_changes_total",
      "siec_delegation_refusals_total",
    ]);
  });
});
