/**
 * Attack test (issue 13): the servers the stack starts are reached from this machine only. The
 * sockets are read from /proc/net (no traffic to any other address is sent to find out).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { testStack } from "../support/keycloak";

/** The local addresses listening on `port`, as /proc/net/tcp and tcp6 list them (hex, kernel order). */
function listeners(port: number): string[] {
  const hexPort = port.toString(16).toUpperCase().padStart(4, "0");
  return ["/proc/net/tcp", "/proc/net/tcp6"].flatMap((table) =>
    readFileSync(table, "utf8")
      .split("\n")
      .slice(1)
      .map((line) => line.trim().split(/\s+/))
      .filter((fields) => fields[3] === "0A" && fields[1]?.endsWith(`:${hexPort}`))
      .map((fields) => fields[1]!.split(":")[0]!),
  );
}

/** 127.0.0.1 in /proc/net/tcp, and in tcp6 as an IPv4-mapped address (Java's sockets are dual-stack). */
const LOOPBACK = new Set(["0100007F", "0000000000000000FFFF00000100007F"]);

describe.runIf(process.platform === "linux")("the local Keycloak", () => {
  it.each([
    ["HTTP", () => testStack().keycloakUrl],
    ["management (health, metrics)", () => testStack().keycloakManagementUrl],
  ])("listens on 127.0.0.1 only with its %s port", (_name, url) => {
    const address = url();
    if (!address) return; // a server this run did not start as a process (container, external)
    const found = listeners(Number(new URL(address).port));
    expect(found.length).toBeGreaterThan(0);
    expect(found.filter((local) => !LOOPBACK.has(local))).toEqual([]);
  });
});
