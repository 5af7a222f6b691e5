/** Port probes used before starting anything, so a taken port gives a clear message instead of a stack trace. */
import { createServer } from "node:net";

export function isPortFree(host: string, port: number): Promise<boolean> {
  return new Promise((resolvePromise) => {
    const probe = createServer();
    probe.once("error", () => resolvePromise(false));
    probe.once("listening", () => probe.close(() => resolvePromise(true)));
    probe.listen({ host, port, exclusive: true });
  });
}

/** A port the OS considers free right now (tests use it to run beside a running `npm start`). */
export function findFreePort(host = "127.0.0.1"): Promise<number> {
  return new Promise((resolvePromise, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen({ host, port: 0 }, () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => resolvePromise(port));
    });
  });
}
