import { fileURLToPath } from "node:url";
import path from "node:path";

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** Downloads, unpacked servers, logs: everything the stack makes and git ignores. */
export const cacheDir = path.join(repoRoot, ".cache");
