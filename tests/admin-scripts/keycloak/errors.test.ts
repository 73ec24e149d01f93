import { describe, expect, it } from "vitest";
import { describeApiError } from "../../../admin-scripts/src/keycloak/errors";

const connectionFailure = (code: string) => Object.assign(new TypeError("fetch failed"), { cause: { code } });

describe("describeApiError", () => {
  it("says Keycloak does not answer when the connection is refused (after the retries)", () => {
    expect(describeApiError(connectionFailure("ECONNREFUSED"))).toMatch(
      /^Keycloak does not answer \(ECONNREFUSED\), even after retrying/,
    );
  });

  it("says the connection was lost when Keycloak stopped during a request", () => {
    expect(describeApiError(connectionFailure("UND_ERR_SOCKET"))).toBe(
      "The connection to Keycloak was lost during a request (UND_ERR_SOCKET): did it stop or restart?",
    );
  });
});
