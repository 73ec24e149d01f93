import { NetworkError } from "@keycloak/keycloak-admin-client";
import type ClientRepresentation from "@keycloak/keycloak-admin-client/lib/defs/clientRepresentation";
import { describe, expect, it } from "vitest";
import { clientScopesKind } from "../../../admin-scripts/src/client-scopes";
import { clientsKind } from "../../../admin-scripts/src/clients";
import { flowsKind } from "../../../admin-scripts/src/flows";
import { markedDescription, readDescription } from "../../../admin-scripts/src/flows/reconciler";
import { groupsKind } from "../../../admin-scripts/src/groups";
import { realmKind } from "../../../admin-scripts/src/realm";
import { deletionsOf, unnamedOf, whyEventsUnreadable, type Drift } from "../../../admin-scripts/src/reconcile/plan";
import { planAsJson, renderDrift, renderPlan } from "../../../admin-scripts/src/commands/plan-text";
import { clientScopes } from "../../../admin-scripts/src/client-scopes/reconciler";
import { clients } from "../../../admin-scripts/src/clients/reconciler";
import { toRepresentation } from "../../../admin-scripts/src/clients/representation";
import { clientSchema } from "../../../admin-scripts/src/clients/schema";
import { flows } from "../../../admin-scripts/src/flows/reconciler";
import { groups } from "../../../admin-scripts/src/groups/reconciler";
import { roles } from "../../../admin-scripts/src/roles/reconciler";
import { MANAGED_BY, MARKER_PATH, markerOf } from "../../../admin-scripts/src/resource-kit/managed";
import type { LiveResource } from "../../../admin-scripts/src/resource-kit/reconciler";
import { unnamedResources } from "../../../admin-scripts/src/resource-kit/unnamed";
import { rolesKind } from "../../../admin-scripts/src/roles";
import { useLanguage } from "../../../admin-scripts/src/messages";
import { verbatim } from "../../../admin-scripts/src/messages/said";
import { said, saying, TEST_LANGUAGE, words } from "../../support/cli-messages";

// The plan as `plan` words it: in the language runCli would choose.
useLanguage(TEST_LANGUAGE);

/** The marker apply writes on the resource `name`, and on a role or group (a list). */
const marker = (name: string) => ({ [MANAGED_BY.attribute]: markerOf(name) });
const listMarker = (name: string) => ({ [MANAGED_BY.attribute]: [markerOf(name)] });
/** The marker written before it named its resource. */
const bareMarker = { [MANAGED_BY.attribute]: MANAGED_BY.value };
const targets = (resources: LiveResource[]) => resources.map((resource) => resource.target);
/** The desired state of a kind, as far as its inventory reads it: the names. */
const named = <Field extends string>(field: Field, ...names: string[]) =>
  names.map((name) => ({ [field]: name })) as never;

describe("the live resources realm-config does not name", () => {
  it("are deletions when apply created them (marked), drift otherwise; a named one is neither", () => {
    const resource = (name: string, managed: boolean): LiveResource => ({
      name,
      target: `client ${name}`,
      managed,
      eventPath: `clients/${name}`,
      remove: async () => {},
    });
    const { drift, deletions } = unnamedResources(
      ["dexco", "basa"],
      [resource("dexco", true), resource("basa", false), resource("old-app", true), resource("by-hand", false)],
    );
    expect(targets(drift)).toEqual(["client by-hand"]);
    expect(targets(deletions)).toEqual(["client old-app"]);
  });

  it("clients: by their client id and the marker attribute naming it; a copy's or a bare marker is drift", () => {
    const client = (clientId: string, attributes: Record<string, string> = {}) =>
      [clientId, { client: { id: `id-${clientId}`, clientId, attributes } as ClientRepresentation }] as const;
    const live = new Map([
      client("dexco", marker("dexco")),
      client("old-app", marker("old-app")),
      client("drift-test"),
      client("copy-of-dexco", marker("dexco")),
      client("before-names", bareMarker),
    ]);
    const { drift, deletions } = unnamedOf(clientsKind, named("clientId", "dexco"), live, "siec");
    expect(targets(drift)).toEqual(["client drift-test", "client copy-of-dexco", "client before-names"]);
    expect(drift[0]).toMatchObject({ eventPath: "clients/id-drift-test", managed: false });
    expect(targets(deletions)).toEqual(["client old-app"]);
  });

  it("client scopes: Keycloak's default scopes are never drift nor deleted", () => {
    const live = [
      { id: "1", name: "profile", attributes: {} },
      { id: "2", name: "web-origins", attributes: {} },
      { id: "3", name: "etablissement", attributes: marker("etablissement") },
      { id: "4", name: "old-scope", attributes: marker("old-scope") },
      { id: "5", name: "by-hand", attributes: { "include.in.token.scope": "true" } },
      { id: "6", name: "copy-of-etablissement", attributes: marker("etablissement") },
    ];
    const { drift, deletions } = unnamedOf(clientScopesKind, named("name", "etablissement"), live, "siec");
    expect(targets(drift)).toEqual(["client scope by-hand", "client scope copy-of-etablissement"]);
    expect(targets(deletions)).toEqual(["client scope old-scope"]);
    expect(deletions[0]!.eventPath).toBe("client-scopes/4");
  });

  it("roles: the realm's default role, offline_access, uma_authorization and client roles are not the realm's own", () => {
    const live = {
      realm: "siec",
      roles: [
        { name: "default-roles-siec", attributes: {} },
        { name: "offline_access", attributes: {} },
        { name: "uma_authorization", attributes: {} },
        { name: "utilisateur", clientRole: true, attributes: listMarker("utilisateur") },
        { name: "gestionnaire", attributes: listMarker("gestionnaire") },
        { name: "ancien", attributes: listMarker("ancien") },
        { name: "par-la-console" },
        { name: "copie", attributes: listMarker("ancien") },
        { name: "deux-marqueurs", attributes: { [MANAGED_BY.attribute]: [markerOf("x"), markerOf("deux-marqueurs")] } },
      ],
    };
    const { drift, deletions } = unnamedOf(rolesKind, named("name", "gestionnaire"), live, "siec");
    expect(targets(drift)).toEqual(["role par-la-console", "role copie", "role deux-marqueurs"]);
    expect(targets(deletions)).toEqual(["role ancien"]);
    expect(deletions[0]!.eventPath).toBe("roles/ancien");
  });

  it("groups: by name, the marker in their attributes", () => {
    const group = (name: string, managed: boolean) =>
      [name, { id: `id-${name}`, name, managed, realmRoles: [], clientRoles: {} }] as const;
    const live = new Map([group("dexco", true), group("ancien", true), group("drift-group", false)]);
    const { drift, deletions } = unnamedOf(groupsKind, named("name", "dexco"), live, "siec");
    expect(targets(drift)).toEqual(["group drift-group"]);
    expect(targets(deletions)).toEqual(["group ancien"]);
  });

  it("flows: the marker naming the flow ends the description", () => {
    const flow = (alias: string, description: string) => {
      const read = readDescription(description, alias);
      return [
        alias,
        { flow: { id: `id-${alias}`, alias, description: read.description }, steps: [], ...read },
      ] as const;
    };
    const live = new Map([
      flow("siec browser", markedDescription("The sign-in", "siec browser")),
      flow("old flow", markedDescription("", "old flow")),
      flow("copy of browser", "made in the console"),
      flow("Copy of siec browser", markedDescription("The sign-in", "siec browser")),
    ]);
    const { drift, deletions } = unnamedOf(flowsKind, named("alias", "siec browser"), live, "siec");
    expect(targets(drift)).toEqual(["flow copy of browser", "flow Copy of siec browser"]);
    expect(targets(deletions)).toEqual(["flow old flow"]);
    expect(deletions[0]!.eventPath).toBe("authentication/flows/id-old flow");
  });

  it("are none for a kind that names no resources", () => {
    expect(unnamedOf(realmKind, {}, undefined, "siec")).toEqual({ drift: [], deletions: [] });
  });
});

describe("deletions and drift in the plan", () => {
  const deletions = deletionsOf(groupsKind, [
    { name: "ancien", target: "group ancien", managed: true, eventPath: "groups/1", remove: async () => {} },
  ]);
  const drift: Drift[] = [
    { kind: "clients", target: "client drift-test", created: Date.UTC(2026, 11, 3, 10, 40, 12, 345) },
    { kind: "groups", target: "group drift-group" },
    { kind: "roles", target: "role par-la-console", createdUnreadable: verbatim("Keycloak answered 403") },
  ];

  it("shows a deletion with its minus, counted in the summary", () => {
    expect(deletions).toMatchObject([{ kind: "groups", target: "group ancien", action: "delete", fields: [] }]);
    expect(renderPlan(deletions, "siec")).toBe(
      [
        saying("kind.groups"),
        `  - ${saying("plan.action.delete")} ${saying("target.group")} ancien`,
        "",
        saying("plan.summary", { create: 0, update: 0, delete: 1 }),
      ].join("\n"),
    );
  });

  it("lists drift with what Keycloak says of its creation, and never a date it does not give", () => {
    expect(renderDrift(drift)).toBe(
      [
        `  ${saying("plan.drift", { target: `${saying("target.client")} drift-test`, created: saying("plan.created", { time: "2026-12-03 10:40:12 UTC" }) })}`,
        `  ${saying("plan.drift", { target: `${saying("target.group")} drift-group`, created: saying("plan.noCreationRecord") })}`,
        `  ${saying("plan.drift", { target: `${saying("target.role")} par-la-console`, created: saying("plan.creationUnreadable", { reason: "Keycloak answered 403" }) })}`,
        "",
        saying("plan.driftSummary", { count: 3 }),
      ].join("\n"),
    );
    expect(renderDrift([])).toBe("");
  });

  it("says plainly that reading the creation dates needs view-events, which the CLI's service account lacks", () => {
    const refused = (status: number) =>
      new NetworkError(`HTTP ${status}`, {
        response: { status, url: "http://localhost:8080/admin/realms/siec/admin-events" } as Response,
        responseData: "",
      });
    expect(words(whyEventsUnreadable(refused(403)))).toBe(saying("plan.eventsForbidden"));
    expect(words(whyEventsUnreadable(refused(500)))).toMatch(said("api.failed", { status: 500 }));
  });

  it("gives deletions and drift in JSON too", () => {
    expect(planAsJson(deletions, "siec", {}, drift)).toEqual({
      realm: "siec",
      summary: { create: 0, update: 0, delete: 1 },
      drift: [
        { kind: "clients", target: "client drift-test", created: "2026-12-03T10:40:12.345Z" },
        { kind: "groups", target: "group drift-group", created: null },
        {
          kind: "roles",
          target: "role par-la-console",
          created: null,
          createdUnreadable: "Keycloak answered 403",
        },
      ],
      changes: [{ kind: "groups", target: "group ancien", action: "delete", fields: [] }],
    });
  });
});

describe("a marker written before it named its resource (a bare realm-config)", () => {
  const rewritten = (path: string, name: string) => [{ path, before: MANAGED_BY.value, after: markerOf(name) }];
  const fieldsOf = (changes: { target: string; action: string; fields: unknown[] }[]) =>
    changes.map(({ target, action, fields }) => ({ target, action, fields }));

  it("is rewritten by plan to name the resource realm-config declares, and nothing else changes", () => {
    const client = clientSchema.parse({
      clientId: "dexco",
      name: "DEXCO",
      type: "confidential",
      redirectUris: ["https://dexco.example/"],
    });
    const wanted = toRepresentation(client);
    const liveClient = {
      client: { ...wanted, attributes: { ...wanted.attributes, ...bareMarker } },
      defaultClientScopes: [],
      roles: [],
      serviceAccountRoles: [],
    };
    expect(fieldsOf(clients.diff([client], new Map([["dexco", liveClient]]), "siec"))).toEqual([
      { target: "client dexco", action: "update", fields: rewritten(MARKER_PATH, "dexco") },
    ]);

    const scope = { name: "etablissement", description: "", includeInTokenScope: true, mappers: [] };
    const liveScope = {
      name: "etablissement",
      description: "",
      protocol: "openid-connect",
      attributes: { "include.in.token.scope": "true", "display.on.consent.screen": "false", ...bareMarker },
    };
    expect(fieldsOf(clientScopes.diff([scope], [liveScope], "siec"))).toEqual([
      { target: "client scope etablissement", action: "update", fields: rewritten(MARKER_PATH, "etablissement") },
    ]);

    const liveRoles = {
      realm: "siec",
      roles: [{ name: "gestionnaire", description: "x", attributes: { [MANAGED_BY.attribute]: [MANAGED_BY.value] } }],
    };
    expect(fieldsOf(roles.diff([{ name: "gestionnaire", description: "x" }], liveRoles, "siec"))).toEqual([
      { target: "role gestionnaire", action: "update", fields: rewritten(MARKER_PATH, "gestionnaire") },
    ]);

    const liveGroup = {
      id: "1",
      name: "dexco",
      managed: false,
      bare: true,
      attributes: {},
      realmRoles: [],
      clientRoles: { dexco: ["utilisateur"] },
    };
    expect(
      fieldsOf(
        groups.diff(
          [{ name: "dexco", realmRoles: [], clientRoles: { dexco: ["utilisateur"] } }],
          new Map([["dexco", liveGroup]]),
          "siec",
        ),
      ),
    ).toEqual([{ target: "group dexco", action: "update", fields: rewritten(MARKER_PATH, "dexco") }]);

    const steps = [{ authenticator: "auth-cookie", requirement: "ALTERNATIVE" as const }];
    const read = readDescription("The sign-in [siec.managed-by: realm-config]", "siec browser");
    const liveFlow = { flow: { id: "f", alias: "siec browser", description: read.description }, steps, ...read };
    expect(
      fieldsOf(
        flows.diff(
          [{ alias: "siec browser", description: "The sign-in", steps }],
          new Map([["siec browser", liveFlow]]),
          "siec",
        ),
      ),
    ).toEqual([
      { target: "flow siec browser", action: "update", fields: rewritten(MANAGED_BY.attribute, "siec browser") },
    ]);
  });

  it("marks nothing in the meantime: realm-config no longer naming it, it is drift", () => {
    const client = (clientId: string) =>
      [clientId, { client: { id: clientId, clientId, attributes: bareMarker } as ClientRepresentation }] as const;
    const { drift, deletions } = unnamedOf(clientsKind, named("clientId"), new Map([client("old-app")]), "siec");
    expect(targets(drift)).toEqual(["client old-app"]);
    expect(deletions).toEqual([]);
  });
});
