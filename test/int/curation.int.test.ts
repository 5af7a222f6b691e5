import type { Express } from "express";
import type { Driver } from "neo4j-driver";
import request from "supertest";

import { importExtractions } from "../../import/load/import-articles.js";
import { claimArticle, itemsOf, korutArticle } from "../helpers/extraction-fixtures.js";
import { countOf, createTestDriver, resetDatabase, TEST_DATABASE } from "../helpers/neo4j.js";
import { createTestApp } from "../helpers/test-app.js";

const SUPPLY = "SUPPLIES_WEAPONS_TO:north-korea:russia:alleged";
const VISIT = "VISITED:sergei-shoigu:north-korea:reported";

/** The claim article as re-extracted after an edit (new text, same id): the extractor proposes the same facts again. */
function reExtracted() {
  return claimArticle("art-claims", `${claimArticleText()} Analysts expect more visits.`);
}
function claimArticleText() {
  return claimArticle().article.text;
}

describe("curating the graph over HTTP", () => {
  let driver: Driver;
  let app: Express;
  const load = (...pairs: ReturnType<typeof claimArticle>[]) => importExtractions({ driver, database: TEST_DATABASE }, itemsOf(...pairs));
  const edgeKeys = async () => (await request(app).get("/api/graph")).body.edges.map((e: { key: string }) => e.key) as string[];

  beforeAll(() => {
    driver = createTestDriver();
    app = createTestApp(driver);
  });
  beforeEach(async () => {
    await resetDatabase(driver);
    await load(claimArticle());
  });
  afterAll(async () => {
    await driver.close();
  });

  it("should hide a rejected relation from views, keep it for audit, and keep it rejected across re-extraction", async () => {
    const res = await request(app).post(`/api/relations/${encodeURIComponent(VISIT)}/reject`).send({ comment: "Shoigu was not there", analyst: "Ana" });

    expect(res.status).toBe(200);
    expect(await edgeKeys()).not.toContain(VISIT);
    expect((await request(app).get(`/api/relations/${encodeURIComponent(VISIT)}`)).body).toMatchObject({ rejected: true, curated: true });

    await load(reExtracted());

    expect(await edgeKeys()).not.toContain(VISIT);
    const history = (await request(app).get(`/api/relations/${encodeURIComponent(VISIT)}/history`)).body.history;
    expect(history).toEqual([expect.objectContaining({ kind: "reject-relation", analyst: "Ana", comment: "Shoigu was not there" })]);
  });

  it("should correct a relation's status into a curated relation that survives re-extraction", async () => {
    const res = await request(app).post(`/api/relations/${encodeURIComponent(SUPPLY)}/correct`).send({ status: "reported" });

    expect(res.status).toBe(200);
    expect(res.body.relationId).toBe("SUPPLIES_WEAPONS_TO:north-korea:russia:reported");
    await load(reExtracted());

    const keys = await edgeKeys();
    expect(keys).toContain("SUPPLIES_WEAPONS_TO:north-korea:russia:reported");
    expect(keys).not.toContain(SUPPLY);
    const corrected = (await request(app).get(`/api/relations/${encodeURIComponent(res.body.relationId)}`)).body;
    expect(corrected).toMatchObject({ curated: true, evidence: [expect.objectContaining({ sentence: expect.stringContaining("accused North Korea") })] });
  });

  it("should refuse a correction the schema does not allow", async () => {
    const res = await request(app).post(`/api/relations/${encodeURIComponent(VISIT)}/correct`).send({ type: "REPRESENTS", swap: true });

    expect(res.status).toBe(400);
    expect(res.body.error.kind).toBe("invalid-curation");
  });

  it("should merge two entities, moving aliases and relations, and apply the merge to later imports", async () => {
    await load(korutArticle());
    const before = await countOf(driver, "MATCH (v:Evidence) RETURN count(v)");

    const res = await request(app).post("/api/entities/north-korea/merge").send({ from: "korut" });

    expect(res.status).toBe(200);
    expect(await countOf(driver, "MATCH (e:Entity {id: 'korut'}) RETURN count(e)")).toBe(0);
    expect(await countOf(driver, "MATCH (v:Evidence) RETURN count(v)")).toBe(before);
    const nk = (await request(app).get("/api/entities/north-korea")).body;
    expect(nk.entity.aliases).toContain("Korut");
    expect(nk.relations.map((r: { id: string }) => r.id)).toContain("SUPPLIES_WEAPONS_TO:north-korea:russia:reported");

    await load(korutArticle("Korut sent artillery shells to Russia again."));

    expect(await countOf(driver, "MATCH (e:Entity {id: 'korut'}) RETURN count(e)")).toBe(0);
    const registry = (await request(app).get("/api/registry")).body;
    expect(registry.entries).toEqual([expect.objectContaining({ name: "North Korea", aliases: expect.objectContaining({ id: ["Korut"] }) })]);
  });

  it("should split a wrong merge back out with the statements made under the split alias", async () => {
    await load(korutArticle());
    await request(app).post("/api/entities/north-korea/merge").send({ from: "korut" });

    const res = await request(app).post("/api/entities/north-korea/split").send({ name: "Korut", type: "Country", aliases: ["Korut"] });

    expect(res.status).toBe(201);
    expect((await request(app).get("/api/entities/korut")).body.relations.map((r: { id: string }) => r.id)).toEqual(["SUPPLIES_WEAPONS_TO:korut:russia:reported"]);
    expect((await request(app).get("/api/entities/north-korea")).body.entity.aliases).not.toContain("Korut");
    const history = (await request(app).get("/api/entities/north-korea/history")).body.history.map((h: { kind: string }) => h.kind);
    expect(history).toEqual(["split-entity", "merge-entities"]);
  });

  it("should add a relation by hand only with a quote that is in the article", async () => {
    const ok = await request(app)
      .post("/api/relations")
      .send({ type: "COOPERATES_WITH", sourceId: "north-korea", targetId: "russia", status: "reported", articleId: "art-claims", quote: "shipping artillery shells to Russia" });
    const bad = await request(app)
      .post("/api/relations")
      .send({ type: "COOPERATES_WITH", sourceId: "north-korea", targetId: "russia", status: "reported", articleId: "art-claims", quote: "words nobody wrote" });

    expect(ok.status).toBe(201);
    expect(await edgeKeys()).toContain("COOPERATES_WITH:north-korea:russia:reported");
    expect(bad.status).toBe(400);
  });

  it("should lose no update when two analysts edit the same relation at once", async () => {
    const version = (await request(app).get(`/api/relations/${encodeURIComponent(VISIT)}`)).body.version as number;

    const [a, b] = await Promise.all([
      request(app).post(`/api/relations/${encodeURIComponent(VISIT)}/reject`).send({ expectedVersion: version, analyst: "A" }),
      request(app).post(`/api/relations/${encodeURIComponent(VISIT)}/correct`).send({ expectedVersion: version, status: "planned", analyst: "B" }),
    ]);

    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const loser = a.status === 409 ? a : b;
    expect(loser.body.error).toMatchObject({ kind: "conflict", details: { currentVersion: version + 1 } });
    const history = (await request(app).get(`/api/relations/${encodeURIComponent(VISIT)}/history`)).body.history;
    expect(history).toHaveLength(1);
  });

  it("should refuse unknown ids with 404 and bad bodies with 400", async () => {
    expect((await request(app).post("/api/relations/VISITED:a:b:reported/reject").send({})).status).toBe(404);
    expect((await request(app).post("/api/entities/north-korea/merge").send({ from: "../x" })).status).toBe(400);
    expect((await request(app).post("/api/entities/north-korea/aliases").send({ alias: "" })).status).toBe(400);
  });
});

describe("write access", () => {
  let driver: Driver;

  beforeAll(async () => {
    driver = createTestDriver();
    await resetDatabase(driver);
    await importExtractions({ driver, database: TEST_DATABASE }, itemsOf(claimArticle()));
  });
  afterAll(async () => {
    await driver.close();
  });

  it("when bound beyond localhost without a token, then writes are refused and reads still work", async () => {
    const app = createTestApp(driver, { host: "0.0.0.0", token: null });

    const write = await request(app).post(`/api/relations/${encodeURIComponent(VISIT)}/reject`).send({});
    const read = await request(app).get("/api/graph");
    const consoleRead = await request(app).post("/api/cypher").send({ query: "RETURN 1 AS one" });

    expect(write.status).toBe(403);
    expect(write.body.error.kind).toBe("writes-disabled");
    expect(read.status).toBe(200);
    expect(consoleRead.status).toBe(200);
  });

  it("when a token is set, then writes need it as a bearer token", async () => {
    const app = createTestApp(driver, { host: "0.0.0.0", token: "0123456789abcdef-secret" });

    const anonymous = await request(app).post(`/api/relations/${encodeURIComponent(VISIT)}/reject`).send({});
    const wrong = await request(app).post(`/api/relations/${encodeURIComponent(VISIT)}/reject`).set("Authorization", "Bearer nope").send({});
    const right = await request(app).post(`/api/relations/${encodeURIComponent(VISIT)}/reject`).set("Authorization", "Bearer 0123456789abcdef-secret").send({});
    const hostileConsole = await request(app).post("/api/cypher").set("Authorization", "Bearer 0123456789abcdef-secret").send({ query: "MATCH (n) DETACH DELETE n" });

    expect(anonymous.status).toBe(401);
    expect(wrong.status).toBe(401);
    expect(right.status).toBe(200);
    expect(hostileConsole.status).toBe(403);
  });
});
