import { readFileSync, readdirSync } from "node:fs";
import { clockTicks, groupProcesses, statFields } from "./keycloak";

/**
 * Where a server's CPU goes by thread, from /proc/<pid>/task/<tid>/stat: the CPU of every thread,
 * Java or not. The Flight Recorder samples Java code only; the JIT compilers, the garbage
 * collector and the JVM's own threads are seen here.
 */
export type ThreadTicks = Map<number, { name: string; ticks: number }>;

/** CPU clock ticks used so far by each thread of each live process of process group `group`. */
export function threadTicks(group: number): ThreadTicks {
  const threads: ThreadTicks = new Map();
  for (const pid of groupProcesses(group)) {
    let tids: string[];
    try {
      tids = readdirSync(`/proc/${pid}/task`);
    } catch {
      continue; // ended meanwhile
    }
    for (const tid of tids) {
      const fields = statFields(`/proc/${pid}/task/${tid}/stat`);
      const name = threadName(`/proc/${pid}/task/${tid}/comm`);
      if (fields && name !== undefined)
        threads.set(Number(tid), { name, ticks: Number(fields[11]) + Number(fields[12]) });
    }
  }
  return threads;
}

/**
 * Seconds of CPU by kind of thread between two readings of the same servers. A thread started
 * meanwhile counts from zero; a thread ended meanwhile is lost (the JVM's pools keep theirs).
 */
export function cpuByKind(before: ThreadTicks[], after: ThreadTicks[]): Map<string, number> {
  const kinds = new Map<string, number>();
  after.forEach((threads, server) => {
    for (const [tid, { name, ticks }] of threads) {
      const used = ticks - (before[server]?.get(tid)?.ticks ?? 0);
      if (used <= 0) continue;
      const kind = threadKind(name);
      kinds.set(kind, (kinds.get(kind) ?? 0) + used / clockTicks);
    }
  });
  return kinds;
}

/**
 * Kinds of a Keycloak's threads, by the name the JVM gives them (Linux keeps 15 characters);
 * a name matched by none is its own kind, its numbers dropped.
 */
export const JIT_COMPILERS = "JIT compilers (C1, C2)";
export const FLIGHT_RECORDER = "Flight Recorder";
const KINDS: [kind: string, name: RegExp][] = [
  ["requests (Quarkus executor)", /^executor-thread/],
  ["HTTP I/O (Vert.x event loop)", /^vert\.x-/],
  [JIT_COMPILERS, /^C[12] CompilerThre/],
  ["garbage collector (G1)", /^(GC Thread|G1 |GC )/],
  ["JVM safepoints (VM Thread)", /^VM Thread/],
  ["cluster (JGroups)", /^(jgroups|TQ-Bundler|NioConnection|Timer runner|TcpServer|Connection\.Rec|UDP|FD_SOCK)/i],
  [
    "caches (Infinispan)",
    /^(non-blocking-|blocking-thre|expiration-|timeout-thre|persistence-|async-thread|remote-thread)/,
  ],
  ["database pool (Agroal)", /^agroal/],
  [FLIGHT_RECORDER, /^JFR /],
];

export function threadKind(name: string): string {
  return KINDS.find(([, pattern]) => pattern.test(name))?.[0] ?? name.replace(/[-#\s]*\d+$/, "");
}

function threadName(path: string): string | undefined {
  try {
    return readFileSync(path, "utf8").trimEnd();
  } catch {
    return undefined;
  }
}
