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
export function freePort(): Promise<number> {
  return listenOnce(0);
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
