import { randomBytes } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { chmod, chown, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { userInfo } from "node:os";
import path from "node:path";
import { lastLines, runCommand } from "../commands";
import { StackError } from "../errors";
import { cacheDir } from "../paths";
import { assertPortFree } from "../ports";
import { startSupervised } from "../supervised-process";

/** A real PostgreSQL server on 127.0.0.1, with one database for Keycloak. */
export interface PostgresServer {
  /** `jdbc:postgresql://127.0.0.1:<port>/keycloak`, as Keycloak's `--db-url` takes it. */
  jdbcUrl: string;
  port: number;
  database: string;
  username: string;
  password: string;
  logFile: string;
  stop(): Promise<void>;
}

const DATABASE = "keycloak";
const USERNAME = "keycloak";
/** PostgreSQL refuses to run as root: the server runs as this user when we are root. */
const SERVER_USER = "postgres";
const INSTALL_HINT =
  "Install PostgreSQL's server: `apt-get install postgresql` (Debian, Ubuntu; .ci/run does it), or set POSTGRES_BIN_DIR to the folder holding `postgres` and `initdb`.";

/**
 * Starts PostgreSQL with its data under `.cache/postgres/<instance>`: kept across restarts when
 * `keep` (the dev stack), made anew otherwise (tests). The data folder is created with `initdb`
 * the first time, and the `keycloak` database and role with a password of their own.
 */
export async function startPostgres(options: {
  instance: string;
  port: number;
  keep: boolean;
}): Promise<PostgresServer> {
  const bin = serverBinaries();
  await assertPortFree(options.port, "PostgreSQL", "POSTGRES_PORT");
  const home = path.join(cacheDir, "postgres", options.instance);
  const dataDir = path.join(home, "data");
  if (!options.keep) await rm(home, { recursive: true, force: true });
  await mkdir(home, { recursive: true });
  const password = await passwordOf(home);
  const asServerUser = await serverUser(home);

  if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
    const passwordFile = path.join(home, "initdb-password");
    await writeFile(passwordFile, password, { mode: 0o600 });
    await asServerUser.own(passwordFile);
    try {
      await runCommand(
        ...asServerUser.command(path.join(bin, "initdb"), [
          ...["-D", dataDir, "-U", USERNAME, `--pwfile=${passwordFile}`],
          ...["--auth=scram-sha-256", "--encoding=UTF8", "--no-locale"],
        ]),
        { installHint: INSTALL_HINT },
      );
    } finally {
      await rm(passwordFile, { force: true });
    }
  }

  const logFile = path.join(cacheDir, "logs", `postgres-${options.instance}.log`);
  await mkdir(path.dirname(logFile), { recursive: true });
  const [program, args] = asServerUser.command(path.join(bin, "postgres"), [
    ...["-D", dataDir, "-c", "listen_addresses=127.0.0.1", "-c", `port=${options.port}`],
    // Its socket beside the data, not in /run/postgresql (absent where no package service ran).
    ...["-c", `unix_socket_directories=${home}`],
    // Two Keycloak nodes with their pools (see deploy/keycloak: db-pool-max-size) and the CLI.
    ...["-c", "max_connections=200"],
  ]);
  const server = startSupervised(program, args, { cwd: home, logFile, env: process.env });
  const environment = { ...process.env, PGPASSWORD: password };
  const connection = ["-h", "127.0.0.1", "-p", String(options.port), "-U", USERNAME];
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (server.hasExited() || Date.now() > deadline) {
      await server.stop();
      throw new StackError(
        `PostgreSQL (${options.instance}) ${server.hasExited() ? "stopped during start-up" : "was not ready after 60 s"}. Last lines of ${logFile}:\n${lastLines(readFileSync(logFile, "utf8"), 20)}`,
        `Read the log above; to start from an empty database, stop the stack and delete ${path.relative(process.cwd(), home)}.`,
      );
    }
    const ready = await runCommand(path.join(bin, "pg_isready"), [...connection, "-d", "postgres"], {
      env: environment,
      installHint: INSTALL_HINT,
    }).then(
      () => true,
      () => false,
    );
    if (ready) break;
    await new Promise((resolve) => setTimeout(resolve, 300));
  }

  const psql = (sql: string) =>
    runCommand(path.join(bin, "psql"), [...connection, "-d", "postgres", "-tAc", sql], {
      env: environment,
      installHint: INSTALL_HINT,
    });
  if ((await psql(`select 1 from pg_database where datname = '${DATABASE}'`)).stdout.trim() !== "1")
    await psql(`create database ${DATABASE}`);

  return {
    jdbcUrl: `jdbc:postgresql://127.0.0.1:${options.port}/${DATABASE}`,
    port: options.port,
    database: DATABASE,
    username: USERNAME,
    password,
    logFile,
    // A smart shutdown: it waits for Keycloak's connections, which are closed by then.
    stop: () => server.stop(),
  };
}

/** The folder of `postgres`, `initdb`, `pg_isready` and `psql`: POSTGRES_BIN_DIR, or Debian's newest. */
function serverBinaries(): string {
  const candidates = process.env.POSTGRES_BIN_DIR
    ? [process.env.POSTGRES_BIN_DIR]
    : existsSync("/usr/lib/postgresql")
      ? readdirSync("/usr/lib/postgresql")
          .filter((version) => /^\d+$/.test(version))
          .sort((a, b) => Number(b) - Number(a))
          .map((version) => path.join("/usr/lib/postgresql", version, "bin"))
      : [];
  const found = candidates.find((dir) =>
    ["postgres", "initdb", "pg_isready", "psql"].every((name) => existsSync(path.join(dir, name))),
  );
  if (!found) throw new StackError("PostgreSQL's server programs (postgres, initdb) are not installed.", INSTALL_HINT);
  return found;
}

/** The database password, made once per data folder and kept beside it, readable by its owner only. */
async function passwordOf(home: string): Promise<string> {
  const file = path.join(home, "password");
  if (existsSync(file)) return (await readFile(file, "utf8")).trim();
  const password = randomBytes(18).toString("base64url");
  await writeFile(file, `${password}\n`, { mode: 0o600 });
  await chmod(file, 0o600);
  return password;
}

/** How to run the server's programs: as ourselves, or as the `postgres` user when we are root. */
async function serverUser(home: string): Promise<{
  command(program: string, args: string[]): [string, string[]];
  own(file: string): Promise<void>;
}> {
  if (userInfo().uid !== 0) return { command: (program, args) => [program, args], own: async () => {} };
  const account = readFileSync("/etc/passwd", "utf8")
    .split("\n")
    .map((line) => line.split(":"))
    .find((fields) => fields[0] === SERVER_USER);
  if (!account)
    throw new StackError(
      `PostgreSQL refuses to run as root, and there is no '${SERVER_USER}' user to run it as.`,
      "Install Debian's package (`apt-get install postgresql` creates the user), or run the stack as another user.",
    );
  const [uid, gid] = [Number(account[2]), Number(account[3])];
  const own = (file: string) => chown(file, uid, gid);
  await own(home);
  return { command: (program, args) => ["runuser", ["-u", SERVER_USER, "--", program, ...args]], own };
}
