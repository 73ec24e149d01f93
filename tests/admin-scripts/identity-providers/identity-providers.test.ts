import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import type IdentityProviderMapperRepresentation from "@keycloak/keycloak-admin-client/lib/defs/identityProviderMapperRepresentation";
import { PROCONNECT } from "@siec/contract";
import { stringify } from "yaml";
import { describe, expect, it } from "vitest";
import { renderPlan } from "../../../admin-scripts/src/commands/plan-text";
import { schemaComment } from "../../../admin-scripts/src/config/json-schema";
import { InvalidRealmConfig, type Problem } from "../../../admin-scripts/src/config/problems";
import { loadRealmConfig } from "../../../admin-scripts/src/config/realm-config";
import { identityProvidersKind } from "../../../admin-scripts/src/identity-providers";
import {
  identityProviders,
  mapperName,
  type LiveIdentityProvider,
} from "../../../admin-scripts/src/identity-providers/reconciler";
import {
  MASKED_SECRET,
  toMapperRepresentation,
  toRepresentation,
} from "../../../admin-scripts/src/identity-providers/representation";
import type { IdentityProvider } from "../../../admin-scripts/src/identity-providers/schema";
import { useLanguage } from "../../../admin-scripts/src/messages";
import { diffKind, unnamedOf } from "../../../admin-scripts/src/reconcile/plan";
import { MANAGED_BY, markerOf } from "../../../admin-scripts/src/resource-kit/managed";
import { escapeVariables } from "../../../admin-scripts/src/resource-kit/variables";
import { TEST_LANGUAGE } from "../../support/cli-messages";
import { PROCONNECT_FILE, PROCONNECT_VARIABLES, realmConfigCopyToEdit } from "./fixture";

useLanguage(TEST_LANGUAGE);

const ISSUER = PROCONNECT_VARIABLES.PROCONNECT_ISSUER;

async function loadExample(environment: Record<string, string> = PROCONNECT_VARIABLES): Promise<IdentityProvider> {
  const config = await loadRealmConfig(await realmConfigCopyToEdit(), environment);
  return config.identityProviders[0]!;
}

/** The problems of the example once `edit` is made to its file, read with `environment`. */
async function problemsOfExample(
  edit: (content: string) => string,
  environment: Record<string, string> = PROCONNECT_VARIABLES,
): Promise<{ problems: Problem[]; lineOf: (text: string) => number }> {
  const directory = await realmConfigCopyToEdit();
  const file = path.join(directory, PROCONNECT_FILE);
  const content = edit(await readFile(file, "utf8"));
  await writeFile(file, content);
  const lineOf = (text: string) => {
    const start = content.indexOf(text);
    if (start < 0) throw new Error(`test set-up: "${text}" not in the edited file`);
    return content.slice(0, start).split("\n").length;
  };
  try {
    await loadRealmConfig(directory, environment);
  } catch (error) {
    if (error instanceof InvalidRealmConfig) return { problems: error.problems, lineOf };
    throw error;
  }
  throw new Error("the configuration was accepted");
}

function replace(search: string, replacement: string) {
  return (content: string) => {
    if (!content.includes(search)) throw new Error(`test set-up: "${search}" not found`);
    return content.replace(search, replacement);
  };
}

/** The provider as Keycloak answers it once apply wrote it: the secret masked, the marker, keys of its own. */
function liveAsWritten(provider: IdentityProvider): LiveIdentityProvider {
  const written = toRepresentation(provider);
  return {
    provider: {
      ...written,
      internalId: "internal-id",
      addReadTokenRoleOnCreate: false,
      config: {
        ...written.config,
        clientSecret: MASKED_SECRET,
        [MANAGED_BY.attribute]: markerOf(provider.alias),
        guiOrder: "",
      },
    },
    mappers: provider.mappers.map((mapper) => {
      const representation = toMapperRepresentation(provider.alias, mapper);
      return {
        ...representation,
        id: `id-${mapper.name}`,
        config: { ...representation.config, [MANAGED_BY.attribute]: markerOf(mapperName(provider.alias, mapper.name)) },
      };
    }),
  };
}

const planOf = (desired: IdentityProvider[], live: Map<string, LiveIdentityProvider>) =>
  diffKind(identityProvidersKind, desired, live, "siec");
const paths = (changes: { fields: { path: string }[] }[]) =>
  changes.flatMap((change) => change.fields.map((f) => f.path));

describe("identity-providers/<alias>.yaml", () => {
  it("declares ProConnect: its endpoints from PROCONNECT_ISSUER, its scopes, PKCE, its mappers by name", async () => {
    const provider = await loadExample();
    expect(provider).toMatchObject({
      alias: "proconnect",
      issuer: ISSUER,
      endpoints: {
        authorization: `${ISSUER}/authorize`,
        token: `${ISSUER}/token`,
        userinfo: `${ISSUER}/userinfo`,
        jwks: `${ISSUER}/jwks`,
        endSession: `${ISSUER}/session/end`,
      },
      clientSecret: PROCONNECT_VARIABLES.PROCONNECT_CLIENT_SECRET,
      scopes: ["openid", "email", "given_name", "usual_name", "uid", "siret", "idp_id"],
      acceptedAcr: ["eidas1", "eidas2", "eidas3"],
      syncMode: "IMPORT",
      firstBrokerLoginFlowAlias: "siec proconnect first sign-in",
      trustEmail: false,
      storeToken: false,
      hideOnLogin: false,
    });
    expect(provider.mappers.map((mapper) => [mapper.claim, mapper.userAttribute, mapper.syncMode])).toEqual([
      ["uid", "proconnect_uid", "FORCE"],
      ["idp_id", "proconnect_idp_id", "FORCE"],
    ]);
  });

  it("is written for the extension's ProConnect broker: signatures checked with the JWKS, PKCE, no discovery", async () => {
    const { config, ...provider } = toRepresentation(await loadExample());
    expect(provider).toMatchObject({
      providerId: PROCONNECT.providerId,
      trustEmail: false,
      storeToken: false,
      linkOnly: false,
    });
    expect(config).toMatchObject({
      validateSignature: "true",
      useJwksUrl: "true",
      jwksUrl: `${ISSUER}/jwks`,
      pkceEnabled: "true",
      pkceMethod: "S256",
      defaultScope: "openid email given_name usual_name uid siret idp_id",
      syncMode: "IMPORT",
      // The broker reads the userinfo itself, and takes only a signed one.
      disableUserInfo: "true",
      [PROCONNECT.acceptedAcrConfig]: "eidas1 eidas2 eidas3",
    });
  });
});

describe("a bad identity provider file is refused with file, line and field", () => {
  const inExample = (problem: Problem) => problem.file.endsWith(PROCONNECT_FILE);

  it("enabled, with the client secret's variable not set", async () => {
    const { PROCONNECT_CLIENT_SECRET: _unset, ...others } = PROCONNECT_VARIABLES;
    const { problems, lineOf } = await problemsOfExample((content) => content, others);
    expect(problems).toHaveLength(1);
    expect(inExample(problems[0]!)).toBe(true);
    expect(problems[0]).toMatchObject({ line: lineOf("clientSecret:"), path: "clientSecret" });
    expect(problems[0]!.message).toEqual({ code: "schema.enabledNeedsClient", values: { field: "clientSecret" } });
  });

  it("disabled, with neither client id nor secret: an environment not registered with ProConnect yet", async () => {
    const provider = await loadExample({});
    expect(provider).toMatchObject({ enabled: false, clientId: "", clientSecret: "", issuer: ISSUER });
  });

  it("the secret's variable read by a public field", async () => {
    const { problems, lineOf } = await problemsOfExample(
      replace("clientId: ${PROCONNECT_CLIENT_ID:-}", "clientId: ${PROCONNECT_CLIENT_SECRET}"),
    );
    expect(problems).toMatchObject([{ line: lineOf("clientId:"), path: "clientId" }]);
    expect(problems[0]!.message.code).toBe("variables.secretInPublicField");
  });

  it("a flow that flows.yaml does not declare", async () => {
    const { problems, lineOf } = await problemsOfExample(
      replace("postBrokerLoginFlowAlias: siec proconnect after sign-in", "postBrokerLoginFlowAlias: siec nowhere"),
    );
    expect(problems).toMatchObject([
      {
        line: lineOf("postBrokerLoginFlowAlias:"),
        path: "postBrokerLoginFlowAlias",
        message: { code: "config.flowNotDeclared", values: { alias: "siec nowhere" } },
      },
    ]);
    expect(inExample(problems[0]!)).toBe(true);
  });

  it("an endpoint that is no web address", async () => {
    const { problems, lineOf } = await problemsOfExample(
      replace(`jwks: \${PROCONNECT_ISSUER:-${ISSUER}}/jwks`, "jwks: jwks.json"),
    );
    expect(problems).toMatchObject([{ line: lineOf("  jwks:"), path: "endpoints.jwks" }]);
    expect(problems[0]!.message.code).toBe("verbatim");
  });

  it.each([
    ["trustEmail", replace("trustEmail: false", "trustEmail: true"), "trustEmail:", "schema.neverTrustEmail"],
    ["storeToken", replace("storeToken: false", "storeToken: true"), "storeToken:", "schema.neverStoreToken"],
    ["scopes", replace("scopes: [openid, ", "scopes: ["), "scopes:", "schema.scopesNeedOpenid"],
    [
      "mappers.0.syncMode",
      replace("userAttribute: proconnect_uid", "userAttribute: lastName"),
      "    syncMode: FORCE\n",
      "schema.forceOverwritesSiec",
    ],
    [
      "mappers.1.name",
      replace("name: fournisseur ProConnect", "name: uid ProConnect"),
      "name: uid ProConnect\n    claim: idp_id",
      "schema.mapperTwice",
    ],
    ["acceptedAcr", replace("acceptedAcr: [eidas1, eidas2, eidas3]", "acceptedAcr: []"), "acceptedAcr:", "verbatim"],
  ])("%s: what the portal never does", async (field, edit, text, code) => {
    const { problems, lineOf } = await problemsOfExample(edit);
    expect(problems).toMatchObject([{ path: field, line: lineOf(text) }]);
    expect(problems[0]!.message.code).toBe(code);
  });
});

describe("the plan of an identity provider", () => {
  it("creates it with its mappers, the secret masked in the plan", async () => {
    const provider = await loadExample();
    const changes = planOf([provider], new Map());
    expect(changes.map(({ action, target }) => `${action} ${target}`)).toEqual(["create identity provider proconnect"]);
    expect(changes[0]!.fields.find((field) => field.path === "config.clientSecret")).toMatchObject({ secret: true });
    expect(paths(changes)).toContain("mappers.uid ProConnect.config.user.attribute");
    expect(renderPlan(changes, "siec", PROCONNECT_VARIABLES)).not.toContain(
      PROCONNECT_VARIABLES.PROCONNECT_CLIENT_SECRET,
    );
  });

  it("is nothing once written: Keycloak's masked secret and its own keys are no change", async () => {
    const provider = await loadExample();
    expect(planOf([provider], new Map([["proconnect", liveAsWritten(provider)]]))).toEqual([]);
  });

  it("changes exactly the field that differs", async () => {
    const provider = await loadExample();
    const live = liveAsWritten(provider);
    live.provider.config!.tokenUrl = "https://old.example/token";
    live.provider.displayName = "Ancien nom";
    const changes = planOf([provider], new Map([["proconnect", live]]));
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ action: "update", target: "identity provider proconnect" });
    expect(changes[0]!.fields).toEqual([
      { path: "displayName", before: "Ancien nom", after: "ProConnect" },
      { path: "config.tokenUrl", before: "https://old.example/token", after: `${ISSUER}/token` },
    ]);
  });

  it("adds a mapper the file names, and changes one that differs", async () => {
    const provider = await loadExample();
    const live = liveAsWritten(provider);
    live.mappers = live.mappers.filter((mapper) => mapper.name !== "uid ProConnect");
    live.mappers.find((mapper) => mapper.name === "fournisseur ProConnect")!.config["user.attribute"] = "nickname";
    const [change] = planOf([provider], new Map([["proconnect", live]]));
    expect(change!.fields.at(-1)).toEqual({
      path: "mappers.fournisseur ProConnect.config.user.attribute",
      before: "nickname",
      after: "proconnect_idp_id",
    });
    expect(paths([change!])).toEqual([
      "mappers.uid ProConnect.identityProviderMapper",
      "mappers.uid ProConnect.config.claim",
      "mappers.uid ProConnect.config.user.attribute",
      "mappers.uid ProConnect.config.syncMode",
      "mappers.fournisseur ProConnect.config.user.attribute",
    ]);
  });

  it("sends the secret when the live provider holds none", async () => {
    const provider = await loadExample();
    const live = liveAsWritten(provider);
    delete live.provider.config!.clientSecret;
    const [change] = planOf([provider], new Map([["proconnect", live]]));
    expect(change!.fields).toEqual([
      {
        path: "config.clientSecret",
        before: undefined,
        after: PROCONNECT_VARIABLES.PROCONNECT_CLIENT_SECRET,
        secret: true,
      },
    ]);
  });
});

describe("what the live realm holds that the folder does not name", () => {
  it("a mapper made by hand is drift, one apply made is a deletion, before its provider's", async () => {
    const provider = await loadExample();
    const live = liveAsWritten(provider);
    const byHand: IdentityProviderMapperRepresentation = {
      id: "by-hand",
      name: "siret",
      identityProviderAlias: "proconnect",
      identityProviderMapper: "oidc-user-attribute-idp-mapper",
      config: { claim: "siret", "user.attribute": "siret" },
    };
    live.mappers.push(byHand);
    const declared = [provider];
    expect(
      unnamedOf(identityProvidersKind, declared, new Map([["proconnect", live]]), "siec").drift.map((r) => r.target),
    ).toEqual(["identity provider mapper proconnect/siret"]);

    const removed = { ...provider, mappers: provider.mappers.filter((mapper) => mapper.name !== "uid ProConnect") };
    const { drift, deletions } = unnamedOf(identityProvidersKind, [removed], new Map([["proconnect", live]]), "siec");
    expect(drift.map((resource) => resource.target)).toEqual(["identity provider mapper proconnect/siret"]);
    expect(deletions.map((resource) => resource.target)).toEqual([
      "identity provider mapper proconnect/uid ProConnect",
    ]);

    const gone = unnamedOf(identityProvidersKind, [], new Map([["proconnect", live]]), "siec");
    expect(gone.deletions.map((resource) => resource.target)).toEqual([
      ...provider.mappers.map((mapper) => `identity provider mapper proconnect/${mapper.name}`),
      "identity provider proconnect",
    ]);
  });
});

describe("the export of an identity provider", () => {
  it("reads back as the same provider, its secret as its variable, never its value", async () => {
    const provider = await loadExample();
    const [content] = identityProviders.export!(new Map([["proconnect", liveAsWritten(provider)]])) as unknown[];
    const text = `${schemaComment("identity-providers/proconnect.yaml")}\n${stringify(escapeVariables(content), { lineWidth: 0 })}`;
    expect(text).toContain("clientSecret: ${PROCONNECT_CLIENT_SECRET}");
    expect(text).not.toContain(MASKED_SECRET);

    const directory = await realmConfigCopyToEdit();
    await writeFile(path.join(directory, PROCONNECT_FILE), text);
    const config = await loadRealmConfig(directory, PROCONNECT_VARIABLES);
    const byName = [...provider.mappers].sort((a, b) => (a.name < b.name ? -1 : 1));
    expect(config.identityProviders).toEqual([{ ...provider, mappers: byName }]);
  });

  it("of a disabled provider reads back without its secret's variable", async () => {
    const provider = await loadExample({});
    const [content] = identityProviders.export!(new Map([["proconnect", liveAsWritten(provider)]])) as unknown[];
    const text = stringify(escapeVariables(content), { lineWidth: 0 });
    expect(text).toContain("clientSecret: ${PROCONNECT_CLIENT_SECRET:-}");
    const directory = await realmConfigCopyToEdit();
    await writeFile(path.join(directory, PROCONNECT_FILE), text);
    const byName = [...provider.mappers].sort((a, b) => (a.name < b.name ? -1 : 1));
    expect((await loadRealmConfig(directory, {})).identityProviders).toEqual([{ ...provider, mappers: byName }]);
  });
});
