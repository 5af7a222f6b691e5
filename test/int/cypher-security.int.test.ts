/**
 * The Cypher console must never change the graph, read the server's files or hang the server.
 * Each hostile query is asserted refused or cut, with the database checksum unchanged afterwards.
 */
import { createHash } from "node:crypto";

import type { Express } from "express";
import type { Driver } from "neo4j-driver";
import request from "supertest";

import { createApp } from "../../server/app.js";
import { DEFAULT_CYPHER_LIMITS } from "../../server/cypher/run-query.js";
import { createCypherRouter } from "../../server/routes/cypher.routes.js";
import { importExtractions } from "../../import/load/import-articles.js";
import { claimArticle, itemsOf } from "../helpers/extraction-fixtures.js";
import { createTestDriver, resetDatabase, silentLogger, TEST_DATABASE, testDb, testNeo4jUri } from "../helpers/neo4j.js";

async function databaseChecksum(driver: Driver): Promise<string> {
  const run = async (q: string) => (await driver.executeQuery(q, {}, { database: TEST_DATABASE })).records.map((r) => r.toObject());
  const state = {
    nodes: await run("MATCH (n) RETURN labels(n) AS labels, properties(n) AS props ORDER BY elementId(n)"),
    relationships: await run("MATCH (a)-[r]->(b) RETURN elementId(a) AS a, type(r) AS type, properties(r) AS props, elementId(b) AS b ORDER BY elementId(r)"),
    labels: await run("CALL db.labels() YIELD label RETURN label ORDER BY label"),
    propertyKeys: await run("CALL db.propertyKeys() YIELD propertyKey RETURN propertyKey ORDER BY propertyKey"),
    indexes: await run("SHOW INDEXES YIELD name RETURN name ORDER BY name"),
    constraints: await run("SHOW CONSTRAINTS YIELD name RETURN name ORDER BY name"),
  };
  return createHash("sha256").update(JSON.stringify(state, (_k, v) => (typeof v === "bigint" ? v.toString() : v))).digest("hex");
}

const HOSTILE_QUERIES: string[] = [
  "CREATE (n:Hostile) RETURN n",
  "MERGE (n:Entity {id: 'hostile'}) RETURN n",
  "MATCH (n:Entity) SET n.name = 'pwned' RETURN n",
  "MATCH (n:Entity) SET n += {name: 'pwned'}",
  "MATCH (n:Entity) REMOVE n.name RETURN n",
  "MATCH (n:Entity) REMOVE n:Entity",
  "MATCH (n:Entity) SET n:Hostile",
  "MATCH (n:Evidence) DELETE n",
  "MATCH (n) DETACH DELETE n",
  "MATCH ()-[r]->() DELETE r",
  "MATCH (n) FOREACH (x IN [1] | SET n.x = 1)",
  "MATCH (n) WITH n LIMIT 1 CREATE (m:Hostile) RETURN m",
  "MATCH (n:Entity) WITH n OPTIONAL MATCH (n)-[r]-() WITH n, count(r) AS c MERGE (h:Hostile {c: c})",
  "MATCH (n) RETURN n.id AS x UNION MATCH (m) CREATE (h:Hostile) RETURN h.id AS x",
  "CALL { CREATE (n:Hostile) } RETURN 1",
  "MATCH (n) CALL (n) { SET n.x = 1 } RETURN count(n)",
  "MATCH (n) CALL { WITH n SET n.x = 1 } RETURN count(n)",
  "/* harmless? */ CREATE (n:Hostile)",
  "// a comment\nCREATE (n:Hostile)",
  "cReAtE (n:Hostile)",
  "MATCH (n) WITH n /* hide */ DETACH /* here */ DELETE n",
  "MATCH (`n`) SET `n`.`x` = 1",
  "\\u0043REATE (n:Hostile)",
  "RETURN '\\u0027' AS x; CREATE (n:Hostile)",
  "MATCH (n) RETURN n; MATCH (n) DETACH DELETE n",
  "RETURN 1; CREATE (:Hostile)",
  "UNWIND range(1, 10) AS i CALL (i) { CREATE (:Hostile) } IN TRANSACTIONS OF 2 ROWS",
  "UNWIND range(1, 10) AS i CALL (i) { RETURN i AS j } IN TRANSACTIONS RETURN j",
  "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line",
  "load csv with headers from 'file:///etc/passwd' as l return l",
  "LOAD CSV FROM 'http://127.0.0.1:3000/api/health' AS line RETURN line",
  "MATCH (n) WITH n LIMIT 1 LOAD /* split */ CSV FROM 'file:///etc/hostname' AS l RETURN l",
  "CALL dbms.listConfig()",
  "CALL dbms.components()",
  "CALL dbms.security.listUsers()",
  "CALL  DBMS . listConfig ( )",
  "SHOW USERS",
  "SHOW DATABASES",
  "SHOW PROCEDURES",
  "SHOW TRANSACTIONS",
  "  show settings",
  "TERMINATE TRANSACTIONS 'neo4j-transaction-1'",
  "CREATE INDEX hostile FOR (n:Entity) ON (n.hostile)",
  "CREATE CONSTRAINT hostile FOR (n:Entity) REQUIRE n.hostile IS UNIQUE",
  "DROP CONSTRAINT entity_id",
  "DROP INDEX entity_name",
  "CREATE DATABASE hostile",
  "USE system SHOW USERS",
  "ALTER USER neo4j SET PASSWORD 'hostile-password'",
  "CALL db.createLabel('Hostile')",
  "CALL db.createProperty('hostile')",
  "CALL db.clearQueryCaches()",
  "CALL db.awaitIndexes(1)",
  "CALL apoc.cypher.runWrite('CREATE (:Hostile)', {})",
];

describe("the read-only Cypher console against hostile queries", () => {
  let driver: Driver;
  let app: Express;
  let checksum: string;

  beforeAll(async () => {
    driver = createTestDriver();
    await resetDatabase(driver);
    await importExtractions({ driver, database: TEST_DATABASE }, itemsOf(claimArticle()));
    const db = testDb(driver);
    app = createApp({
      db,
      neo4j: { embedded: true, uri: testNeo4jUri() },
      logger: silentLogger,
      clientDir: null,
      routers: [createCypherRouter(db, { limits: { ...DEFAULT_CYPHER_LIMITS, timeoutMs: 2_000 }, perMinute: 10_000 })],
    });
    checksum = await databaseChecksum(driver);
  });

  afterAll(async () => {
    await driver.close();
  });

  it("should list at least 40 hostile queries", () => {
    expect(HOSTILE_QUERIES.length).toBeGreaterThanOrEqual(40);
  });

  it.each(HOSTILE_QUERIES)("should refuse %j and leave the database unchanged", async (query) => {
    const res = await request(app).post("/api/cypher").send({ query });

    expect([400, 403]).toContain(res.status);
    expect(res.body.error.message).toEqual(expect.any(String));
    expect(await databaseChecksum(driver)).toBe(checksum);
  });

  it("should say which rule refused a query", async () => {
    const write = await request(app).post("/api/cypher").send({ query: "MATCH (n) WITH n CREATE (:Hostile)" });
    const csv = await request(app).post("/api/cypher").send({ query: "LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l" });
    const procedure = await request(app).post("/api/cypher").send({ query: "CALL db.awaitIndexes(1)" });

    expect(write.body.error).toMatchObject({ kind: "refused", details: { rule: "plan:write-query" } });
    expect(csv.body.error).toMatchObject({ kind: "refused", details: { rule: "text:load-csv" } });
    expect(procedure.body.error).toMatchObject({ kind: "refused", details: { rule: "plan:procedure-not-allowed" } });
    expect(procedure.body.error.message).toMatch(/db\.awaitIndexes/);
  });

  it("should return syntax errors with Neo4j's message and the position in the user's text", async () => {
    const res = await request(app).post("/api/cypher").send({ query: "MATCH (n RETURN n" });

    expect(res.status).toBe(400);
    expect(res.body.error.kind).toBe("syntax-error");
    expect(res.body.error.details.position).toMatchObject({ line: 1, offset: expect.any(Number) });
    expect(res.body.error.details.position.offset).toBeLessThanOrEqual("MATCH (n RETURN n".length);
  });

  it("should cut a huge UNWIND at the row cap and report it truncated", async () => {
    const res = await request(app).post("/api/cypher").send({ query: "UNWIND range(1, 100000000) AS x RETURN x" });

    expect(res.status).toBe(200);
    expect(res.body.summary).toMatchObject({ rows: 5000, truncated: true, truncatedReason: "row-cap" });
  });

  it("should stop a cartesian-product runaway at the timeout and answer again within a second", async () => {
    const runaway = await request(app).post("/api/cypher").send({ query: "UNWIND range(1, 100000) AS a UNWIND range(1, 100000) AS b RETURN count(*) AS c" });
    const t0 = Date.now();
    const after = await request(app).post("/api/cypher").send({ query: "RETURN 1 AS one" });

    expect(runaway.status).toBe(400);
    expect(runaway.body.error.kind).toBe("timeout");
    expect(after.status).toBe(200);
    expect(Date.now() - t0).toBeLessThan(1000);
    expect(await databaseChecksum(driver)).toBe(checksum);
  });

  it("should refuse a 1 MB query, malformed JSON and parameters of the wrong type", async () => {
    const huge = await request(app).post("/api/cypher").send({ query: "RETURN 1 // " + "x".repeat(1024 * 1024) });
    const malformed = await request(app).post("/api/cypher").set("Content-Type", "application/json").send('{"query": "RETURN 1"');
    const badParams = await request(app).post("/api/cypher").send({ query: "RETURN $x", params: "x" });
    const badParamName = await request(app).post("/api/cypher").send({ query: "RETURN 1", params: { "a b": 1 } });
    const wrongType = await request(app).post("/api/cypher").send({ query: "MATCH (n) RETURN n LIMIT $n", params: { n: "many" } });

    expect(huge.status).toBe(413);
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.kind).toBe("malformed-json");
    expect(badParams.status).toBe(400);
    expect(badParamName.status).toBe(400);
    expect(wrongType.status).toBe(400);
    expect(await databaseChecksum(driver)).toBe(checksum);
  });

  it("should rate-limit a client that sends too many queries", async () => {
    const db = testDb(driver);
    const limited = createApp({ db, neo4j: { embedded: true, uri: testNeo4jUri() }, logger: silentLogger, clientDir: null, routers: [createCypherRouter(db, { perMinute: 2 })] });

    const statuses = [];
    for (let i = 0; i < 3; i += 1) statuses.push((await request(limited).post("/api/cypher").send({ query: "RETURN 1" })).status);

    expect(statuses).toEqual([200, 200, 429]);
  });
});

describe("the Cypher console's answers", () => {
  let driver: Driver;
  let app: Express;

  beforeAll(async () => {
    driver = createTestDriver();
    await resetDatabase(driver);
    await importExtractions({ driver, database: TEST_DATABASE }, itemsOf(claimArticle()));
    const db = testDb(driver);
    app = createApp({ db, neo4j: { embedded: true, uri: testNeo4jUri() }, logger: silentLogger, clientDir: null, routers: [createCypherRouter(db)] });
  });

  afterAll(async () => {
    await driver.close();
  });

  it("should return rows as JSON-safe values and every node and relationship as a graph", async () => {
    const res = await request(app)
      .post("/api/cypher")
      .send({ query: "MATCH p = (s:Entity {id: $id})-[r:VISITED]->(t) RETURN s, r, t.name AS target, r.sourceCount AS sources, p, date('2024-06-01') AS day", params: { id: "sergei-shoigu" } });

    expect(res.status).toBe(200);
    expect(res.body.columns).toEqual(["s", "r", "target", "sources", "p", "day"]);
    expect(res.body.rows[0]).toMatchObject({
      s: { id: "sergei-shoigu", labels: expect.arrayContaining(["Entity", "Person"]), properties: { name: "Sergei Shoigu" } },
      r: { id: "VISITED:sergei-shoigu:north-korea:reported", type: "VISITED", start: "sergei-shoigu", end: "north-korea" },
      target: "North Korea",
      sources: 1,
      day: "2024-06-01",
    });
    expect(res.body.graph.nodes.map((n: { key: string }) => n.key).sort()).toEqual(["north-korea", "sergei-shoigu"]);
    expect(res.body.graph.edges).toHaveLength(1);
    expect(res.body.summary).toMatchObject({ rows: 1, truncated: false });
  });

  it("should add the endpoints of relationships returned alone to the graph", async () => {
    const res = await request(app).post("/api/cypher").send({ query: "MATCH ()-[r:DENIES]->() RETURN r" });

    expect(res.body.graph.nodes.map((n: { key: string }) => n.key).sort()).toEqual(["north-korea", "united-states"]);
    expect(res.body.rows[0].r).toMatchObject({ start: "north-korea", end: "united-states" });
  });

  it("should allow describing the schema through allow-listed procedures", async () => {
    const res = await request(app).post("/api/cypher").send({ query: "CALL db.labels() YIELD label RETURN label ORDER BY label" });

    expect(res.status).toBe(200);
    expect(res.body.rows.map((r: { label: string }) => r.label)).toEqual(expect.arrayContaining(["Article", "Entity", "Evidence"]));
  });
});
