import { chmod, mkdir, readFile, rm, symlink, writeFile } from "node:fs/promises";
import net from "node:net";
import path from "node:path";
import { runCommand } from "./commands";
import { cacheDir, repoRoot } from "./paths";
import { assertPortFree } from "./ports";
import { startSupervised, untilReady } from "./supervised-process";

/** A real nginx in front of the Keycloak nodes, on one URL. */
export interface Proxy {
  url: string;
  /**
   * Sends no new request to the nodes of `drained` (`host:port`), the others' as before: nginx
   * reloads its configuration, its old workers finishing the requests they hold.
   */
  drain(drained: string[]): Promise<void>;
  stop(): Promise<void>;
}

const NGINX_HINT = "Install nginx: `apt-get install nginx-light` (Debian, Ubuntu; .ci/run does it).";
export const nginxDir = path.join(repoRoot, "deploy", "nginx");

/**
 * Renders `deploy/nginx/dev.conf.template` (the production proxy's way of passing requests and its
 * Keycloak locations) for these nodes and runs nginx on 127.0.0.1:`port`.
 */
export async function startProxy(options: {
  instance: string;
  port: number;
  /** `host:port` of each node's HTTP listener. */
  nodes: string[];
}): Promise<Proxy> {
  await assertPortFree(options.port, "the proxy in front of Keycloak", "KEYCLOAK_PORT");
  const template = await readFile(path.join(nginxDir, "dev.conf.template"), "utf8");
  const config = (drained: string[]) =>
    renderTemplate(template, {
      KEYCLOAK_PORT: String(options.port),
      KEYCLOAK_NODES: options.nodes
        .map((node) => `    server ${node} max_fails=1 fail_timeout=5s${drained.includes(node) ? " down" : ""};`)
        .join("\n"),
    });
  const nginx = await runNginx({
    dir: path.join(cacheDir, "nginx", options.instance),
    config: config([]),
    ports: [options.port],
  });
  return {
    url: `http://localhost:${options.port}`,
    drain: (drained) => nginx.reload(config(drained)),
    stop: nginx.stop,
  };
}

/**
 * nginx in the foreground with `config` in its http block, its files in `dir` (made anew), the
 * project's shared includes at `portail/` beside it as in the official image, and `links` (e.g.
 * `tls`) too. Resolves once every port of `ports` accepts connections.
 */
export async function runNginx(options: {
  dir: string;
  config: string;
  ports: number[];
  links?: Record<string, string>;
}): Promise<{ reload(config: string): Promise<void>; stop(): Promise<void> }> {
  await runCommand("nginx", ["-v"], { installHint: NGINX_HINT });
  const { dir } = options;
  await rm(dir, { recursive: true, force: true });
  // nginx's workers run as `nobody` when we are root: they must reach their temp folders.
  const temp = ["client_body", "proxy", "fastcgi", "uwsgi", "scgi"];
  for (const sub of temp) {
    await mkdir(path.join(dir, sub), { recursive: true });
    await chmod(path.join(dir, sub), 0o777);
  }
  await chmod(dir, 0o755);
  // Relative includes (portail/…, tls/…) are under the folder of nginx.conf, as /etc/nginx/ in the image.
  for (const [name, target] of Object.entries({ portail: path.join(nginxDir, "portail"), ...options.links }))
    await symlink(target, path.join(dir, name));
  await writeFile(path.join(dir, "default.conf"), options.config);
  await writeFile(
    path.join(dir, "nginx.conf"),
    [
      "worker_processes 1;",
      `pid ${dir}/nginx.pid;`,
      "events { worker_connections 1024; }",
      "http {",
      `  access_log ${dir}/access.log;`,
      ...temp.map((sub) => `  ${sub}_temp_path ${dir}/${sub};`),
      `  include ${dir}/default.conf;`,
      "}",
      "",
    ].join("\n"),
  );
  const logFile = path.join(dir, "nginx.log");
  const nginx = startSupervised(
    "nginx",
    ["-p", `${dir}/`, "-c", path.join(dir, "nginx.conf"), "-e", "stderr", "-g", "daemon off; error_log stderr;"],
    { cwd: dir, env: process.env, logFile },
  );
  await untilReady(nginx, {
    name: "nginx",
    logFile,
    timeoutMs: 15_000,
    ready: async () => (await Promise.all(options.ports.map(listening))).every(Boolean),
  });
  return {
    async reload(config) {
      await writeFile(path.join(dir, "default.conf"), config);
      await runCommand("nginx", ["-p", `${dir}/`, "-c", path.join(dir, "nginx.conf"), "-s", "reload"], {
        installHint: NGINX_HINT,
      });
      // The signal is sent: the master starts workers with the new configuration within moments.
      await new Promise((resolve) => setTimeout(resolve, 1_000));
    },
    stop: () => nginx.stop(),
  };
}

/** `${NAME}` replaced by its value, as the official image's envsubst filter does for the names given. */
export function renderTemplate(template: string, values: Record<string, string>): string {
  return template.replace(/\$\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port }, () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}
