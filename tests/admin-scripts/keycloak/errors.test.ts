import { describe, expect, it } from "vitest";
import { describeApiError } from "../../../admin-scripts/src/keycloak/errors";
import { saying, words } from "../../support/cli-messages";

const connectionFailure = (code: string) => Object.assign(new TypeError("fetch failed"), { cause: { code } });

describe("describeApiError", () => {
  it("says Keycloak does not answer when the connection is refused (after the retries)", () => {
    expect(words(describeApiError(connectionFailure("ECONNREFUSED")))).toBe(
      saying("api.noAnswer", { code: "ECONNREFUSED" }),
    );
  });

  it("says the connection was lost when Keycloak stopped during a request", () => {
    expect(words(describeApiError(connectionFailure("UND_ERR_SOCKET")))).toBe(
      saying("api.connectionLost", { code: "UND_ERR_SOCKET" }),
    );
  });
});
