/**
 * The server the e2e journeys drive: the built `newsgraph serve` (dist/server/cli.js, serving
 * dist/client) on a free port, connected to the embedded Neo4j of the Jest globalSetup
 * (NEWSGRAPH_TEST_NEO4J_URI) and seeded from the shipped articles on first start.
 * NEWSGRAPH_E2E_FIXTURE=1 runs the same journeys against the fixture API instead (no database needed).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";

import { loadSeedDataset, startFixtureServer } from "./e2e-fixture-server.js";

export const REPO_ROOT = fileURLToPath(new URL("../..", import.meta.url));

export interface ExplorerServer {
  url: string;
  kind: "real" | "fixture";
  stop(): Promise<void>;
  /** What the server printed (for failure messages). */
  output(): string;
}

async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

async function waitForHealth(url: string, child: ChildProcess, output: () => string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`newsgraph serve exited with ${child.exitCode}:\n${output()}`);
    try {
      const response = await fetch(`${url}/api/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((done) => setTimeout(done, 300));
  }
  throw new Error(`newsgraph serve did not answer /api/health within ${timeoutMs / 1000}s:\n${output()}`);
}

export async function startExplorerServer(): Promise<ExplorerServer> {
  const clientIndex = `${REPO_ROOT}dist/client/index.html`;
  if (!existsSync(clientIndex)) throw new Error("dist/client is missing: run `npm run build:client` before the e2e tests.");

  if (process.env["NEWSGRAPH_E2E_FIXTURE"] === "1") {
    const dataset = loadSeedDataset(REPO_ROOT);
    if (!dataset) throw new Error("NEWSGRAPH_E2E_FIXTURE=1 needs the gold seeds (NEWSGRAPH_GOLD or ../shared/gold/seeds.json).");
    const server = await startFixtureServer({ staticDirs: { "/": `${REPO_ROOT}dist/client` }, dataset });
    return { url: server.url, kind: "fixture", stop: server.close, output: () => "" };
  }

  const cli = `${REPO_ROOT}dist/server/cli.js`;
  if (!existsSync(cli)) throw new Error("dist/server/cli.js is missing: run `npm run build` before the e2e tests.");
  const neo4jUri = process.env["NEWSGRAPH_TEST_NEO4J_URI"];
  if (!neo4jUri) throw new Error("NEWSGRAPH_TEST_NEO4J_URI is not set: run the e2e tests through Jest (`--selectProjects e2e`).");

  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  let log = "";
  const child = spawn(process.execPath, [cli, "serve"], {
    cwd: REPO_ROOT,
    env: { ...process.env, HOST: "127.0.0.1", PORT: String(port), NEO4J_URI: neo4jUri, NEWSGRAPH_SEED: "1", LOG_LEVEL: "warn" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const keep = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-20_000);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  await waitForHealth(url, child, () => log, 120_000);

  return {
    url,
    kind: "real",
    output: () => log,
    stop: () =>
      new Promise<void>((done) => {
        if (child.exitCode !== null) return done();
        const killer = setTimeout(() => child.kill("SIGKILL"), 15_000);
        child.once("exit", () => {
          clearTimeout(killer);
          done();
        });
        child.kill("SIGTERM");
      }),
  };
}
