/**
 * API latency and throughput under concurrent clients (autocannon), against the built server started
 * as a separate process on a given Neo4j — as users run it.
 */
import autocannon from "autocannon";

import { BROWSER_ACCEPT_ENCODING } from "../../server/http/read-cache.js";
import { findFreePort } from "../../server/neo4j/ports.js";
import { runCli, waitForHealthy, type CliRun } from "../helpers/cli-process.js";

export interface EndpointFigures {
  endpoint: string;
  /** The first request: nothing cached, query plans cold. */
  firstMs: number;
  requests: number;
  errors: number;
  non2xx: number;
  p50: number;
  p90: number;
  /** autocannon's histogram reports p97.5, not p95: an upper bound for p95. */
  p97_5: number;
  p99: number;
  requestsPerSecond: number;
}

export interface ApiTarget {
  name: string;
  method: "GET" | "POST";
  path: string;
  body?: string;
}

/** What a browser sends with every request: the cache answers Brotli or gzip to clients that accept them. */
export const CLIENT_HEADERS = { "accept-encoding": BROWSER_ACCEPT_ENCODING } as const;

/**
 * autocannon appends every response body to a string, only to compare it when asked to; for answers of
 * megabytes that costs its own thread more than the server spends (measured on the 2.4 MB gzipped whole
 * graph: 36 req/s with bodies kept, 267 req/s without, the server then being the limit). The bench only
 * counts status codes, so each connection drops the bodies. Without the internal hook (another autocannon
 * version) the bodies are kept and a warning says the figures are the client's.
 */
export function dropResponseBodies(client: unknown): void {
  const queue = (client as { pipelinedRequests?: { addBody?: (data: Buffer) => void } }).pipelinedRequests;
  if (queue && typeof queue.addBody === "function") queue.addBody = () => undefined;
  else if (!warnedAboutBodies) {
    warnedAboutBodies = true;
    process.stderr.write("bench: this autocannon keeps response bodies; large answers will measure the client\n");
  }
}
let warnedAboutBodies = false;

export async function startBenchServer(neo4jUri: string): Promise<{ url: string; run: CliRun }> {
  const port = await findFreePort();
  // Rate limits off (as high as they go): the benchmark measures throughput from one client address.
  const run = runCli(["serve"], {
    NEO4J_URI: neo4jUri,
    PORT: String(port),
    NEWSGRAPH_SEED: "0",
    LOG_LEVEL: "error",
    NEWSGRAPH_CYPHER_RATE: "1000000",
    NEWSGRAPH_EXPORT_RATE: "1000000",
  });
  const url = `http://127.0.0.1:${port}`;
  await waitForHealthy(`${url}/api/health`, run, 180_000);
  return { url, run };
}

/** Picks realistic ids from the running server: the best-connected entity and a path to another. */
export async function pickTargets(url: string): Promise<ApiTarget[]> {
  const cypher = async (query: string) => {
    const res = await fetch(`${url}/api/cypher`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query }) });
    return ((await res.json()) as { rows: Record<string, unknown>[] }).rows;
  };
  const hubs = await cypher("MATCH (e:Entity) RETURN e.id AS id, COUNT { (e)--(:Entity) } AS degree ORDER BY degree DESC LIMIT 40");
  const hub = String(hubs[0]?.id ?? "north-korea");
  const mid = String(hubs[Math.min(20, hubs.length - 1)]?.id ?? hub);
  const relation = await cypher(`MATCH (:Entity {id: '${hub}'})-[r]-(:Entity) RETURN r.id AS id LIMIT 1`);
  return [
    { name: "/api/graph (ego, depth 1)", method: "GET", path: `/api/graph?around=${encodeURIComponent(mid)}&depth=1` },
    { name: "/api/search", method: "GET", path: "/api/search?q=korea" },
    { name: "/api/entities/:id", method: "GET", path: `/api/entities/${encodeURIComponent(mid)}` },
    { name: "/api/relations/:id", method: "GET", path: `/api/relations/${encodeURIComponent(String(relation[0]?.id ?? ""))}` },
    { name: "/api/paths", method: "GET", path: `/api/paths?from=${encodeURIComponent(mid)}&to=${encodeURIComponent(String(hubs[hubs.length - 1]?.id ?? hub))}` },
    {
      name: "/api/cypher (example)",
      method: "POST",
      path: "/api/cypher",
      body: JSON.stringify({ query: "MATCH (s:Entity)-[r:SUPPLIES_WEAPONS_TO]->(t:Entity {id: $id}) RETURN s.name AS supplier, r.status AS status, r.sourceCount AS sources ORDER BY sources DESC LIMIT 25", params: { id: hub } }),
    },
    { name: "/api/export (json, ego)", method: "GET", path: `/api/export?format=json&around=${encodeURIComponent(mid)}&depth=1` },
    { name: "/api/graph (whole)", method: "GET", path: "/api/graph" },
  ];
}

/** Query plans are compiled on first use: warm each endpoint up before measuring it. Returns the first request's time. */
async function warmUp(url: string, target: ApiTarget): Promise<number> {
  let firstMs = 0;
  for (let i = 0; i < 10; i += 1) {
    const started = performance.now();
    const res = await fetch(url + target.path, {
      method: target.method,
      // The measured requests' headers, so the encoding they are answered in is ready before measuring.
      headers: target.body ? { ...CLIENT_HEADERS, "content-type": "application/json" } : CLIENT_HEADERS,
      ...(target.body ? { body: target.body } : {}),
    });
    await res.arrayBuffer();
    if (i === 0) firstMs = Math.round(performance.now() - started);
    // An endpoint that fails is measured as it is: warming it up only multiplies the wait.
    if (!res.ok) break;
  }
  return firstMs;
}

export async function benchEndpoint(url: string, target: ApiTarget, connections: number, seconds: number): Promise<EndpointFigures> {
  const firstMs = await warmUp(url, target);
  const result = await autocannon({
    url: url + target.path,
    method: target.method,
    connections,
    duration: seconds,
    headers: target.body ? { ...CLIENT_HEADERS, "content-type": "application/json" } : CLIENT_HEADERS,
    setupClient: dropResponseBodies,
    ...(target.body ? { body: target.body } : {}),
  });
  return {
    endpoint: target.name,
    firstMs,
    requests: result.requests.total,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    p50: result.latency.p50,
    p90: result.latency.p90,
    p97_5: result.latency.p97_5,
    p99: result.latency.p99,
    requestsPerSecond: Math.round(result.requests.average),
  };
}
