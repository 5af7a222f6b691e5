/**
 * `newsgraph import --bulk`, run as a user runs it: the database it builds offline holds the same graph
 * as the Cypher loader builds article by article (every property of every node and relationship, bar
 * the import clocks); it refuses to overwrite a database unless asked, and then keeps the old one;
 * bad files are reported and skipped. Its 227 files are enough for the extraction to run on worker threads.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import type { Driver } from "neo4j-driver";

import { toNative } from "../../server/db/to-native.js";
import { createDriver } from "../../server/neo4j/driver.js";
import { startEmbeddedNeo4j } from "../../server/neo4j/embedded.js";
import { findFreePort } from "../../server/neo4j/ports.js";
import { projectPath } from "../../import/paths.js";
import { completeEvidenceDigests } from "../../import/load/evidence-digest.js";
import { ensureCorpus } from "../bench/synthetic-corpus.js";
import { runCli } from "../helpers/cli-process.js";
import { createTestDriver, resetDatabase, testNeo4jUri, TEST_DATABASE } from "../helpers/neo4j.js";

/** Set at import time, so they differ between the two ways of building and are left out. */
const CLOCKS = new Set(["importedAt", "createdAt", "updatedAt"]);

type Dump = Record<string, Record<string, unknown>>;

async function dumpGraph(driver: Driver): Promise<Dump> {
  const read = async (query: string) => (await driver.executeQuery(query, {}, { database: TEST_DATABASE })).records;
  const clean = (props: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(props).flatMap(([key, value]) => (CLOCKS.has(key) ? [] : [[key, toNative(value)] as const])));
  const dump: Dump = {};
  for (const r of await read("MATCH (n) WHERE n:Article OR n:Entity OR n:Evidence RETURN labels(n) AS labels, properties(n) AS p")) {
    const p = r.get("p") as Record<string, unknown>;
    dump[`node ${String(p.id)}`] = { labels: (r.get("labels") as string[]).sort(), ...clean(p) };
  }
  for (const r of await read("MATCH (a)-[m:MENTIONS|STATES]->(b) RETURN type(m) AS type, a.id AS a, b.id AS b, properties(m) AS p")) {
    dump[`${String(r.get("type"))} ${String(r.get("a"))} ${String(r.get("b"))}`] = clean(r.get("p") as Record<string, unknown>);
  }
  for (const r of await read("MATCH (s:Entity)-[x]->(t:Entity) RETURN type(x) AS type, s.id AS s, t.id AS t, properties(x) AS p")) {
    const p = r.get("p") as Record<string, unknown>;
    dump[`relation ${String(p.id)}`] = { type: r.get("type"), source: r.get("s"), target: r.get("t"), ...clean(p) };
  }
  return dump;
}

describe("a bulk import", () => {
  const workDir = mkdtempSync(join(tmpdir(), "newsgraph-bulk-"));
  const dataDir = join(workDir, "data");
  const articles = join(workDir, "articles");
  let driver: Driver;
  let env: Record<string, string>;

  beforeAll(async () => {
    driver = createTestDriver();
    mkdirSync(articles);
    const seeds = projectPath("import", "articles");
    for (const file of readdirSync(seeds)) copyFileSync(join(seeds, file), join(articles, file));
    const synthetic = ensureCorpus(workDir, 220);
    for (const file of readdirSync(synthetic).filter((f) => !f.startsWith("."))) copyFileSync(join(synthetic, file), join(articles, `synthetic-${file}`));
    writeFileSync(join(articles, "empty.txt"), "");
    writeFileSync(join(articles, "broken.json"), "{ not json");
    env = { NEWSGRAPH_DATA_DIR: dataDir, NEO4J_BOLT_PORT: String(await findFreePort()), NEO4J_HEAP: "1g", NEO4J_PAGECACHE: "512m" };
  });
  afterAll(async () => {
    await driver.close();
    rmSync(workDir, { recursive: true, force: true });
  });

  // Each test runs neo4j-admin and starts Neo4j: on a loaded 2-core machine that took over Jest's default 60 s.
  it("should build the same graph the Cypher loader builds, skipping the bad files", async () => {
    const bulk = runCli(["import", "--bulk", articles], env);
    expect(await bulk.exited).toBe(0);
    expect(bulk.stderr()).toMatch(/empty\.txt: skipped/);
    expect(bulk.stderr()).toMatch(/broken\.json: skipped/);
    expect(bulk.stdout()).toMatch(/articles\s+225 new/);

    await resetDatabase(driver);
    const cypher = runCli(["import", articles], { NEO4J_URI: testNeo4jUri() });
    expect(await cypher.exited).toBe(0);
    const expected = await dumpGraph(driver);

    const started = await startEmbeddedNeo4j({
      homeDir: join(dataDir, "neo4j"),
      boltHost: "127.0.0.1",
      boltPort: await findFreePort(),
      heap: "1g",
      pageCache: "512m",
      txTimeout: "60s",
      txMemoryMax: "1g",
      startupTimeoutSeconds: 120,
    });
    if (!started.ok) throw new Error(started.error.message);
    const bulkDriver = createDriver({ kind: "embedded", uri: started.value.uri, username: "", password: "", database: TEST_DATABASE });
    try {
      // The bulk import leaves evidence digests to the server's start; built as it builds them, they
      // must be the loader's.
      expect(await completeEvidenceDigests(bulkDriver, TEST_DATABASE)).toBeGreaterThan(100);
      const actual = await dumpGraph(bulkDriver);
      expect(Object.keys(actual).length).toBeGreaterThan(1000);
      expect(actual).toEqual(expected);
      const constraints = await bulkDriver.executeQuery("SHOW CONSTRAINTS YIELD name RETURN collect(name) AS names");
      expect(constraints.records[0]?.get("names")).toEqual(expect.arrayContaining(["article_id", "entity_id", "evidence_id"]));
      const token = await bulkDriver.executeQuery("MATCH (g:GraphState {key: 'graph'}) RETURN g.token AS token");
      expect(token.records[0]?.get("token")).toEqual(expect.any(String));
    } finally {
      await bulkDriver.close();
      await started.value.stop();
    }
  }, 240_000);

  it("should refuse to overwrite a database, and with --replace move it aside", async () => {
    const refused = runCli(["import", "--bulk", articles], env);
    expect(await refused.exited).toBe(1);
    expect(refused.stderr()).toMatch(/already exists.*--replace/s);

    const replaced = runCli(["import", "--bulk", "--replace", join(articles, "000_f66068220d7170c8.txt")], env);
    expect(await replaced.exited).toBe(0);
    expect(replaced.stdout()).toMatch(/articles\s+1 new/);
    const aside = /The database that was there before is in (.+)\./.exec(replaced.stdout())?.[1];
    expect(aside).toBeDefined();
    expect(existsSync(join(aside ?? "", "databases-neo4j"))).toBe(true);
  }, 240_000);

  it("should not build anything from files it cannot read", async () => {
    const nothing = runCli(["import", "--bulk", "--replace", join(articles, "empty.txt")], env);
    expect(await nothing.exited).toBe(1);
    expect(nothing.stderr()).toMatch(/No article could be read/);
  }, 120_000);
});
