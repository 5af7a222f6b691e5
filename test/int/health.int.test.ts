import type { Driver } from "neo4j-driver";
import neo4j from "neo4j-driver";
import request from "supertest";

import { createApp } from "../../server/app.js";
import { findFreePort } from "../../server/neo4j/ports.js";
import { createTestDriver, resetDatabase, silentLogger, testDb, testNeo4jUri } from "../helpers/neo4j.js";

describe("GET /api/health against the real Neo4j", () => {
  let driver: Driver;

  beforeAll(async () => {
    driver = createTestDriver();
    await resetDatabase(driver);
    await driver.executeQuery("CREATE (:Article {id: 'health-a'}), (:Entity:Country {id: 'health-e'})");
  });

  afterAll(async () => {
    await driver.close();
  });

  it("should report connected, the Neo4j version, embedded flag and counts", async () => {
    const app = createApp({ db: testDb(driver), neo4j: { embedded: true, uri: testNeo4jUri() }, logger: silentLogger, clientDir: null });

    const res = await request(app).get("/api/health");

    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      status: "ok",
      neo4j: { connected: true, embedded: true, version: expect.stringMatching(/^5\.26\.\d+$/) },
      counts: { articles: 1, entities: 1, relations: 0, evidence: 0 },
      schemaVersion: 1,
    });
  });

  it("when Neo4j is unreachable, then it should answer 503 JSON with the reason", async () => {
    const deadPort = await findFreePort();
    const deadDriver = neo4j.driver(`bolt://127.0.0.1:${deadPort}`, undefined, { connectionTimeout: 1000 });
    const app = createApp({
      db: { driver: deadDriver, database: "neo4j", readTimeoutMs: 1000 },
      neo4j: { embedded: false, uri: `bolt://127.0.0.1:${deadPort}` },
      logger: silentLogger,
      clientDir: null,
    });

    const res = await request(app).get("/api/health");
    await deadDriver.close();

    expect(res.status).toBe(503);
    expect(res.body.neo4j).toMatchObject({ connected: false, reason: expect.stringContaining("unreachable") });
  });

  it("should answer unknown API routes with 404 JSON and wrong methods with 405", async () => {
    const app = createApp({ db: testDb(driver), neo4j: { embedded: true, uri: testNeo4jUri() }, logger: silentLogger, clientDir: null });

    const missing = await request(app).get("/api/nope");
    const wrongMethod = await request(app).delete("/api/health");

    expect(missing.status).toBe(404);
    expect(missing.body.error.kind).toBe("not-found");
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers.allow).toBe("GET");
  });
});
