import { createHash, randomBytes } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { chmod, chown, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { userInfo } from "node:os";
import path from "node:path";
import { runCommand } from "../commands";
import { StackError } from "../errors";
import { cacheDir } from "../paths";
import { assertPortFree } from "../ports";
import { startSupervised, untilReady } from "../supervised-process";

/** A real PostgreSQL server on 127.0.0.1, with one database for Keycloak. */
export interface PostgresServer {
  /** `jdbc:postgresql://127.0.0.1:<port>/keycloak`, as Keycloak's `--db-url` takes it. */
  jdbcUrl: string;
  port: number;
  database: string;
  username: string;
  password: string;
  logFile: string;
  /** The folder of the server's files (data, socket), where the server's own user can work. */
  serverHome: string;
  /** Runs `sql` in the Keycloak database as its owner; its rows, tab-separated, one per line. */
  query(sql: string): Promise<string>;
  /** The backup `file` restored into this server's Keycloak database, empty until then, in one transaction. */
  restore(file: string): Promise<void>;
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
 * the first time, and the `keycloak` database and role with a password of their own. As root, when
 * the server's own user cannot enter the checkout (a clone in root's home, mode 700), the server's
 * files go to a folder of that user's home instead, named after the checkout's folder.
 */
export async function startPostgres(options: {
  instance: string;
  port: number;
  keep: boolean;
  /** Where the stack keeps its files: the checkout's `.cache` unless a test says otherwise. */
  cacheDir?: string;
}): Promise<PostgresServer> {
  const bin = serverBinaries();
  await assertPortFree(options.port, "PostgreSQL", "POSTGRES_PORT");
  const cache = options.cacheDir ?? cacheDir;
  const home = path.join(cache, "postgres", options.instance);
  if (!options.keep) await rm(home, { recursive: true, force: true });
  await mkdir(home, { recursive: true });
  const password = await passwordOf(home);
  const asServerUser = await serverUser();
  const serverHome = await asServerUser.homeFor(home, options.keep);
  const dataDir = path.join(serverHome, "data");

  if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
    const passwordFile = path.join(serverHome, "initdb-password");
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

  const logFile = path.join(cache, "logs", `postgres-${options.instance}.log`);
  await mkdir(path.dirname(logFile), { recursive: true });
  const [program, args] = asServerUser.command(path.join(bin, "postgres"), [
    ...["-D", dataDir, "-c", "listen_addresses=127.0.0.1", "-c", `port=${options.port}`],
    // Its socket beside the data, not in /run/postgresql (absent where no package service ran).
    ...["-c", `unix_socket_directories=${serverHome}`],
    // Two Keycloak nodes with their pools (see deploy/keycloak: db-pool-max-size) and the CLI.
    ...["-c", "max_connections=200"],
  ]);
  const server = startSupervised(program, args, { cwd: serverHome, logFile, env: process.env });
  const environment = { ...process.env, PGPASSWORD: password };
  const connection = ["-h", "127.0.0.1", "-p", String(options.port), "-U", USERNAME];
  await untilReady(server, {
    name: `PostgreSQL (${options.instance})`,
    logFile,
    timeoutMs: 60_000,
    hint: `Read the log above; to start from an empty database, stop the stack and delete ${path.relative(process.cwd(), serverHome)}.`,
    ready: () =>
      runCommand(path.join(bin, "pg_isready"), [...connection, "-d", "postgres"], {
        env: environment,
        installHint: INSTALL_HINT,
      }).then(
        () => true,
        () => false,
      ),
  });

  const psql = async (database: string, sql: string) =>
    (
      await runCommand(
        path.join(bin, "psql"),
        [...connection, "-d", database, "-tAF\t", "-v", "ON_ERROR_STOP=1", "-c", sql],
        {
          env: environment,
          installHint: INSTALL_HINT,
        },
      )
    ).stdout.trim();
  if ((await psql("postgres", `select 1 from pg_database where datname = '${DATABASE}'`)) !== "1")
    await psql("postgres", `create database ${DATABASE}`);

  return {
    jdbcUrl: `jdbc:postgresql://127.0.0.1:${options.port}/${DATABASE}`,
    port: options.port,
    database: DATABASE,
    username: USERNAME,
    password,
    logFile,
    serverHome,
    query: (sql) => psql(DATABASE, sql),
    restore: async (file) => {
      await runCommand(
        path.join(bin, "pg_restore"),
        [...connection, "-d", DATABASE, "--no-owner", "--single-transaction", "--exit-on-error", file],
        { env: environment, installHint: INSTALL_HINT },
      );
    },
    // A smart shutdown: it waits for Keycloak's connections, which are closed by then.
    stop: () => server.stop(),
  };
}

/** The folder of PostgreSQL's programs (`postgres`, `initdb`, `psql`, `pg_dump`…): POSTGRES_BIN_DIR, or Debian's newest. */
export function serverBinaries(): string {
  const candidates = process.env.POSTGRES_BIN_DIR
    ? [process.env.POSTGRES_BIN_DIR]
    : existsSync("/usr/lib/postgresql")
      ? readdirSync("/usr/lib/postgresql")
          .filter((version) => /^\d+$/.test(version))
          .sort((a, b) => Number(b) - Number(a))
          .map((version) => path.join("/usr/lib/postgresql", version, "bin"))
      : [];
  const found = candidates.find((dir) =>
    ["postgres", "initdb", "pg_isready", "psql", "pg_dump", "pg_restore"].every((name) =>
      existsSync(path.join(dir, name)),
    ),
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

interface ServerUser {
  command(program: string, args: string[]): [string, string[]];
  own(file: string): Promise<void>;
  /** The folder for the server's files of `home`: `home` itself when the server's user can work there. */
  homeFor(home: string, keep: boolean): Promise<string>;
}

/** How to run the server's programs: as ourselves, or as the `postgres` user when we are root. */
async function serverUser(): Promise<ServerUser> {
  if (userInfo().uid !== 0)
    return { command: (program, args) => [program, args], own: async () => {}, homeFor: async (home) => home };
  const account = readFileSync("/etc/passwd", "utf8")
    .split("\n")
    .map((line) => line.split(":"))
    .find((fields) => fields[0] === SERVER_USER);
  if (!account)
    throw new StackError(
      `PostgreSQL refuses to run as root, and there is no '${SERVER_USER}' user to run it as.`,
      "Install Debian's package (`apt-get install postgresql` creates the user), or run the stack as another user.",
    );
  const [uid, gid, userHome] = [Number(account[2]), Number(account[3]), account[5]!];
  const own = (file: string) => chown(file, uid, gid);
  const command = (program: string, args: string[]): [string, string[]] => [
    "runuser",
    ["-u", SERVER_USER, "--", program, ...args],
  ];
  const canWorkIn = (folder: string) =>
    runCommand(...command("test", ["-x", folder, "-a", "-w", folder]), { installHint: INSTALL_HINT }).then(
      () => true,
      () => false,
    );
  return {
    command,
    own,
    async homeFor(home, keep) {
      await own(home);
      if (await canWorkIn(home)) return home;
      const name = createHash("sha256").update(home).digest("hex").slice(0, 12);
      const moved = path.join(userHome, "siec-portail", `${path.basename(home)}-${name}`);
      if (!(await canWorkIn(userHome)))
        throw new StackError(
          `PostgreSQL runs as '${SERVER_USER}', who can enter neither ${home} (a folder above it is closed to other users) nor its own home, ${userHome}.`,
          `Clone the project under a folder other users may enter (e.g. /srv or /opt), or give '${SERVER_USER}' a home it owns.`,
        );
      if (!keep) await rm(moved, { recursive: true, force: true });
      await mkdir(moved, { recursive: true, mode: 0o700 });
      for (const folder of [path.dirname(moved), moved]) await own(folder);
      await writeFile(path.join(home, "LOCATION"), `${moved}\n`);
      return moved;
    },
  };
}
