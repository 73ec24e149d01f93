import { describe, expect, it } from "vitest";
import { optimizedArguments, serverArguments, serverEnvironment } from "../../../stack/keycloak/options";

const settings = {
  httpPort: 18080,
  managementPort: 19000,
  database: "dev-mem" as const,
  admin: { username: "admin", password: "secret" },
};

describe("Keycloak server options", () => {
  it("start the dev server on the given ports with health checks and metrics", () => {
    expect(serverArguments(settings)).toEqual([
      "start-dev",
      "--http-port=18080",
      "--http-management-port=19000",
      "--health-enabled=true",
      "--db=dev-mem",
      "--spi-events-listener--email--include-events=UPDATE_CREDENTIAL,REMOVE_CREDENTIAL",
      "--metrics-enabled=true",
      "--event-metrics-user-enabled=true",
      "--event-metrics-user-tags=realm,clientId",
      "--event-metrics-user-events=login,code_to_token,refresh_token,logout,send_reset_password,reset_password,execute_action_token,update_credential,remove_credential",
      "--http-metrics-slos=100,250,500,1000,2500,5000",
    ]);
  });

  it("build the metrics in (kc.sh build), and give their choices at each start", () => {
    const { build, start } = optimizedArguments(serverArguments({ ...settings, command: "start" }));
    expect(build).toEqual(expect.arrayContaining(["--metrics-enabled=true", "--event-metrics-user-enabled=true"]));
    expect(start).toEqual(expect.arrayContaining(["--event-metrics-user-tags=realm,clientId"]));
  });

  it("start in production mode when asked (docker-compose.prod.yml's `start`)", () => {
    expect(serverArguments({ ...settings, command: "start" })[0]).toBe("start");
  });

  it("append the extra options a test asks for", () => {
    expect(serverArguments({ ...settings, extraOptions: ["--features=preview"] }).at(-1)).toBe("--features=preview");
  });

  it("give the bootstrap admin through the environment", () => {
    expect(serverEnvironment(settings)).toEqual({
      KC_BOOTSTRAP_ADMIN_USERNAME: "admin",
      KC_BOOTSTRAP_ADMIN_PASSWORD: "secret",
    });
  });
});
