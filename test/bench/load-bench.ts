/**
 * Load run: many concurrent clients for a fixed time, mixed over the read endpoints, against the
 * running server. Reports errors, latency, the server's memory after warm-up and at the end (growth
 * means a leak), and the number of Bolt connections open to Neo4j (the driver's pool must bound it).
 */
import { readFileSync } from "node:fs";

import autocannon from "autocannon";

import { MAX_CONNECTION_POOL_SIZE } from "../../server/neo4j/driver.js";
import { CLIENT_HEADERS, dropResponseBodies, type ApiTarget } from "./api-bench.js";
import { statusMb } from "./served-bench.js";

export interface LoadFigures {
  connections: number;
  seconds: number;
  requests: number;
  errors: number;
  non2xx: number;
  p50: number;
  p99: number;
  requestsPerSecond: number;
  /** Server RSS when warm-up ended, and when the run ended (MB). */
  rssAfterWarmUpMb: number | null;
  rssAtEndMb: number | null;
  rssMaxMb: number | null;
  maxBoltConnections: number;
  poolSize: number;
}

const rssMb = (pid: number | undefined): number | null => statusMb(pid, "VmRSS");

/** Established TCP connections to `port` on this machine, client side (Linux /proc/net/tcp{,6}). */
function connectionsTo(port: number): number {
  const hexPort = port.toString(16).toUpperCase().padStart(4, "0");
  let count = 0;
  for (const file of ["/proc/net/tcp", "/proc/net/tcp6"]) {
    let text = "";
    try {
      text = readFileSync(file, "utf8");
    } catch {
      continue;
    }
    for (const line of text.split("\n").slice(1)) {
      const fields = line.trim().split(/\s+/);
      // fields[2] = remote address:port, fields[3] = state (01 = ESTABLISHED)
      if (fields[3] === "01" && fields[2]?.endsWith(`:${hexPort}`)) count += 1;
    }
  }
  return count;
}

export async function loadRun(
  url: string,
  serverPid: number | undefined,
  boltPort: number,
  targets: ApiTarget[],
  options: { connections: number; seconds: number; warmUpSeconds: number },
): Promise<LoadFigures> {
  const samples: { at: number; rss: number | null; bolt: number }[] = [];
  const started = Date.now();
  const sampler = setInterval(() => samples.push({ at: (Date.now() - started) / 1000, rss: rssMb(serverPid), bolt: connectionsTo(boltPort) }), 1000);
  try {
    const result = await autocannon({
      url,
      connections: options.connections,
      duration: options.seconds,
      setupClient: dropResponseBodies,
      requests: targets.map((t) => ({
        method: t.method,
        path: t.path,
        headers: t.body ? { ...CLIENT_HEADERS, "content-type": "application/json" } : { ...CLIENT_HEADERS },
        ...(t.body ? { body: t.body } : {}),
      })),
    });
    const afterWarmUp = samples.find((s) => s.at >= options.warmUpSeconds);
    const rssValues = samples.map((s) => s.rss).filter((v): v is number => v !== null);
    return {
      connections: options.connections,
      seconds: options.seconds,
      requests: result.requests.total,
      errors: result.errors + result.timeouts,
      non2xx: result.non2xx,
      p50: result.latency.p50,
      p99: result.latency.p99,
      requestsPerSecond: Math.round(result.requests.average),
      rssAfterWarmUpMb: afterWarmUp?.rss ?? null,
      rssAtEndMb: rssMb(serverPid),
      rssMaxMb: rssValues.length > 0 ? Math.max(...rssValues) : null,
      maxBoltConnections: Math.max(0, ...samples.map((s) => s.bolt)),
      poolSize: MAX_CONNECTION_POOL_SIZE,
    };
  } finally {
    clearInterval(sampler);
  }
}
