import { describe, expect, it } from "vitest";
import { StackError } from "../../stack/errors";
import { devSettings } from "../../stack/settings";

describe("devSettings", () => {
  it("has the documented defaults", () => {
    expect(devSettings({})).toEqual({
      keycloakPort: 8080,
      keycloakManagementPort: 9000,
      mailPort: 1080,
      smtpPort: 1025,
      appPort: 5173,
      admin: { username: "admin", password: "admin" },
      database: "h2",
      postgresPort: 5432,
      nodes: 1,
      clusterPort: 7800,
      localProConnect: false,
      proConnectPort: 8090,
    });
  });

  it("takes each value from its variable", () => {
    expect(devSettings({ KEYCLOAK_PORT: "8081", APP_PORT: "3000", KEYCLOAK_ADMIN_PASSWORD: "x" })).toMatchObject({
      keycloakPort: 8081,
      appPort: 3000,
      admin: { username: "admin", password: "x" },
    });
  });

  it("takes the production shape's database and number of nodes, and names a value it refuses", () => {
    expect(devSettings({ KEYCLOAK_DATABASE: "postgres", KEYCLOAK_NODES: "2" })).toMatchObject({
      database: "postgres",
      nodes: 2,
    });
    expect(() => devSettings({ KEYCLOAK_DATABASE: "mysql" })).toThrow(
      /KEYCLOAK_DATABASE=mysql is not one of h2, postgres/,
    );
    expect(() => devSettings({ KEYCLOAK_NODES: "0" })).toThrow(/KEYCLOAK_NODES=0 is not a number of nodes/);
    expect(devSettings({ LOCAL_PROCONNECT: "true", PROCONNECT_PORT: "8091" })).toMatchObject({
      localProConnect: true,
      proConnectPort: 8091,
    });
    expect(() => devSettings({ LOCAL_PROCONNECT: "yes" })).toThrow(/LOCAL_PROCONNECT=yes is not one of false, true/);
  });

  it("names the variable that is not a port", () => {
    expect(() => devSettings({ MAIL_PORT: "mail" })).toThrow(StackError);
    expect(() => devSettings({ MAIL_PORT: "70000" })).toThrow(/MAIL_PORT=70000 is not a port number/);
  });
});
