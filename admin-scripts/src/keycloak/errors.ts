import { NetworkError } from "@keycloak/keycloak-admin-client";
import { said, saidOf, type Said } from "../messages/said";

/** The realm-management role each part of the admin API needs, to name it when Keycloak says 403. */
function roleFor(path: string, method: string): string {
  const write = method !== "GET";
  if (/\/admin-events(\/|$|\?)/.test(path)) return "view-events";
  if (/\/clients(\/|$|\?)/.test(path)) return write ? "manage-clients" : "view-clients";
  if (/\/(users|groups)(\/|$|\?)/.test(path)) return write ? "manage-users" : "view-users";
  if (/\/identity-provider(\/|$|\?)/.test(path)) return write ? "manage-identity-providers" : "view-identity-providers";
  return write ? "manage-realm" : "view-realm";
}

/** An answer of Keycloak's admin API, or a connection that failed: what `describeApiError` names. */
export function isKeycloakFailure(error: unknown): boolean {
  return error instanceof NetworkError || (error as { cause?: { code?: string } }).cause?.code !== undefined;
}

/** Keycloak's 409: another transaction wrote the same resource first (it may still be committing). */
export function isConflict(error: unknown): boolean {
  return error instanceof NetworkError && error.response.status === 409;
}

/** A message an operator can act on, for an error of the admin API. */
export function describeApiError(error: unknown, context: { method?: string } = {}): Said {
  const code = (error as { cause?: { code?: string } }).cause?.code;
  if (code === "ECONNREFUSED" || code === "EAI_AGAIN") {
    return said("api.noAnswer", { code });
  }
  if (code) return said("api.connectionLost", { code });
  if (!(error instanceof NetworkError)) return saidOf(error);
  const { status, url } = error.response;
  const path = new URL(url).pathname;
  const detail =
    typeof error.responseData === "object" ? JSON.stringify(error.responseData) : String(error.responseData ?? "");
  if (status === 401) return said("api.unauthorized", { path });
  if (status === 403) {
    return said("api.forbidden", { path, role: roleFor(path, context.method ?? "GET") });
  }
  return said("api.failed", { status, path, detail: detail || error.message });
}
