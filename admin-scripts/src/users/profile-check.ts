import type KeycloakAdminClient from "@keycloak/keycloak-admin-client";
import pLimit from "p-limit";
import {
  profileCheckUrl,
  USER_ATTRIBUTES,
  type ProfileCandidate,
  type ProfileCheckAnswer,
  type ProfileRefusal,
} from "@siec/contract";
import type { Language } from "../messages/language";
import { said, SaidError } from "../messages/said";
import { newAccountProfile, updatedAccountProfile } from "./account-profile";
import type { DesiredAccount } from "./accounts";
import { COLUMNS, type Column } from "./columns";
import { writesProfile, type ImportPlan } from "./import-plan";
import type { CsvFile, RowProblem } from "./read-csv";

/** The server could not check the accounts (no portal extension, or a failure): nothing is imported unchecked. */
export class ProfileCheckRefused extends SaidError {}

/** Accounts per request: one request's validation stays well under a second of server time. */
const BATCH_SIZE = 1_000;
/** One request keeps one core of Keycloak busy. */
const BATCHES_AT_ONCE = 2;

/** The column of each user-profile attribute an import writes: the username is the e-mail address. */
const COLUMN_OF: Record<string, Column> = {
  username: "email",
  email: "email",
  firstName: "firstName",
  lastName: "lastName",
  [USER_ATTRIBUTES.etablissement]: "etablissements",
  [USER_ATTRIBUTES.principal]: "principal",
};

/**
 * The rows of `plan` whose writes the realm's user profile refuses, each refusal as a problem of
 * its column: every account the import would create or change is checked by Keycloak's own
 * validators (the extension's siec-profile-check), since its partial import skips them. Why is
 * the server's to say, in the operator's language: Keycloak's words and the portal theme's, as the
 * sign-in pages say them (a validator's own `error-message` included).
 */
export async function refusedByUserProfile(
  api: KeycloakAdminClient,
  realm: string,
  csv: CsvFile,
  plan: ImportPlan,
  language: Language,
): Promise<RowProblem[]> {
  const written: { account: DesiredAccount; candidate: ProfileCandidate }[] = [
    ...plan.create.map((account) => ({ account, candidate: newAccountProfile(account) })),
    ...plan.update
      .filter(writesProfile)
      .map(({ desired, live }) => ({ account: desired, candidate: updatedAccountProfile(desired, live) })),
  ];
  const refusals = await checkWithUserProfile(
    api,
    realm,
    written.map(({ candidate }) => candidate),
    language,
  );
  const cells = new Map(csv.rows.map((row) => [row.line, row.cells]));
  const problems = written.flatMap(({ account }, index) =>
    refusals[index]!.map((refusal) => {
      const column = COLUMN_OF[refusal.attribute];
      return {
        line: account.line,
        column: column ? (csv.headers[column] ?? COLUMNS[column].label) : refusal.attribute,
        value: column ? (cells.get(account.line)?.[column] ?? "").trim() : "",
        message: said("row.refusedByProfile", { rule: refusal.code, reason: refusal.message }),
      };
    }),
  );
  // The address is the username too: a rule both refuse is one problem of its cell.
  const seen = new Set<string>();
  return problems.filter((problem) => {
    const key = JSON.stringify([problem.line, problem.column, problem.message]);
    return !seen.has(key) && Boolean(seen.add(key));
  });
}

/** Each candidate's refusals, in order, in a few requests. */
async function checkWithUserProfile(
  api: KeycloakAdminClient,
  realm: string,
  candidates: ProfileCandidate[],
  language: Language,
): Promise<ProfileRefusal[][]> {
  const limit = pLimit(BATCHES_AT_ONCE);
  const batches = Array.from({ length: Math.ceil(candidates.length / BATCH_SIZE) }, (_, index) =>
    candidates.slice(index * BATCH_SIZE, (index + 1) * BATCH_SIZE),
  );
  return (await Promise.all(batches.map((batch) => limit(() => checkBatch(api, realm, batch, language))))).flat();
}

async function checkBatch(
  api: KeycloakAdminClient,
  realm: string,
  candidates: ProfileCandidate[],
  language: Language,
): Promise<ProfileCheckAnswer> {
  const response = await fetch(profileCheckUrl(api.baseUrl, realm, language), {
    method: "POST",
    headers: {
      authorization: `Bearer ${await api.getAccessToken()}`,
      "content-type": "application/json",
      accept: "application/json",
    },
    body: JSON.stringify(candidates),
  });
  if (!response.ok) {
    throw new ProfileCheckRefused(
      said("profileCheck.refused", { realm, status: response.status, body: await response.text() }),
    );
  }
  return (await response.json()) as ProfileCheckAnswer;
}
