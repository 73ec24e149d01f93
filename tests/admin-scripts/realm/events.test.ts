import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { fromRepresentation, toRepresentation } from "../../../admin-scripts/src/realm/representation";
import { realmSettingsSchema } from "../../../admin-scripts/src/realm/schema";
import { realmConfigDir } from "../../../stack/realm";
import { issueWords, saying } from "../../support/cli-messages";

const realmYaml = parse(readFileSync(path.join(realmConfigDir, "realm.yaml"), "utf8")) as {
  events: Record<string, unknown>;
};
const withListeners = (listeners: string[]) =>
  realmSettingsSchema.safeParse({ ...realmYaml, events: { ...realmYaml.events, listeners } });

describe("the realm's event listeners (realm.yaml events.listeners)", () => {
  it("are Keycloak's log, the security e-mails, the previous-address notice and the sign-in day, written to the realm as eventsListeners", () => {
    const listeners = ["jboss-logging", "email", "siec-previous-address", "siec-last-sign-in"];
    const settings = realmSettingsSchema.parse(realmYaml);
    expect(settings.events.listeners).toEqual(listeners);
    expect(toRepresentation(settings).eventsListeners).toEqual(listeners);
  });

  it("always keep Keycloak's log", () => {
    const refused = withListeners(["email"]);
    expect(refused.success).toBe(false);
    expect(refused.error?.issues.map((issue) => [issue.path.join("."), issueWords(issue.message)])).toEqual([
      ["events.listeners", saying("schema.keepLogListener", { listener: "jboss-logging" })],
    ]);
  });

  it("are read back from a realm that never set them as Keycloak's default, the log alone", () => {
    const settings = realmSettingsSchema.parse(realmYaml);
    const { eventsListeners: _, ...withoutListeners } = toRepresentation(settings);
    expect(fromRepresentation(withoutListeners).events.listeners).toEqual(["jboss-logging"]);
  });
});
