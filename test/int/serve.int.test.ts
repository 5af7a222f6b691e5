/**
 * `newsgraph serve` as a user runs it: the built CLI against the embedded Neo4j and against a Neo4j given
 * by NEO4J_URI (the test run's own embedded instance stands in for Aura or a cluster).
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

import type { Driver } from "neo4j-driver";

import { findFreePort } from "../../server/neo4j/ports.js";
import { isProcessAlive, runCli, waitForHealthy } from "../helpers/cli-process.js";
import { countOf, createTestDriver, resetDatabase, TEST_DATABASE, testNeo4jUri } from "../helpers/neo4j.js";

interface Health {
  neo4j: { connected: boolean; embedded: boolean; version: string };
  counts: { articles: number; entities: number; relations: number; evidence: number };
}

function javaPidsFor(dataDir: string): number[] {
  const out = execFileSync("ps", ["-eo", "pid=,args="]).toString();
  return out
    .split("\n")
    .filter((line) => line.includes("Launcher") && line.includes(dataDir))
    .map((line) => Number.parseInt(line.trim(), 10));
}

describe("newsgraph serve with NEO4J_URI", () => {
  let driver: Driver;

  beforeAll(async () => {
    driver = createTestDriver();
    await resetDatabase(driver);
  });
  afterAll(async () => {
    await driver.close();
  });

  it("should connect to that Neo4j, start nothing else, seed it and stop cleanly on SIGTERM", async () => {
    const port = await findFreePort();
    const run = runCli(["serve"], { NEO4J_URI: testNeo4jUri(), PORT: String(port) });

    const health = (await waitForHealthy(`http://127.0.0.1:${port}/api/health`, run)) as Health;
    run.child.kill("SIGTERM");

    expect(health.neo4j).toMatchObject({ connected: true, embedded: false });
    expect(health.counts.articles).toBe(5);
    expect(health.counts.relations).toBeGreaterThan(20);
    expect(await run.exited).toBe(0);
  });

  it("when relations have no evidence digest (a bulk import, an older database), then it builds them after start", async () => {
    const withoutDigest = () => countOf(driver, "MATCH (:Entity)-[r]->(:Entity) WHERE r.evidenceCount IS NOT NULL AND r.evidenceDigest IS NULL RETURN count(r)");
    await driver.executeQuery("MATCH (:Entity)-[r]->(:Entity) REMOVE r.evidenceDigest", {}, { database: TEST_DATABASE });
    const before = await withoutDigest();
    const port = await findFreePort();
    const run = runCli(["serve"], { NEO4J_URI: testNeo4jUri(), PORT: String(port) });

    await waitForHealthy(`http://127.0.0.1:${port}/api/health`, run);
    let left = before;
    for (let waited = 0; left > 0 && waited < 30_000; waited += 250) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      left = await withoutDigest();
    }
    run.child.kill("SIGTERM");

    expect(before).toBeGreaterThan(20);
    expect(left).toBe(0);
    expect(await run.exited).toBe(0);
  });
});

describe("newsgraph serve with the embedded Neo4j", () => {
  const dataDir = mkdtempSync(join(tmpdir(), "newsgraph-serve-"));
  const env = async () => ({ NEWSGRAPH_DATA_DIR: dataDir, NEO4J_BOLT_PORT: String(await findFreePort()), PORT: String(await findFreePort()), NEO4J_HEAP: "512m", NEO4J_PAGECACHE: "64m" });

  afterAll(() => {
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("should start, seed, refuse a second start on the same data, stop without leftovers, and keep the data on restart", async () => {
    const firstEnv = await env();
    const first = runCli(["serve"], firstEnv);
    const health = (await waitForHealthy(`http://127.0.0.1:${firstEnv.PORT}/api/health`, first)) as Health;
    expect(health.neo4j).toMatchObject({ connected: true, embedded: true, version: expect.stringMatching(/^5\.26\./) });
    expect(health.counts.articles).toBe(5);
    const javaPids = javaPidsFor(dataDir);
    expect(javaPids).toHaveLength(1);

    const secondEnv = await env();
    const second = runCli(["serve"], secondEnv);
    expect(await second.exited).not.toBe(0);
    expect(second.stderr()).toMatch(/already running on .*NEWSGRAPH_DATA_DIR/s);

    first.child.kill("SIGTERM");
    expect(await first.exited).toBe(0);
    expect(javaPids.filter(isProcessAlive)).toEqual([]);

    const againEnv = await env();
    const again = runCli(["serve"], againEnv);
    const healthAgain = (await waitForHealthy(`http://127.0.0.1:${againEnv.PORT}/api/health`, again)) as Health;
    again.child.kill("SIGINT");
    expect(healthAgain.counts).toEqual(health.counts);
    expect(await again.exited).toBe(0);
  }, 240_000);

  it("when Ctrl-C reaches the whole process group, then the server and Neo4j stop and nothing restarts", async () => {
    const runEnv = await env();
    const run = runCli(["serve"], runEnv, { ownProcessGroup: true });
    await waitForHealthy(`http://127.0.0.1:${runEnv.PORT}/api/health`, run);
    const javaPids = javaPidsFor(dataDir);
    expect(javaPids).toHaveLength(1);

    process.kill(-(run.child.pid ?? 0), "SIGINT");
    expect(await run.exited).toBe(0);
    expect(run.stderr() + run.stdout()).not.toMatch(/exited unexpectedly/);
    expect(javaPidsFor(dataDir)).toEqual([]);
  }, 240_000);

  it("when the parent is killed with SIGKILL, then the embedded Neo4j stops by itself", async () => {
    const runEnv = await env();
    const run = runCli(["serve"], runEnv);
    await waitForHealthy(`http://127.0.0.1:${runEnv.PORT}/api/health`, run);
    const javaPids = javaPidsFor(dataDir);

    run.child.kill("SIGKILL");
    await run.exited;
    for (let i = 0; i < 60 && javaPids.some(isProcessAlive); i += 1) await new Promise((r) => setTimeout(r, 500));

    expect(javaPids.filter(isProcessAlive)).toEqual([]);
  }, 240_000);
});

describe("newsgraph serve start-up errors", () => {
  it("when the HTTP port is taken, then it should say so in one line and exit non-zero", async () => {
    const blocker: Server = createServer();
    const port = await findFreePort();
    await new Promise<void>((r) => blocker.listen(port, "127.0.0.1", () => r()));

    const run = runCli(["serve"], { NEO4J_URI: testNeo4jUri(), PORT: String(port) });
    const code = await run.exited;
    blocker.close();

    expect(code).toBe(1);
    expect(run.stderr().trim()).toBe(`newsgraph: Port ${port} on 127.0.0.1 is taken. Set PORT to a free port, or stop the other server.`);
  });

  it("when NEO4J_URI points nowhere, then it should name the setting and exit non-zero", async () => {
    const run = runCli(["serve"], { NEO4J_URI: `bolt://127.0.0.1:${await findFreePort()}`, PORT: String(await findFreePort()) });

    expect(await run.exited).toBe(1);
    expect(run.stderr()).toMatch(/unreachable.*NEO4J_URI/);
  }, 60_000);

  it("when a setting is malformed, then it should name it and exit non-zero", async () => {
    const run = runCli(["serve"], { PORT: "eighty" });

    expect(await run.exited).toBe(2);
    expect(run.stderr()).toMatch(/Invalid PORT/);
  });
});
