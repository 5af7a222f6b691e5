/**
 * Imports that die: killed with SIGKILL mid-way and run again, the graph is complete with no
 * duplicates and no half article; a data dir that cannot be written gives a clear error.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import type { Driver } from "neo4j-driver";

import { EXTRACTOR_VERSION } from "../../graph-schema/index.js";
import { extractPaths } from "../../import/index.js";
import { toArticleRows } from "../../import/load/rows.js";
import { ensureCorpus } from "../bench/synthetic-corpus.js";
import { findFreePort } from "../../server/neo4j/ports.js";
import { runCli } from "../helpers/cli-process.js";
import { countOf, createTestDriver, resetDatabase, testNeo4jUri, TEST_DATABASE } from "../helpers/neo4j.js";

describe("an import killed mid-way", () => {
  let driver: Driver;
  const workDir = mkdtempSync(join(tmpdir(), "newsgraph-kill-"));

  beforeAll(async () => {
    driver = createTestDriver();
    await resetDatabase(driver);
  });
  afterAll(async () => {
    await driver.close();
    rmSync(workDir, { recursive: true, force: true });
  });

  it("should, when run again, complete with every article whole and nothing duplicated", async () => {
    const corpus = ensureCorpus(workDir, 200);
    const expected = new Map<string, number>();
    for await (const item of extractPaths([corpus])) {
      if (item.kind === "article") expected.set(item.article.id, toArticleRows(item.article, item.extraction, EXTRACTOR_VERSION).evidence.length);
    }

    const first = runCli(["import", corpus, "--batch-size", "10"], { NEO4J_URI: testNeo4jUri() });
    for (let i = 0; i < 600 && (await countOf(driver, "MATCH (a:Article) RETURN count(a)")) < 30; i += 1) await new Promise((r) => setTimeout(r, 100));
    first.child.kill("SIGKILL");
    await first.exited;
    const landed = await countOf(driver, "MATCH (a:Article) RETURN count(a)");
    expect(landed).toBeGreaterThan(0);
    expect(landed).toBeLessThan(expected.size);

    const second = runCli(["import", corpus, "--batch-size", "50"], { NEO4J_URI: testNeo4jUri() });
    expect(await second.exited).toBe(0);

    const { records } = await driver.executeQuery(
      "MATCH (a:Article) OPTIONAL MATCH (a)-[:STATES]->(v:Evidence) RETURN a.id AS id, count(v) AS evidence",
      {},
      { database: TEST_DATABASE },
    );
    const actual = new Map(records.map((r) => [r.get("id") as string, Number(r.get("evidence"))]));
    expect(actual).toEqual(expected);
    expect(await countOf(driver, "MATCH (v:Evidence) WITH v.id AS id, count(*) AS n WHERE n > 1 RETURN count(id)")).toBe(0);
    const aggregates = await countOf(
      driver,
      "MATCH ()-[r]->() WHERE r.evidenceCount IS NOT NULL AND r.evidenceCount <> COUNT { (v:Evidence {relationId: r.id}) } RETURN count(r)",
    );
    expect(aggregates).toBe(0);
    expect(second.stdout()).toMatch(/articles\s+\d+ new\s+0 updated\s+\d+ unchanged/);
  }, 300_000);
});

describe("a data dir that cannot be written", () => {
  const ports = async () => ({ NEO4J_BOLT_PORT: String(await findFreePort()), PORT: String(await findFreePort()), NEO4J_HEAP: "512m", NEO4J_PAGECACHE: "32m" });

  it("when it is read-only, then newsgraph stops with one clear line naming NEWSGRAPH_DATA_DIR", async () => {
    // sysfs refuses new folders even to root: a read-only place every Linux machine has.
    const run = runCli(["serve"], { NEWSGRAPH_DATA_DIR: "/sys/newsgraph-cannot-write-here", ...(await ports()) });

    expect(await run.exited).toBe(1);
    expect(run.stderr().trim()).toMatch(/^newsgraph: The data dir .* is not writable .*NEWSGRAPH_DATA_DIR\.$/);
  });

  it("when its disk is full, then newsgraph stops with one clear line saying so", async () => {
    const mountPoint = mkdtempSync(join(tmpdir(), "newsgraph-full-"));
    try {
      // A 6 MB tmpfs is too small for a Neo4j store. Mounting needs root, which CI and these machines have.
      execFileSync("mount", ["-t", "tmpfs", "-o", "size=6m", "tmpfs", mountPoint]);
    } catch (cause) {
      throw new Error(`This test mounts a tiny tmpfs to fill a disk and needs root: ${(cause as Error).message}`);
    }
    try {
      const run = runCli(["serve"], { NEWSGRAPH_DATA_DIR: mountPoint, ...(await ports()) });

      expect(await run.exited).toBe(1);
      expect(run.stderr().trim()).toMatch(/^newsgraph: Neo4j cannot write to .* \(disk full\)\. .*NEWSGRAPH_DATA_DIR\.$/);
    } finally {
      execFileSync("umount", [mountPoint]);
      rmSync(mountPoint, { recursive: true, force: true });
    }
  }, 120_000);
});
