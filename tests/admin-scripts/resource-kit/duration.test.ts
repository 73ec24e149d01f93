import { describe, expect, it } from "vitest";
import { duration, formatDuration } from "../../../admin-scripts/src/resource-kit/duration";
import { issueWords, saying } from "../../support/cli-messages";

describe("durations", () => {
  it("read seconds, minutes, hours and days", () => {
    expect(["90s", "30m", "1h", "7d", 45].map((value) => duration.parse(value))).toEqual([90, 1800, 3600, 604_800, 45]);
  });

  it("refuse anything else with the expected form", () => {
    const result = duration.safeParse("1 hour");
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issueWords(issue.message)).join()).toContain(saying("schema.duration"));
  });

  it("are written back in the largest exact unit", () => {
    expect([3600, 5400, 90, 604_800, 0].map(formatDuration)).toEqual(["1h", "90m", "90s", "7d", "0s"]);
  });
});
