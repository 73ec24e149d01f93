import { EXTENSION_ENDPOINTS } from "@siec/contract";

/**
 * Every request the admin client makes goes through `fetch`. This wraps it, for the Keycloak URLs
 * registered here only, to count requests (a second apply must make zero writes) and to retry
 * what can safely be retried: connection failures before anything was sent, and "unavailable"
 * answers (502, 503, 504: a proxy or a server starting up) to reads and idempotent writes. A 500 is
 * Keycloak's own failure (the mail server refused an e-mail, say): asking again would not help.
 */
export interface RequestStats {
  reads: number;
  writes: number;
  retries: number;
}

const RETRY_DELAYS_MS = [250, 500, 1_000, 2_000, 4_000, 8_000];
const IDEMPOTENT = new Set(["GET", "HEAD", "PUT", "DELETE"]);
/** Posts that write nothing: a token, the user profile's check of candidate accounts. */
const WRITES_NOTHING = ["/protocol/openid-connect/token", `/${EXTENSION_ENDPOINTS.profileCheck}`];
const UNAVAILABLE = new Set([502, 503, 504]);
const watched = new Map<string, RequestStats>();
let originalFetch: typeof fetch | undefined;

/** The counts of one Keycloak URL since this process first talked to it. */
export function watchRequests(baseUrl: string): RequestStats {
  let stats = watched.get(baseUrl);
  if (!stats) {
    stats = { reads: 0, writes: 0, retries: 0 };
    watched.set(baseUrl, stats);
  }
  if (!originalFetch) {
    originalFetch = globalThis.fetch;
    globalThis.fetch = instrumentedFetch;
  }
  return stats;
}

async function instrumentedFetch(input: string | URL | Request, init?: RequestInit): Promise<Response> {
  const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
  const stats = [...watched.entries()].find(([base]) => url.startsWith(base))?.[1];
  if (!stats) return originalFetch!(input, init);
  const method = (init?.method ?? (input instanceof Request ? input.method : "GET")).toUpperCase();
  const isWrite = !["GET", "HEAD"].includes(method) && !WRITES_NOTHING.some((path) => url.includes(path));
  for (let attempt = 0; ; attempt++) {
    const retry = async () => {
      stats.retries++;
      await new Promise((resolve) => setTimeout(resolve, RETRY_DELAYS_MS[attempt]));
    };
    try {
      if (isWrite) stats.writes++;
      else stats.reads++;
      const response = await originalFetch!(input, init);
      if (UNAVAILABLE.has(response.status) && IDEMPOTENT.has(method) && attempt < RETRY_DELAYS_MS.length) {
        await retry();
        continue;
      }
      return response;
    } catch (error) {
      const retriable =
        connectionFailure(error) === "refused" || (connectionFailure(error) === "lost" && IDEMPOTENT.has(method));
      if (!retriable || attempt >= RETRY_DELAYS_MS.length) throw error;
      await retry();
    }
  }
}

/** `refused`: the server never saw the request; `lost`: it may have acted on it. */
function connectionFailure(error: unknown): "refused" | "lost" | undefined {
  const code = (error as { cause?: { code?: string } }).cause?.code;
  if (code === "ECONNREFUSED" || code === "EAI_AGAIN") return "refused";
  if (code === "ECONNRESET" || code === "UND_ERR_SOCKET" || code === "EPIPE") return "lost";
  return undefined;
}
