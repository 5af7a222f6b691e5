import type { Express } from "express";
import type { Driver } from "neo4j-driver";
import request from "supertest";

import { countOf, createTestDriver, resetDatabase } from "../helpers/neo4j.js";
import { createTestApp } from "../helpers/test-app.js";

// Written for this test: an article nobody extracted before.
const ARTICLE = `Iran Kirim Drone ke Rusia, Ukraina Protes

Jakarta, Kamis (10/10/2024) - Ukraina menuduh Iran mengirimkan ratusan drone Shahed ke Rusia untuk menyerang kota-kota Ukraina.
Teheran membantah tuduhan tersebut.
Menteri Luar Negeri Iran Abbas Araghchi mengunjungi Moskow pekan lalu untuk bertemu Sergei Lavrov.
`;

const file = (content = ARTICLE, name = "iran-drones.txt") => ({ name, content });

describe("uploading an article for review and committing it", () => {
  let driver: Driver;
  let app: Express;

  beforeAll(async () => {
    driver = createTestDriver();
    app = createTestApp(driver);
  });
  beforeEach(async () => {
    await resetDatabase(driver);
  });
  afterAll(async () => {
    await driver.close();
  });

  it("should propose entities and relations with evidence without writing anything", async () => {
    const res = await request(app).post("/api/articles/extract").send({ files: [file(), { name: "empty.txt", content: "" }] });

    expect(res.status).toBe(200);
    const [draft, bad] = res.body.drafts;
    expect(draft.ok).toBe(true);
    expect(draft.relationKeys).toHaveLength(draft.extraction.relations.length);
    expect(draft.extraction.relations.some((r: { type: string }) => r.type === "SUPPLIES_WEAPONS_TO")).toBe(true);
    for (const r of draft.extraction.relations) expect(draft.article.text.slice(r.start, r.end)).toBe(r.evidence);
    expect(bad).toMatchObject({ ok: false, error: { kind: "empty" } });
    expect(await countOf(driver, "MATCH (n) WHERE NOT n:SchemaMeta RETURN count(n)")).toBe(0);
  });

  it("should commit with one relation rejected, and the rejection should survive a re-upload", async () => {
    const draft = (await request(app).post("/api/articles/extract").send({ files: [file()] })).body.drafts[0];
    const rejected = draft.relationKeys[draft.extraction.relations.findIndex((r: { type: string }) => r.type === "VISITED")];
    expect(rejected).toBeDefined();

    const commit = await request(app).post("/api/articles").send({ file: file(), decisions: [{ kind: "reject-relation", key: rejected, comment: "wrong trip" }], analyst: "Rina" });

    expect(commit.status).toBe(201);
    const graph = async () => (await request(app).get("/api/graph")).body.edges.map((e: { key: string; attributes: { relationType: string } }) => e.attributes.relationType);
    expect(await graph()).not.toContain("VISITED");
    expect(await graph()).toContain("SUPPLIES_WEAPONS_TO");

    const again = await request(app).post("/api/articles").send({ file: file(ARTICLE + "\nPembicaraan itu berlangsung tertutup.\n") });

    expect(again.status).toBe(201);
    expect(await graph()).not.toContain("VISITED");
    const history = (await request(app).get(`/api/articles/${commit.body.articleId}/history`)).body.history;
    expect(history.map((h: { kind: string; analyst: string }) => [h.kind, h.analyst])).toContainEqual(["import-article", "Rina"]);
  });

  it("should merge a proposed entity into an existing one on commit, and remember it for later uploads", async () => {
    await request(app).post("/api/articles").send({ file: file() });
    const misspelt = "Menlu Iran ke Beijing\n\nJakarta, Jumat (11/10/2024) - Menteri Luar Negeri Iran Abas Arakchi mengunjungi Beijing pada Jumat.\n";
    const draft = (await request(app).post("/api/articles/extract").send({ files: [file(misspelt, "beijing.txt")] })).body.drafts[0];
    expect(draft.existing["Abas Arakchi"]).toBeNull();

    const commit = await request(app)
      .post("/api/articles")
      .send({ file: file(misspelt, "beijing.txt"), decisions: [{ kind: "merge-entity", name: "Abas Arakchi", into: "abbas-araghchi" }] });

    expect(commit.status).toBe(201);
    expect(await countOf(driver, "MATCH (e:Entity {id: 'abas-arakchi'}) RETURN count(e)")).toBe(0);
    expect(await countOf(driver, "MATCH (:Entity {id: 'abbas-araghchi'})-[:VISITED]->(:Entity {id: 'china'}) RETURN count(*)")).toBe(1);
    const later = (await request(app).post("/api/articles/extract").send({ files: [file(misspelt + "Ia tiba Kamis malam.\n", "later.txt")] })).body.drafts[0];
    expect(later.existing["Abas Arakchi"]).toMatchObject({ id: "abbas-araghchi" });
  });

  it("should refuse a decision about a relation that was not proposed, writing nothing", async () => {
    const res = await request(app).post("/api/articles").send({ file: file(), decisions: [{ kind: "reject-relation", key: "VISITED|A|B|reported|0" }] });

    expect(res.status).toBe(400);
    expect(await countOf(driver, "MATCH (a:Article) RETURN count(a)")).toBe(0);
  });

  it("should refuse file names with paths and bodies that are not JSON", async () => {
    expect((await request(app).post("/api/articles/extract").send({ files: [{ name: "../../etc/passwd.txt", content: "x" }] })).status).toBe(400);
    expect((await request(app).post("/api/articles").set("Content-Type", "application/json").send("{nope")).status).toBe(400);
  });
});
