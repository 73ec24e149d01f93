/**
 * Password sign-ins per second through the whole OIDC code flow (authorization request with
 * PKCE, the sign-in page, the form's POST, the redirect with the code, the code exchange), as
 * keycloak-js does it, on PostgreSQL in production mode behind nginx, on this machine:
 *
 * - one node pinned to one core: the siec theme against keycloak.v2 on the same server (the
 *   realm's loginTheme switched between rounds);
 * - one node on one core against two nodes, each on its own core, behind the same proxy:
 *   saturated (what this 2-core machine allows), and at the same offered load below saturation
 *   (what a second node costs per sign-in), each shape warmed until its JIT compilers are quiet;
 * - sign-ins per Keycloak CPU-second (from /proc), latency, errors;
 * - where Keycloak's CPU goes, from the JDK's Flight Recorder (support/jfr.ts), in rounds of their
 *   own: the siec page against keycloak.v2, then one node against two; and by thread, Java or not
 *   (support/threads.ts: requests, JIT compilers, garbage collector, cluster), busy and idle;
 * - what bounds the rate: the hashing in force (the realm's policy, and what Keycloak stored),
 *   the same sign-ins with a nearly free hash, and one pbkdf2-sha512 hash of 210,000 iterations
 *   timed in Node for scale.
 *
 * The load is bounded (a fixed count of sign-ins per measure, a time cap) and goes to localhost
 * only; the load driver, nginx and PostgreSQL share the machine's cores with Keycloak.
 *
 *   npm run bench:sign-in
 */
import { pbkdf2Sync, randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { setTimeout as sleep } from "node:timers/promises";
import { applyFolder, connect } from "@siec/admin-scripts";
import { ensureProviderJars } from "../build/provider-jars";
import { startPostgres, type PostgresServer } from "../stack/database/postgres";
import { keycloakVersion } from "../stack/keycloak";
import { startKeycloakCluster, type KeycloakCluster } from "../stack/keycloak/cluster";
import { freePorts } from "../stack/ports";
import { realmConfigDir } from "../stack/realm";
import { EXTENSION_FORM_FIELDS } from "@siec/contract";
import { CookieJar, codeFlowUrlAt, exchangeCodeAt, kcContextString, pkce } from "../testing/browserless";
import { robotAnswer } from "../testing/robot-check";
import { compareProfiles, mergeProfiles, startRecording, type Profile } from "./support/jfr";
import { groupCpuSeconds, postgresVersion, printTable } from "./support/keycloak";
import { cpuByKind, FLIGHT_RECORDER, JIT_COMPILERS, threadTicks } from "./support/threads";

const REALM = "siec";
const CLIENT = { clientId: "dpecotheque", redirectUri: "http://localhost:5173/" };
const PASSWORD = "Portail-SIEC-2026!";
const USERS = 40;
const WORKERS = Number(process.env.BENCH_WORKERS ?? 8);
const COUNT = Number(process.env.BENCH_SIGN_INS ?? 300);
const CAP_MS = 120_000;
/** Sign-ins per second offered to one node and to two in the same-load measures: below what one node takes here. */
const OFFERED = Number(process.env.BENCH_OFFERED_RATE ?? 6);
/** Rounds of each theme on one node, in alternating order. */
const ROUNDS = 4;
/**
 * A server is steady when its JIT compilers use at most this share of its CPU over a warm-up round:
 * a JVM compiles the code it runs hot for minutes after its start, and two nodes compile the same
 * code twice while each sees half the sign-ins.
 */
const STEADY_JIT_SHARE = 0.1;
/** Warm-up rounds at least (the themes in turn), and at most when a server never gets steady. */
const WARM_UPS_AT_LEAST = 4;
const WARM_UPS_AT_MOST = 12;
/** Seconds each shape is watched without a request, for its CPU at rest. */
const IDLE_SECONDS = 15;
/** Keycloak's published sizing: one vCPU for every 15 password sign-ins per second. */
const SIZING_GUIDE_PER_VCPU = 15;

interface Measure {
  label: string;
  signIns: number;
  errors: number;
  firstError?: string;
  seconds: number;
  rate: number;
  p50: number;
  p95: number;
  /** Keycloak's CPU seconds, its Flight Recorder's threads left out. */
  keycloakCpu: number;
  perCpuSecond: number;
  machineBusy: number;
  driverCpu: number;
  latencies: number[];
  /** Bytes of the sign-in page's HTML, the last one seen. */
  pageBytes: number;
  /** The Flight Recorder's samples over the measure, when recorded. */
  profile?: Profile;
  /** Keycloak's CPU seconds by kind of thread (support/threads.ts), Java or not. */
  threads: Map<string, number>;
}

const started = performance.now();
let postgres: PostgresServer | undefined;
let cluster: KeycloakCluster | undefined;
try {
  const hashMs = nodeHashMs();
  const providerJars = await ensureProviderJars();
  const [postgresPort] = await freePorts(1);
  postgres = await startPostgres({ instance: "bench-sign-in", port: postgresPort, keep: false });
  const admin = { username: "admin", password: randomBytes(12).toString("base64url") };
  const startCluster = async (cpus: string[]) => {
    const ports = (await freePorts<number>(1 + 3 * cpus.length)) as unknown as number[];
    return startKeycloakCluster({
      version: keycloakVersion(),
      instance: "bench-sign-in",
      proxyPort: ports[0]!,
      nodes: cpus.map((_, index) => ({
        http: ports[1 + 3 * index]!,
        management: ports[2 + 3 * index]!,
        cluster: ports[3 + 3 * index]!,
      })),
      database: postgres!,
      admin,
      providerJars,
      cpus,
    });
  };

  console.log("One node on CPU 1, PostgreSQL, production mode, nginx in front…");
  cluster = await startCluster(["1"]);
  const { connection } = await applyFolder({
    directory: realmConfigDir,
    environment: { DPECOTHEQUE_URL: "http://localhost:5173" },
    url: cluster.url,
    credentials: { kind: "admin", ...admin },
  });
  let api = connection.api;
  const policy = (await api.realms.findOne({ realm: REALM }))?.passwordPolicy ?? "";
  const users = await createUsers(connection.api, USERS);
  const hashing = await hashingInForce(api, policy, users[0]!.username);

  const oneNode = () => [cluster!.nodes[0]!.pid!];
  const setTheme = (loginTheme: string) => api.realms.update({ realm: REALM }, { loginTheme });

  // Theme: warm-ups of both in turn, so that neither theme has the warmer JIT, until the server
  // is steady (see warmUntilSteady). They are recorded by the JDK's Flight Recorder and thrown
  // away: its first recording costs the server more than the next ones.
  const throwAway = (group: number) => startRecording(group, `warm-up-${group}`);
  const oneNodeWarmUps = await warmUntilSteady(async (round) => {
    const theme = round % 2 === 0 ? "siec" : "keycloak.v2";
    await setTheme(theme);
    return run(`warm-up, ${theme}`, cluster!.url, oneNode(), USERS, users, { record: throwAway });
  });
  // The same offered load for both shapes, below what one node can take, each steady: what a
  // second node costs per sign-in.
  await setTheme("siec");
  const oneNodeOffered = await atOfferedLoad("1 node", cluster.url, oneNode(), users);

  const rounds: Record<"siec" | "keycloak.v2", Measure[]> = { siec: [], "keycloak.v2": [] };
  for (let round = 0; round < ROUNDS; round++) {
    const order = round % 2 === 0 ? (["siec", "keycloak.v2"] as const) : (["keycloak.v2", "siec"] as const);
    for (const theme of order) {
      await setTheme(theme);
      rounds[theme].push(await run(`1 node, ${theme}`, cluster.url, oneNode(), COUNT / ROUNDS, users));
    }
  }
  // Then one round each recorded, apart from the measures above (recording costs the server CPU).
  const profiles = {} as Record<"siec" | "keycloak.v2", { profile: Profile; signIns: number }>;
  for (const theme of ["siec", "keycloak.v2"] as const) {
    await setTheme(theme);
    const { profile, signIns } = await run(`1 node, ${theme}, profiled`, cluster.url, oneNode(), COUNT / 2, users, {
      record: (group) => startRecording(group, `${theme}-${group}`),
    });
    profiles[theme] = { profile: profile!, signIns };
  }
  const siecOne = combine("1 node (CPU 1), siec", rounds.siec);
  const v2One = combine("1 node (CPU 1), keycloak.v2", rounds["keycloak.v2"]);
  await setTheme("siec");
  const unloaded = await run("1 node, one sign-in at a time", cluster.url, oneNode(), 30, users, { workers: 1 });
  const oneNodeIdle = await idleCpu(oneNode());
  await cluster.stop();
  cluster = undefined;

  console.log("Two nodes, on CPU 0 and CPU 1, same database, same proxy…");
  cluster = await startCluster(["0", "1"]);
  api = connect({ url: cluster.url, realm: REALM, credentials: { kind: "admin", ...admin } }).api;
  const bothNodes = () => cluster!.nodes.map((node) => node.pid!);
  const twoNodesWarmUps = await warmUntilSteady(() =>
    run("warm-up", cluster!.url, bothNodes(), 2 * USERS, users, {
      record: (group) => startRecording(group, `warm-up-${group}`),
    }),
  );
  const twoNodesOffered = await atOfferedLoad("2 nodes", cluster.url, bothNodes(), users);
  const twoNodesIdle = await idleCpu(bothNodes());

  const siecTwo = await run("2 nodes (CPU 0, CPU 1), siec", cluster.url, bothNodes(), COUNT, users);

  // What bounds the rate: the same sign-ins with a nearly free hash (pbkdf2-sha512, 1,000
  // iterations: about 1 ms). Each account is re-hashed at its next sign-in (the warm-up), then the measure.
  const others = policy.replace(/\s*(and\s+)?hash(Iterations|Algorithm)\([^)]*\)/g, "").replace(/^\s*and\s+/, "");
  await api.realms.update(
    { realm: REALM },
    { passwordPolicy: `${others ? `${others} and ` : ""}hashAlgorithm(pbkdf2-sha512) and hashIterations(1000)` },
  );
  await run("warm-up (re-hash)", cluster.url, bothNodes(), USERS, users);
  const cheapTwo = await run("2 nodes, pbkdf2-sha512 1,000 iterations", cluster.url, bothNodes(), COUNT, users);

  const measures = [siecOne, v2One, unloaded, oneNodeOffered.measure, siecTwo, twoNodesOffered.measure, cheapTwo];
  printTable(
    `Password sign-ins, whole OIDC code flow with PKCE, Keycloak ${keycloakVersion()}, PostgreSQL ${postgresVersion()}, production mode, nginx, ${availableParallelism()} cores (${WORKERS} concurrent sign-ins unless said)`,
    [
      [
        "measure",
        "sign-ins",
        "errors",
        "time (s)",
        "sign-ins/s",
        "p50 (ms)",
        "p95 (ms)",
        "Keycloak CPU (s)",
        "per Keycloak CPU-s",
        "machine busy",
        "driver CPU (s)",
        "page HTML",
      ],
      ...measures.map((m) => [
        m.label,
        m.signIns,
        m.errors,
        m.seconds.toFixed(1),
        m.rate.toFixed(1),
        m.p50.toFixed(0),
        m.p95.toFixed(0),
        m.keycloakCpu.toFixed(1),
        m.perCpuSecond.toFixed(1),
        `${(m.machineBusy * 100).toFixed(0)} %`,
        m.driverCpu.toFixed(1),
        `${(m.pageBytes / 1000).toFixed(1)} kB`,
      ]),
    ],
  );
  printTable(
    "Where Keycloak's CPU goes, 1 node, JDK Flight Recorder (a sample counts in every area on its stack)",
    compareProfiles([
      { label: "siec", ...profiles.siec },
      { label: "keycloak.v2", ...profiles["keycloak.v2"] },
    ]),
  );
  printTable(
    `What a second node adds, ${OFFERED} sign-ins/s offered to both shapes, JDK Flight Recorder (both nodes' samples)`,
    compareProfiles([
      { label: "1 node", ...oneNodeOffered.profiled },
      { label: "2 nodes", ...twoNodesOffered.profiled },
    ]),
  );
  printThreadTable(
    `What a second node adds, by thread (/proc, Java or not): Keycloak CPU ms per sign-in at ${OFFERED}/s offered and saturated, ms per second idle; warmed until the JIT compilers used ≤ ${STEADY_JIT_SHARE * 100} % of Keycloak's CPU (1 node: ${oneNodeWarmUps.rounds} rounds of ${USERS} sign-ins, 2 nodes: ${twoNodesWarmUps.rounds} rounds of ${2 * USERS})`,
    [
      ["1 node, offered", oneNodeOffered.measure.threads, oneNodeOffered.measure.signIns / 1000],
      ["2 nodes, offered", twoNodesOffered.measure.threads, twoNodesOffered.measure.signIns / 1000],
      ["1 node, saturated", siecOne.threads, siecOne.signIns / 1000],
      ["2 nodes, saturated", siecTwo.threads, siecTwo.signIns / 1000],
      [`1 node, idle`, oneNodeIdle, IDLE_SECONDS / 1000],
      [`2 nodes, idle`, twoNodesIdle, IDLE_SECONDS / 1000],
    ],
  );
  const errors = measures.reduce((total, m) => total + m.errors, 0);
  for (const m of measures) if (m.firstError) console.log(`  ${m.label}: first error: ${m.firstError}`);

  const themeRatio = siecOne.rate / v2One.rate;
  const nodesRatio = siecTwo.rate / siecOne.rate;
  const cpuRatio = siecTwo.perCpuSecond / siecOne.perCpuSecond;
  const offeredCpuRatio = twoNodesOffered.measure.perCpuSecond / oneNodeOffered.measure.perCpuSecond;
  const withoutJit = (m: Measure) => m.signIns / (m.keycloakCpu - (m.threads.get(JIT_COMPILERS) ?? 0));
  const offeredCpuRatioWithoutJit = withoutJit(twoNodesOffered.measure) / withoutJit(oneNodeOffered.measure);
  const cpuPerSignIn = 1000 / siecTwo.perCpuSecond;
  const cheapCpuPerSignIn = 1000 / cheapTwo.perCpuSecond;
  printTable("Ratios (same run)", [
    ["ratio", "value", "aim"],
    [
      "siec / keycloak.v2, sign-ins/s, 1 node",
      themeRatio.toFixed(2),
      `≥ 0.95 (${themeRatio >= 0.95 ? "met" : "missed"})`,
    ],
    ["2 nodes / 1 node, sign-ins/s", nodesRatio.toFixed(2), `≥ 1.4 (${nodesRatio >= 1.4 ? "met" : "missed"})`],
    [
      "2 nodes / 1 node, sign-ins per Keycloak CPU-s, saturated",
      cpuRatio.toFixed(2),
      `≥ 0.9 (${cpuRatio >= 0.9 ? "met" : "missed"})`,
    ],
    [
      `2 nodes / 1 node, sign-ins per Keycloak CPU-s, ${OFFERED}/s offered to both`,
      offeredCpuRatio.toFixed(2),
      `≥ 0.9 (${offeredCpuRatio >= 0.9 ? "met" : "missed"})`,
    ],
    [
      `2 nodes / 1 node, sign-ins per Keycloak CPU-s without the JIT compilers, ${OFFERED}/s offered`,
      offeredCpuRatioWithoutJit.toFixed(2),
      "(what is left when both JVMs have compiled their code)",
    ],
    ["errors, all measures", errors, `0 (${errors === 0 ? "met" : "missed"})`],
  ]);

  const hashShare = (cpuPerSignIn - cheapCpuPerSignIn) / cpuPerSignIn;
  console.log(`
Password hashing in force: ${hashing}.
Keycloak's sizing guide: about ${SIZING_GUIDE_PER_VCPU} password sign-ins/s per vCPU. Here: ${siecOne.rate.toFixed(1)}/s on one core
  pinned (the driver, nginx and PostgreSQL on the other), ${siecOne.perCpuSecond.toFixed(1)} per Keycloak CPU-second on one node,
  ${siecTwo.perCpuSecond.toFixed(1)} on two; ${(siecOne.perCpuSecond / SIZING_GUIDE_PER_VCPU).toFixed(2)}x the guide's figure per CPU-second.
What bounds the rate: Keycloak CPU per sign-in ${cpuPerSignIn.toFixed(0)} ms with the hashing in force, ${cheapCpuPerSignIn.toFixed(0)} ms with pbkdf2-sha512
  at 1,000 iterations (same flow, same pages, same database writes): the hash is ${(hashShare * 100).toFixed(0)} % of Keycloak's CPU per
  sign-in (${(cpuPerSignIn - cheapCpuPerSignIn).toFixed(0)} ms). For scale, one pbkdf2-sha512 hash of 210,000 iterations in Node/OpenSSL: ${hashMs.toFixed(0)} ms
  (${(hashMs / cpuPerSignIn).toFixed(2)}x a whole sign-in's Keycloak CPU here).
  With the cheap hash the rate is ${(cheapTwo.rate / siecTwo.rate).toFixed(1)}x, bounded then by the rest (pages, tokens, database, the driver).
Whole benchmark: ${((performance.now() - started) / 1000).toFixed(0)} s.`);
} finally {
  await cluster?.stop();
  await postgres?.stop();
}

/** Milliseconds of one pbkdf2-sha512 hash of 210,000 iterations, 64 bytes, in Node (best of 5). */
function nodeHashMs(): number {
  const salt = randomBytes(16);
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    pbkdf2Sync(PASSWORD, salt, 210_000, 64, "sha512");
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

/** The hashing the realm's policy names, and what Keycloak actually stored for an account. */
async function hashingInForce(api: Api, policy: string, username: string): Promise<string> {
  const algorithm = /hashAlgorithm\(([^)]+)\)/.exec(policy)?.[1];
  const iterations = /hashIterations\((\d+)\)/.exec(policy)?.[1];
  const named =
    algorithm || iterations
      ? `the realm's passwordPolicy names ${algorithm ?? "Keycloak's default algorithm"}, ${iterations ?? "default"} iterations`
      : "default (the realm's passwordPolicy names no hashAlgorithm or hashIterations)";
  const [user] = await api.users.find({ realm: REALM, username, exact: true });
  const credential = (await api.users.getCredentials({ realm: REALM, id: user!.id! })).find(
    (c) => c.type === "password",
  );
  const data = JSON.parse(credential?.credentialData ?? "{}") as {
    algorithm?: string;
    hashIterations?: number;
    additionalParameters?: Record<string, string[]>;
  };
  const parameters = Object.entries(data.additionalParameters ?? {})
    .map(([name, values]) => `${name} ${values.join(",")}`)
    .join(", ");
  return `${named}; stored by Keycloak for a new password: ${data.algorithm}, ${data.hashIterations} iterations${parameters ? ` (${parameters})` : ""}`;
}

type Api = Awaited<ReturnType<typeof applyFolder>>["connection"]["api"];

/** Active accounts of the dpecotheque group, with a password and a verified address, nothing asked at sign-in. */
async function createUsers(api: Api, count: number): Promise<{ username: string; password: string }[]> {
  const users: { username: string; password: string }[] = [];
  const queue = [...Array(count).keys()];
  const worker = async () => {
    for (let index = queue.shift(); index !== undefined; index = queue.shift()) {
      const email = `bench.sign-in.${index}@example.org`;
      const { id } = await api.users.create({
        realm: REALM,
        username: email,
        email,
        firstName: "Camille",
        lastName: "Durand",
        enabled: true,
        emailVerified: true,
        requiredActions: [],
        groups: ["/dpecotheque"],
      });
      await api.users.resetPassword({
        realm: REALM,
        id,
        credential: { type: "password", value: PASSWORD, temporary: false },
      });
      users.push({ username: email, password: PASSWORD });
    }
  };
  await Promise.all(Array.from({ length: 4 }, worker));
  return users;
}

/**
 * A browser about to sign in: its sign-in session opened and "Je ne suis pas un robot" solved in
 * it, as people's browsers do while they type (the challenge is bound to the session).
 */
interface ReadyBrowser {
  jar: CookieJar;
  robotCheck: string;
}

async function readyBrowser(url: string): Promise<ReadyBrowser> {
  const jar = new CookieJar(url);
  const page = await jar.follow(codeFlowUrlAt(url, REALM, CLIENT, { code_challenge: pkce().challenge }), {
    stopAt: CLIENT.redirectUri,
  });
  if (page.status !== 200) throw new Error(`sign-in page: HTTP ${page.status}`);
  return { jar, robotCheck: await robotAnswer(`${url}/realms/${REALM}`, jar) };
}

/** One sign-in as keycloak-js and a person do it; the siec page or keycloak.v2's, whichever the realm shows. */
async function signInOnce(
  url: string,
  credentials: { username: string; password: string },
  { jar, robotCheck }: ReadyBrowser,
): Promise<number> {
  const { verifier, challenge } = pkce();
  const stopAt = CLIENT.redirectUri;
  const page = await jar.follow(codeFlowUrlAt(url, REALM, CLIENT, { code_challenge: challenge }), { stopAt });
  if (page.status !== 200) throw new Error(`sign-in page: HTTP ${page.status}`);
  const form = { ...credentials, [EXTENSION_FORM_FIELDS.robotCheck]: robotCheck };
  const answer = await jar.follow(formAction(page.body), { form, stopAt });
  const code = answer.location ? new URL(answer.location).searchParams.get("code") : null;
  if (!code) throw new Error(`no code: HTTP ${answer.status}`);
  await exchangeCodeAt(url, REALM, CLIENT, code, verifier);
  return Buffer.byteLength(page.body);
}

/** The sign-in form's action: in the siec page's kcContext, or in keycloak.v2's `<form action>`. */
function formAction(html: string): string {
  const action =
    kcContextString(html, "loginAction") ?? /<form\b[^>]*\baction="([^"]+)"/.exec(html)?.[1]?.replaceAll("&amp;", "&");
  if (!action) throw new Error("no sign-in form on the page");
  return action;
}

/** Busy and total jiffies of the whole machine, from /proc/stat. */
function machineTicks(): { busy: number; total: number } {
  const [, ...values] = readFileSync("/proc/stat", "utf8").split("\n")[0]!.trim().split(/\s+/);
  const numbers = values.map(Number);
  const idle = numbers[3]! + numbers[4]!;
  const total = numbers.slice(0, 8).reduce((sum, value) => sum + value, 0);
  return { busy: total - idle, total };
}

/** `count` sign-ins by `workers` concurrent workers (each sign-in its own cookie jar), within the time cap. */
async function run(
  label: string,
  url: string,
  groups: number[],
  count: number,
  users: { username: string; password: string }[],
  {
    workers = WORKERS,
    rate,
    record,
  }: {
    /** Concurrent sign-ins, each starting when one ends (a closed loop). */
    workers?: number;
    /** Sign-ins started per second whatever the answers' times (an open loop), instead of `workers`. */
    rate?: number;
    /** A Flight Recorder recording over the measure, on each server. */
    record?: (group: number) => { stop(): Profile };
  } = {},
): Promise<Measure> {
  // Each sign-in's session opened and its robot check solved before the clock starts.
  const browsers: ReadyBrowser[] = [];
  for (let index = 0; index < count; index++) browsers.push(await readyBrowser(url));
  const recordings = record && groups.map(record);
  const cpuBefore = groups.map(groupCpuSeconds);
  const threadsBefore = groups.map(threadTicks);
  const machineBefore = machineTicks();
  const driverBefore = process.cpuUsage();
  const t0 = performance.now();
  const latencies: number[] = [];
  let errors = 0;
  let firstError: string | undefined;
  let next = 0;
  let pageBytes = 0;
  const signIn = async (index: number) => {
    const t = performance.now();
    try {
      pageBytes = await signInOnce(url, users[index % users.length]!, browsers[index]!);
      latencies.push(performance.now() - t);
    } catch (error) {
      errors++;
      firstError ??= (error as Error).message;
    }
  };
  if (rate === undefined) {
    const worker = async () => {
      while (next < count && performance.now() - t0 < CAP_MS) await signIn(next++);
    };
    await Promise.all(Array.from({ length: workers }, worker));
  } else {
    const started: Promise<void>[] = [];
    for (; next < count && performance.now() - t0 < CAP_MS; next++) {
      await sleep(Math.max(0, t0 + (next * 1000) / rate - performance.now()));
      started.push(signIn(next));
    }
    await Promise.all(started);
  }
  const seconds = (performance.now() - t0) / 1000;
  const threads = cpuByKind(threadsBefore, groups.map(threadTicks));
  // The Flight Recorder's threads go on running on a server once it has recorded: the benchmark's
  // instrument, not the server's work.
  const keycloakCpu =
    groups.reduce((total, group, index) => total + groupCpuSeconds(group) - cpuBefore[index]!, 0) -
    (threads.get(FLIGHT_RECORDER) ?? 0);
  const machineAfter = machineTicks();
  const driver = process.cpuUsage(driverBefore);
  const profile = recordings && mergeProfiles(recordings.map((recording) => recording.stop()));
  latencies.sort((a, b) => a - b);
  const measure: Measure = {
    label,
    signIns: latencies.length,
    errors,
    firstError,
    seconds,
    rate: latencies.length / seconds,
    p50: percentile(latencies, 0.5),
    p95: percentile(latencies, 0.95),
    keycloakCpu,
    perCpuSecond: latencies.length / keycloakCpu,
    machineBusy: (machineAfter.busy - machineBefore.busy) / (machineAfter.total - machineBefore.total),
    driverCpu: (driver.user + driver.system) / 1e6,
    latencies,
    pageBytes,
    profile,
    threads,
  };
  console.log(
    `  ${label}: ${measure.signIns} in ${seconds.toFixed(1)} s, ${measure.rate.toFixed(1)}/s, ${errors} errors, p95 ${measure.p95.toFixed(0)} ms`,
  );
  return measure;
}

/** OFFERED sign-ins/s to a shape, measured, then again recorded by the Flight Recorder. */
async function atOfferedLoad(
  shape: string,
  url: string,
  groups: number[],
  users: { username: string; password: string }[],
): Promise<{ measure: Measure; profiled: { profile: Profile; signIns: number } }> {
  const label = `${shape}, ${OFFERED} sign-ins/s offered`;
  const measure = await run(label, url, groups, COUNT / 2, users, { rate: OFFERED });
  const { profile, signIns } = await run(`${label}, profiled`, url, groups, COUNT / 2, users, {
    rate: OFFERED,
    record: (group) => startRecording(group, `offered-${group}`),
  });
  return { measure, profiled: { profile: profile!, signIns } };
}

/** Warm-up rounds until the JIT compilers' share of Keycloak's CPU is down to STEADY_JIT_SHARE. */
async function warmUntilSteady(
  round: (index: number) => Promise<Measure>,
): Promise<{ rounds: number; jitShare: number }> {
  let jitShare = 1;
  let index = 0;
  while (index < WARM_UPS_AT_MOST && (index < WARM_UPS_AT_LEAST || jitShare > STEADY_JIT_SHARE)) {
    const measure = await round(index++);
    jitShare = (measure.threads.get(JIT_COMPILERS) ?? 0) / measure.keycloakCpu;
  }
  console.log(
    `  steady after ${index} warm-up rounds: JIT compilers ${(jitShare * 100).toFixed(0)} % of Keycloak's CPU in the last`,
  );
  return { rounds: index, jitShare };
}

/** Keycloak's CPU seconds by kind of thread over IDLE_SECONDS without a request. */
async function idleCpu(groups: number[]): Promise<Map<string, number>> {
  const before = groups.map(threadTicks);
  await sleep(IDLE_SECONDS * 1000);
  return cpuByKind(before, groups.map(threadTicks));
}

/** One column per measure: CPU by kind of thread divided by `per` (sign-ins or seconds, in thousands for ms); the kinds in order of their largest figure. */
function printThreadTable(title: string, columns: [label: string, threads: Map<string, number>, per: number][]): void {
  const kinds = [...new Set(columns.flatMap(([, threads]) => [...threads.keys()]))];
  const figure = (threads: Map<string, number>, per: number, kind: string) => (threads.get(kind) ?? 0) / per;
  const largest = (kind: string) => Math.max(...columns.map(([, threads, per]) => figure(threads, per, kind)));
  const shown = kinds.filter((kind) => largest(kind) >= 0.5).sort((a, b) => largest(b) - largest(a));
  const total = (threads: Map<string, number>, per: number) =>
    [...threads.values()].reduce((sum, s) => sum + s, 0) / per;
  printTable(title, [
    ["thread", ...columns.map(([label]) => label)],
    ...shown.map((kind) => [kind, ...columns.map(([, threads, per]) => figure(threads, per, kind).toFixed(1))]),
    ["all threads", ...columns.map(([, threads, per]) => total(threads, per).toFixed(1))],
  ]);
}

/** Measures of the same kind taken in rounds, as one. */
function combine(label: string, parts: Measure[]): Measure {
  const sum = (pick: (m: Measure) => number) => parts.reduce((total, m) => total + pick(m), 0);
  const signIns = sum((m) => m.signIns);
  const seconds = sum((m) => m.seconds);
  const keycloakCpu = sum((m) => m.keycloakCpu);
  const latencies = parts.flatMap((m) => m.latencies).sort((a, b) => a - b);
  return {
    label,
    signIns,
    errors: sum((m) => m.errors),
    firstError: parts.find((m) => m.firstError)?.firstError,
    seconds,
    rate: signIns / seconds,
    p50: percentile(latencies, 0.5),
    p95: percentile(latencies, 0.95),
    keycloakCpu,
    perCpuSecond: signIns / keycloakCpu,
    machineBusy: sum((m) => m.machineBusy * m.seconds) / seconds,
    driverCpu: sum((m) => m.driverCpu),
    latencies,
    pageBytes: parts.at(-1)!.pageBytes,
    threads: parts.reduce((total, m) => {
      for (const [kind, seconds] of m.threads) total.set(kind, (total.get(kind) ?? 0) + seconds);
      return total;
    }, new Map<string, number>()),
  };
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}
