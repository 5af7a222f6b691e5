/**
 * Neo4j going away while the server runs: every endpoint answers 503 JSON with a reason, health says
 * so, and service resumes by itself when Neo4j is back. Uses its own embedded Neo4j so it can stop it.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import type { Express } from "express";
import type { Driver } from "neo4j-driver";
import request from "supertest";

import { createApp } from "../../server/app.js";
import type { EmbeddedSettings } from "../../server/config.js";
import { createDriver } from "../../server/neo4j/driver.js";
import { applySchema } from "../../server/neo4j/apply-schema.js";
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from "../../server/neo4j/embedded.js";
import { findFreePort } from "../../server/neo4j/ports.js";
import { createApiRouters } from "../../server/routes/index.js";
import { importExtractions } from "../../import/load/import-articles.js";
import { claimArticle, itemsOf } from "../helpers/extraction-fixtures.js";
import { silentLogger } from "../helpers/neo4j.js";

const READ_ENDPOINTS = [
  ["get", "/api/graph"],
  ["get", "/api/search?q=korea"],
  ["get", "/api/entities/north-korea"],
  ["get", "/api/relations/VISITED:sergei-shoigu:north-korea:reported"],
  ["get", "/api/articles/art-claims"],
  ["get", "/api/paths?from=sergei-shoigu&to=russia"],
  ["post", "/api/cypher"],
] as const;

async function start(settings: EmbeddedSettings): Promise<EmbeddedNeo4j> {
  const started = await startEmbeddedNeo4j(settings);
  if (!started.ok) throw new Error(started.error.message);
  return started.value;
}

describe("when Neo4j stops while the server runs", () => {
  let settings: EmbeddedSettings;
  let neo4j: EmbeddedNeo4j;
  let driver: Driver;
  let app: Express;

  beforeAll(async () => {
    settings = {
      homeDir: mkdtempSync(join(tmpdir(), "newsgraph-fault-")),
      boltHost: "127.0.0.1",
      boltPort: await findFreePort(),
      heap: "512m",
      pageCache: "64m",
      txTimeout: "30s",
      txMemoryMax: "256m",
      startupTimeoutSeconds: 120,
    };
    neo4j = await start(settings);
    const target = { kind: "embedded" as const, uri: neo4j.uri, username: "neo4j", password: "", database: "neo4j" };
    driver = createDriver(target);
    await applySchema(driver, "neo4j");
    await importExtractions({ driver, database: "neo4j" }, itemsOf(claimArticle()));
    const db = { driver, database: "neo4j", readTimeoutMs: 5_000 };
    app = createApp({ db, neo4j: { embedded: true, uri: neo4j.uri }, logger: silentLogger, clientDir: null, routers: createApiRouters({ db, logger: silentLogger, writeAccess: (_q, _s, next) => next(), defaultAnalyst: "test" }) });
  }, 180_000);

  afterAll(async () => {
    await driver?.close();
    await neo4j?.stop();
    rmSync(settings.homeDir, { recursive: true, force: true });
  });

  it("should answer 503 JSON on every endpoint, report it in health, and recover when Neo4j is back", async () => {
    for (const [method, path] of READ_ENDPOINTS) {
      const res = await request(app)[method](path).send(method === "post" ? { query: "RETURN 1" } : undefined);
      expect({ path, status: res.status }).toEqual({ path, status: 200 });
    }

    await neo4j.stop();

    for (const [method, path] of READ_ENDPOINTS) {
      const res = await request(app)[method](path).send(method === "post" ? { query: "RETURN 1" } : undefined);
      expect({ path, status: res.status, kind: res.body.error?.kind }).toEqual({ path, status: 503, kind: "neo4j-unavailable" });
    }
    const health = await request(app).get("/api/health");
    expect(health.status).toBe(503);
    expect(health.body).toMatchObject({ status: "degraded", neo4j: { connected: false, reason: expect.stringMatching(/unreachable/) } });

    neo4j = await start(settings);

    let recovered = 0;
    for (let attempt = 0; attempt < 30 && recovered !== 200; attempt += 1) {
      recovered = (await request(app).get("/api/graph")).status;
      if (recovered !== 200) await new Promise((r) => setTimeout(r, 1000));
    }
    expect(recovered).toBe(200);
    expect((await request(app).get("/api/health")).body.counts.articles).toBe(1);
  }, 240_000);
});
