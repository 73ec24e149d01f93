import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { groupProcesses } from "./keycloak";

/**
 * Where a Keycloak's CPU goes, from the JDK's Flight Recorder: execution samples of its Java
 * threads (every 10 ms of a running thread), recorded over one measure with `jcmd`, with deep stacks.
 */
export interface Profile {
  samples: number;
  /** Samples with at least one frame of each area (an area counts once per sample). */
  areas: Map<string, number>;
  /** Samples whose top frame (where the CPU was) is each method. */
  topFrames: Map<string, number>;
}

/**
 * The areas a sign-in's work falls into, first match wins for a frame; a sample is in every area
 * one of its frames is in ("FreeMarker" holds the page data walk and the page's own template).
 */
const AREAS: [area: string, frame: RegExp][] = [
  ["siec: Content-Security-Policy (PageScriptsPolicy)", /^fr\.siec\.portail\.PageScriptsPolicy\./],
  ["siec: robot check", /^fr\.siec\.portail\.(RobotCheck|RobotChallengeResource)\./],
  ["siec: last sign-in day", /^fr\.siec\.portail\.LastSignInDay\./],
  // Not the sign-in forms' subclasses: they call Keycloak's whole password check.
  ["siec: other extension code", /^fr\.siec\.portail\.(?!RobotChecked)/],
  ["FreeMarker (page templates)", /^freemarker\./],
  ["theme: messages, properties, resources", /^org\.keycloak\.theme\./],
  ["password hashing (argon2)", /Argon2|argon2/],
  ["tokens: signatures", /^(java\.security\.Signature|sun\.security\.(rsa|ec)|org\.keycloak\.crypto\.)/],
  ["JSON (Jackson)", /^com\.fasterxml\.jackson\./],
  ["database (PostgreSQL JDBC)", /^org\.postgresql\./],
  ["Hibernate", /^org\.hibernate\./],
  ["caches (Infinispan)", /^org\.infinispan\./],
  ["cluster (JGroups)", /^org\.jgroups\./],
  ["HTTP (Vert.x, Netty, RESTEasy)", /^(io\.vertx|io\.netty|org\.jboss\.resteasy|io\.quarkus\.vertx)\./],
  ["user profile", /^org\.keycloak\.userprofile\./],
  ["events", /^org\.keycloak\.events\./],
];

/** The Java process of a server started in its own process group (kc.sh runs java as its child). */
export function javaPid(group: number): number {
  const pid = groupProcesses(group).find((candidate) => {
    try {
      return readFileSync(`/proc/${candidate}/comm`, "utf8").trim() === "java";
    } catch {
      return false; // ended meanwhile
    }
  });
  if (pid === undefined) throw new Error(`no java process in process group ${group}`);
  return Number(pid);
}

/** Starts a recording on the server of process group `group`; `stop()` ends it and reads it. */
export function startRecording(group: number, name: string): { stop(): Profile } {
  const pid = String(javaPid(group));
  const directory = mkdtempSync(join(tmpdir(), "siec-jfr-"));
  const file = join(directory, `${name}.jfr`);
  const jcmd = (...args: string[]) => execFileSync("jcmd", [pid, ...args], { encoding: "utf8" });
  // FreeMarker's recursion is deeper than JFR's default 64 frames; only settable before a first recording.
  try {
    jcmd("JFR.configure", "stackdepth=256");
  } catch {
    // already recording once: the depth stays as it was set then
  }
  // Execution samples alone: the JDK's "profile" settings also record allocations and locks with
  // their stacks, which here cost the server a third of its sign-ins.
  const settings = join(directory, "cpu.jfc");
  writeFileSync(settings, CPU_SAMPLES_ONLY);
  jcmd("JFR.start", `name=${name}`, `settings=${settings}`);
  return {
    stop() {
      jcmd("JFR.stop", `name=${name}`, `filename=${file}`);
      try {
        return readProfile(file);
      } finally {
        rmSync(directory, { recursive: true, force: true });
      }
    },
  };
}

const CPU_SAMPLES_ONLY = `<?xml version="1.0" encoding="UTF-8"?>
<configuration version="2.0" label="siec: CPU samples">
  <event name="jdk.ExecutionSample"><setting name="enabled">true</setting><setting name="period">10 ms</setting></event>
</configuration>
`;

interface JfrFrame {
  method: { type: { name: string }; name: string };
}

function readProfile(file: string): Profile {
  const json = execFileSync("jfr", ["print", "--json", "--events", "jdk.ExecutionSample", file], {
    encoding: "utf8",
    maxBuffer: 1 << 30,
  });
  const events = (JSON.parse(json) as { recording: { events: { values: { stackTrace?: { frames: JfrFrame[] } } }[] } })
    .recording.events;
  const profile: Profile = { samples: 0, areas: new Map(), topFrames: new Map() };
  const add = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
  for (const { values } of events) {
    const frames = (values.stackTrace?.frames ?? []).map(
      (frame) => `${frame.method.type.name.replaceAll("/", ".")}.${frame.method.name}`,
    );
    if (frames.length === 0) continue;
    profile.samples++;
    add(profile.topFrames, frames[0]!);
    const areas = new Set<string>();
    for (const frame of frames) {
      const area = AREAS.find(([, pattern]) => pattern.test(frame))?.[0];
      if (area) areas.add(area);
    }
    for (const area of areas) add(profile.areas, area);
  }
  return profile;
}

/** Profiles of several servers over the same measure (the nodes of a cluster), as one. */
export function mergeProfiles(profiles: Profile[]): Profile {
  const merged: Profile = { samples: 0, areas: new Map(), topFrames: new Map() };
  const add = (into: Map<string, number>, from: Map<string, number>) => {
    for (const [key, count] of from) into.set(key, (into.get(key) ?? 0) + count);
  };
  for (const profile of profiles) {
    merged.samples += profile.samples;
    add(merged.areas, profile.areas);
    add(merged.topFrames, profile.topFrames);
  }
  return merged;
}

/** The areas, in JFR samples per sign-in, for several measures side by side (the first one's order). */
export function compareProfiles(
  profiles: { label: string; profile: Profile; signIns: number }[],
  topFrames = 12,
): (string | number)[][] {
  const perSignIn = (count: number | undefined, signIns: number) => ((count ?? 0) / signIns).toFixed(2);
  const areaNames = [...new Set(profiles.flatMap(({ profile }) => [...profile.areas.keys()]))].sort(
    (a, b) => (profiles[0]!.profile.areas.get(b) ?? 0) - (profiles[0]!.profile.areas.get(a) ?? 0),
  );
  const frameNames = [
    ...new Set(
      profiles.flatMap(({ profile }) =>
        [...profile.topFrames.entries()]
          .sort((a, b) => b[1] - a[1])
          .slice(0, topFrames)
          .map(([name]) => name),
      ),
    ),
  ];
  const row = (label: string, count: (profile: Profile) => number | undefined) => [
    label,
    ...profiles.map(({ profile, signIns }) => perSignIn(count(profile), signIns)),
  ];
  return [
    ["samples per sign-in (10 ms of a thread each)", ...profiles.map(({ label }) => label)],
    row("all", (profile) => profile.samples),
    ...areaNames.map((area) => row(`  ${area}`, (profile) => profile.areas.get(area))),
    ["top frames (where the CPU was)", ...profiles.map(() => "")],
    ...frameNames.map((frame) => row(`  ${frame}`, (profile) => profile.topFrames.get(frame))),
  ];
}
