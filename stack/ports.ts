import net from "node:net";
import { StackError } from "./errors";

function listenOnce(port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.once("error", reject);
    server.listen({ port, host: "0.0.0.0", exclusive: true }, () => {
      const { port: bound } = server.address() as net.AddressInfo;
      server.close(() => resolve(bound));
    });
  });
}

/** A port the system reports free right now (the tests' servers take these). */
function freePort(): Promise<number> {
  return listenOnce(0);
}

/** A tuple of `N` ports, so that `const [http, management] = await freePorts(2)` needs no checks. */
type Ports<N extends number, Taken extends number[] = []> = Taken["length"] extends N
  ? Taken
  : Ports<N, [...Taken, number]>;

/** `count` distinct ports the system reports free right now. */
export async function freePorts<N extends number>(count: N): Promise<Ports<N>> {
  const ports = new Set<number>();
  while (ports.size < count) ports.add(await freePort());
  return [...ports] as Ports<N>;
}

/** Fails with a message naming the variable that moves the service elsewhere. */
export async function assertPortFree(port: number, service: string, variable: string): Promise<void> {
  try {
    await listenOnce(port);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EADDRINUSE") throw error;
    throw new StackError(
      `Port ${port} for ${service} is already in use.`,
      `Stop what listens there (\`ss -ltnp 'sport = :${port}'\` shows it) or choose another port: ${variable}=<port> npm start`,
    );
  }
}
