import type { Express } from "express";
import type { Driver } from "neo4j-driver";
import request from "supertest";

import { ENTITY_EVIDENCE_PER_RELATION } from "../../graph-schema/index.js";
import { importExtractions } from "../../import/load/import-articles.js";
import { claimArticle, itemsOf } from "../helpers/extraction-fixtures.js";
import { createTestDriver, resetDatabase, TEST_DATABASE } from "../helpers/neo4j.js";
import { createTestApp } from "../helpers/test-app.js";

describe("the explorer's read API over HTTP", () => {
  let driver: Driver;
  let app: Express;

  beforeAll(async () => {
    driver = createTestDriver();
    await resetDatabase(driver);
    await importExtractions({ driver, database: TEST_DATABASE }, itemsOf(claimArticle()));
    app = createTestApp(driver);
  });

  afterAll(async () => {
    await driver.close();
  });

  it("should serve the whole graph as graphology serialized JSON with our stable ids", async () => {
    const res = await request(app).get("/api/graph");

    expect(res.status).toBe(200);
    expect(res.body.options).toMatchObject({ type: "mixed", multi: true });
    expect(res.body.nodes.map((n: { key: string }) => n.key)).toEqual(["north-korea", "russia", "sergei-shoigu", "united-states"]);
    expect(res.body.edges).toHaveLength(4);
    expect(res.body.nodes[0].attributes).toMatchObject({ label: "North Korea", entityType: "Country" });
  });

  it("should filter by relation type, status and event-date window", async () => {
    const denies = await request(app).get("/api/graph?types=DENIES");
    const alleged = await request(app).get("/api/graph?status=alleged");
    const july = await request(app).get("/api/graph?from=2024-07&to=2024-07-31");
    const before = await request(app).get("/api/graph?to=2024-06");

    expect(denies.body.edges.map((e: { key: string }) => e.key)).toEqual(["DENIES:north-korea:united-states:reported"]);
    expect(alleged.body.edges.map((e: { key: string }) => e.key)).toEqual(["SUPPLIES_WEAPONS_TO:north-korea:russia:alleged"]);
    expect(july.body.edges.map((e: { key: string }) => e.key)).toEqual(["VISITED:sergei-shoigu:north-korea:reported"]);
    expect(before.body.edges).toHaveLength(0);
  });

  it("should serve an ego network around an entity", async () => {
    const res = await request(app).get("/api/graph?around=sergei-shoigu&depth=1");

    expect(res.body.nodes.map((n: { key: string }) => n.key).sort()).toEqual(["north-korea", "sergei-shoigu"]);
  });

  it("should cut a graph to `limit` relations, those touching the centre first, and say so", async () => {
    const whole = await request(app).get("/api/graph");
    const cut = await request(app).get("/api/graph?limit=2");
    const ego = await request(app).get("/api/graph?around=russia&depth=2&limit=1");
    const tooMany = await request(app).get("/api/graph?limit=500000");

    expect(whole.body.attributes).toMatchObject({ truncated: false, totalRelations: 4 });
    expect(cut.body.edges).toHaveLength(2);
    expect(cut.body.attributes).toMatchObject({ truncated: true, totalRelations: 4, relationLimit: 2 });
    expect(ego.body.edges.map((e: { key: string }) => e.key)).toEqual(["SUPPLIES_WEAPONS_TO:north-korea:russia:alleged"]);
    expect(ego.body.attributes).toMatchObject({ truncated: true, totalRelations: 4 });
    expect(tooMany.status).toBe(400);
  });

  it("should find entities by alias, e.g. Pyongyang finds North Korea", async () => {
    const res = await request(app).get("/api/search?q=pyong");

    expect(res.status).toBe(200);
    expect(res.body.results[0]).toMatchObject({ id: "north-korea", name: "North Korea", matched: "Pyongyang" });
  });

  it("should give an entity's relations with evidence, article and who alleges and denies", async () => {
    const res = await request(app).get("/api/entities/north-korea");

    expect(res.status).toBe(200);
    const supply = res.body.relations.find((r: { relationType: string }) => r.relationType === "SUPPLIES_WEAPONS_TO");
    expect(supply).toMatchObject({
      status: "alleged",
      allegers: [{ id: "united-states", name: "United States" }],
      deniers: [{ id: "north-korea" }],
      evidence: [{ sentence: "The United States accused North Korea of shipping artillery shells to Russia.", article: { id: "art-claims", outlet: "Test Outlet" } }],
    });
  });

  it("should give an article with the offsets of its evidence", async () => {
    const res = await request(app).get("/api/articles/art-claims");

    expect(res.status).toBe(200);
    const visit = res.body.evidence.find((v: { type: string }) => v.type === "VISITED");
    expect(res.body.text.slice(visit.start, visit.end)).toBe("Sergei Shoigu visited Pyongyang in July.");
  });

  it("should find the shortest path with the relation behind each hop", async () => {
    const res = await request(app).get("/api/paths?from=sergei-shoigu&to=russia");

    expect(res.status).toBe(200);
    expect(res.body.hops).toHaveLength(2);
    expect(res.body.hops[0].relation.evidence[0].sentence).toContain("Shoigu");
    expect(res.body.graph.nodes).toHaveLength(3);
  });

  it("should refuse bad parameters with 400 and a clear message, and unknown ids with 404", async () => {
    const badType = await request(app).get("/api/graph?types=LOVES");
    const badDate = await request(app).get("/api/graph?from=June");
    const traversal = await request(app).get("/api/entities/..%2F..%2Fetc%2Fpasswd");
    const missing = await request(app).get("/api/entities/atlantis");
    const emptySearch = await request(app).get("/api/search?q=");

    expect(badType.status).toBe(400);
    expect(badType.body.error.message).toMatch(/unknown relation type/);
    expect(badDate.status).toBe(400);
    expect(traversal.status).toBe(400);
    expect(missing.status).toBe(404);
    expect(emptySearch.status).toBe(400);
  });
});

describe("an entity stated by many articles", () => {
  let driver: Driver;
  let app: Express;
  const VISIT = "VISITED:sergei-shoigu:north-korea:reported";

  beforeAll(async () => {
    driver = createTestDriver();
    await resetDatabase(driver);
    const articles = Array.from({ length: ENTITY_EVIDENCE_PER_RELATION + 2 }, (_, i) => claimArticle(`art-visit-${i}`));
    await importExtractions({ driver, database: TEST_DATABASE }, itemsOf(...articles));
    app = createTestApp(driver);
  });

  afterAll(async () => {
    await driver.close();
  });

  it("should give each relation's first statements with the entity, and all of them with the relation", async () => {
    const entity = await request(app).get("/api/entities/sergei-shoigu");
    const relation = await request(app).get(`/api/relations/${encodeURIComponent(VISIT)}`);

    const visit = entity.body.relations.find((r: { id: string }) => r.id === VISIT);
    expect(visit.evidence).toHaveLength(ENTITY_EVIDENCE_PER_RELATION);
    expect(visit.evidenceCount).toBe(ENTITY_EVIDENCE_PER_RELATION + 2);
    expect(relation.body.evidence).toHaveLength(ENTITY_EVIDENCE_PER_RELATION + 2);
  });
});
