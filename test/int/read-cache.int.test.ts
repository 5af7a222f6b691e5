import type { Express } from "express";
import type { Driver } from "neo4j-driver";
import request from "supertest";

import { importExtractions } from "../../import/load/import-articles.js";
import { TOKEN_MAX_AGE_MS } from "../../server/http/read-cache.js";
import { claimArticle, itemsOf } from "../helpers/extraction-fixtures.js";
import { createTestDriver, resetDatabase, TEST_DATABASE } from "../helpers/neo4j.js";
import { createTestApp } from "../helpers/test-app.js";

const VISIT = "VISITED:sergei-shoigu:north-korea:reported";
const edgeKeys = (body: { edges: { key: string }[] }) => body.edges.map((e) => e.key);

describe("the read cache over the real database, as serve wires it", () => {
  let driver: Driver;
  let app: Express;
  const target = () => ({ driver, database: TEST_DATABASE });

  beforeAll(() => {
    driver = createTestDriver();
  });
  beforeEach(async () => {
    await resetDatabase(driver);
    await importExtractions(target(), itemsOf(claimArticle("art-one", "The United States accused North Korea of shipping artillery shells to Russia. Pyongyang denied the claim.")));
    app = createTestApp(driver, { cacheMegabytes: 16 });
  });
  afterAll(async () => {
    await driver.close();
  });

  it("should serve a repeated read from the cache, identical to the first answer", async () => {
    const first = await request(app).get("/api/graph");
    const second = await request(app).get("/api/graph");

    expect(first.headers["x-cache"]).toBe("miss");
    expect(second.headers["x-cache"]).toBe("hit");
    expect(second.body).toEqual(first.body);
  });

  it("when another process imports an article, then a read once the token read has aged shows it (the loader renews the graph token)", async () => {
    await request(app).get("/api/graph");
    await request(app).get("/api/search?q=shoigu");

    await importExtractions(target(), itemsOf(claimArticle("art-two")));
    // Another process's write shows once the last token read is older than its reuse window.
    await new Promise((resolve) => setTimeout(resolve, TOKEN_MAX_AGE_MS + 50));
    const graph = await request(app).get("/api/graph");
    const search = await request(app).get("/api/search?q=shoigu");

    expect(graph.headers["x-cache"]).toBe("miss");
    expect(edgeKeys(graph.body)).toContain(VISIT);
    expect(JSON.stringify(search.body)).toContain("sergei-shoigu");
  });

  it("when an analyst curates through the API, then cached views no longer show the rejected relation", async () => {
    await importExtractions(target(), itemsOf(claimArticle("art-two")));
    expect(edgeKeys((await request(app).get("/api/graph")).body)).toContain(VISIT);
    await request(app).get("/api/graph");

    const rejected = await request(app).post(`/api/relations/${encodeURIComponent(VISIT)}/reject`).send({ analyst: "Ana" });
    const after = await request(app).get("/api/graph");

    expect(rejected.status).toBe(200);
    expect(after.headers["x-cache"]).toBe("miss");
    expect(edgeKeys(after.body)).not.toContain(VISIT);
  });

  it("should answer a repeated console query from the cache, and run it again once another process wrote", async () => {
    const query = { query: "MATCH (e:Entity) RETURN e.name AS name ORDER BY name", params: {} };
    const first = await request(app).post("/api/cypher").send(query);
    const second = await request(app).post("/api/cypher").send(query);

    await importExtractions(target(), itemsOf(claimArticle("art-two")));
    await new Promise((resolve) => setTimeout(resolve, TOKEN_MAX_AGE_MS + 50));
    const after = await request(app).post("/api/cypher").send(query);

    expect([first.headers["x-cache"], second.headers["x-cache"]]).toEqual(["miss", "hit"]);
    expect(second.body).toEqual(first.body);
    expect(after.headers["x-cache"]).toBe("miss");
    expect(JSON.stringify(after.body.rows)).toContain("Sergei Shoigu");
    expect(JSON.stringify(first.body.rows)).not.toContain("Sergei Shoigu");
  });

  it("should run a console query that reads the clock every time, and never cache a refused one", async () => {
    const clock = { query: "RETURN datetime() AS now" };
    const write = { query: "CREATE (x:Entity {id: 'x'}) RETURN x" };

    const clocks = [await request(app).post("/api/cypher").send(clock), await request(app).post("/api/cypher").send(clock)];
    const writes = [await request(app).post("/api/cypher").send(write), await request(app).post("/api/cypher").send(write)];

    expect(clocks.map((r) => [r.status, r.headers["x-cache"]])).toEqual([[200, undefined], [200, undefined]]);
    expect(writes.map((r) => [r.status, r.headers["x-cache"]])).toEqual([[403, "miss"], [403, "miss"]]);
  });

  it("should not cache the health check, which must always tell the truth about Neo4j", async () => {
    await request(app).get("/api/health");
    const again = await request(app).get("/api/health");

    expect(again.headers["x-cache"]).toBeUndefined();
  });
});
