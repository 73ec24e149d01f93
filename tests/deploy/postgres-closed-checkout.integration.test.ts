import { existsSync } from "node:fs";
import { chmod, mkdir, mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir, userInfo } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { startPostgres, type PostgresServer } from "../../stack/database/postgres";
import { freePorts } from "../../stack/ports";

/**
 * A newcomer cloning as root into root's home (mode 700): PostgreSQL runs as its own user, who
 * cannot enter the checkout, so the stack puts the server's files in that user's home instead, and
 * the dev stack finds them again at its next start.
 */
describe.skipIf(userInfo().uid !== 0)("PostgreSQL from a checkout other users cannot enter", () => {
  let closed: string;
  let server: PostgresServer | undefined;
  const serverHomes = new Set<string>();

  const start = async (cacheDir: string, keep: boolean) => {
    const [port] = await freePorts(1);
    server = await startPostgres({ instance: "closed-checkout", port, keep, cacheDir });
    serverHomes.add(server.serverHome);
    return server;
  };

  afterAll(async () => {
    await server?.stop();
    for (const folder of [closed, ...serverHomes]) if (folder) await rm(folder, { recursive: true, force: true });
  });

  it("starts, keeps its data across restarts of the dev stack, and starts empty for tests", async () => {
    closed = await mkdtemp(path.join(tmpdir(), "closed-home-"));
    await chmod(closed, 0o700);
    const cacheDir = path.join(closed, "portail", ".cache");
    await mkdir(cacheDir, { recursive: true });

    const first = await start(cacheDir, true);
    expect(first.serverHome.startsWith(closed)).toBe(false);
    expect((await readFile(path.join(cacheDir, "postgres", "closed-checkout", "LOCATION"), "utf8")).trim()).toBe(
      first.serverHome,
    );
    await first.query("create table kept (name text); insert into kept values ('before the restart')");
    await first.stop();

    const again = await start(cacheDir, true);
    expect(again.serverHome).toBe(first.serverHome);
    expect(await again.query("select name from kept")).toBe("before the restart");
    await again.stop();

    const fresh = await start(cacheDir, false);
    expect(await fresh.query("select count(*) from pg_tables where tablename = 'kept'")).toBe("0");
    await fresh.stop();
    server = undefined;
    expect(existsSync(path.join(fresh.serverHome, "data", "PG_VERSION"))).toBe(true);
  });
});
