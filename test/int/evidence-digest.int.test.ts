/**
 * Evidence digests against the real Neo4j: every writer (import, re-import, curation) leaves each
 * relation a digest equal to its latest statements read the long way; relations without one are read
 * the long way and completed; capped exports quote the same statements either way; the Cypher
 * console does not show digests.
 */
import type { Express } from "express";
import type { Driver } from "neo4j-driver";
import request from "supertest";

import { completeEvidenceDigests, EVIDENCE_DIGEST_SIZE } from "../../import/load/evidence-digest.js";
import { importExtractions } from "../../import/load/import-articles.js";
import { findLatestStatements, findRankedStatements, type Statement } from "../../server/db/relations.repository.js";
import { collectExportBundle } from "../../server/export/collect-bundle.js";
import { splitCypherStatements } from "../../server/export/cypher-script.js";
import { EXPORTERS } from "../../server/export/registry.js";
import { exportQuerySchema, jobFromQuery, type ExportQuery } from "../../server/export/request.js";
import { claimArticle, itemsOf, korutArticle } from "../helpers/extraction-fixtures.js";
import { countOf, createTestDriver, resetDatabase, TEST_DATABASE, testDb } from "../helpers/neo4j.js";
import { createTestApp } from "../helpers/test-app.js";

const SUPPLY = "SUPPLIES_WEAPONS_TO:north-korea:russia:alleged";
const RELATIONS = "MATCH (:Entity)-[r]->(:Entity) WHERE r.evidenceCount IS NOT NULL";

/** The claim article as another outlet told it on `date` (one statement more for each of its relations). */
function claimOn(id: string, date: string | null, extra = "") {
  const pair = claimArticle(id, `${claimArticle().article.text}${extra}`);
  pair.article.date = date;
  return pair;
}

describe("evidence digests", () => {
  let driver: Driver;
  let app: Express;
  const load = (...pairs: ReturnType<typeof claimArticle>[]) => importExtractions({ driver, database: TEST_DATABASE }, itemsOf(...pairs));

  /** Every relation's latest statements, from the digests and the long way, and how many relations lack a digest. */
  const readBothWays = async () => {
    const session = driver.session({ database: TEST_DATABASE });
    try {
      return await session.executeRead(async (tx) => {
        const ids = (await tx.run(`${RELATIONS} RETURN r.id AS id`)).records.map((r) => r.get("id") as string);
        return {
          ids,
          fromDigests: await findLatestStatements(tx, ids, EVIDENCE_DIGEST_SIZE),
          longWay: await findRankedStatements(tx, ids, EVIDENCE_DIGEST_SIZE),
          withoutDigest: await countOf(driver, `${RELATIONS} AND r.evidenceDigest IS NULL RETURN count(r)`),
        };
      });
    } finally {
      await session.close();
    }
  };
  const articlesOf = (statements: Statement[] | undefined) => (statements ?? []).map((s) => s.articleId);

  beforeAll(() => {
    driver = createTestDriver();
    app = createTestApp(driver);
  });
  beforeEach(async () => {
    await resetDatabase(driver);
  });
  afterAll(async () => {
    await driver.close();
  });

  it("should give each imported relation a digest of its latest statements, also when a later import adds newer ones", async () => {
    await load(claimOn("art-1", "2024-06-01"), claimOn("art-2", "2024-06-02"));
    const first = await readBothWays();
    await load(claimOn("art-3", "2024-06-03"), claimOn("art-4", "2024-06-04"), claimOn("art-5", "2024-05-20"));
    const later = await readBothWays();
    // An undated report ranks first, as Neo4j sorts null first in descending order.
    await load(claimOn("art-6", null));
    const undated = await readBothWays();

    expect(articlesOf(first.fromDigests.get(SUPPLY))).toEqual(["art-2", "art-1"]);
    expect(articlesOf(later.fromDigests.get(SUPPLY))).toEqual(["art-4", "art-3", "art-2"]);
    expect(later.ids.length).toBeGreaterThanOrEqual(3);
    expect(later.withoutDigest).toBe(0);
    expect(later.fromDigests).toEqual(later.longWay);
    expect(articlesOf(undated.fromDigests.get(SUPPLY))).toEqual(["art-6", "art-4", "art-3"]);
    expect(undated.fromDigests).toEqual(undated.longWay);
  });

  it("when an article changes, then the digests of the relations it stated follow", async () => {
    await load(claimOn("art-1", "2024-06-01"), claimOn("art-2", "2024-06-02"), claimOn("art-3", "2024-06-03"), claimOn("art-4", "2024-06-04"));

    // art-4 edited and redated before the others: it drops out of the three latest.
    await load(claimOn("art-4", "2024-05-01", " An update."));
    const { fromDigests, longWay, withoutDigest } = await readBothWays();

    expect(articlesOf(fromDigests.get(SUPPLY))).toEqual(["art-3", "art-2", "art-1"]);
    expect(withoutDigest).toBe(0);
    expect(fromDigests).toEqual(longWay);
  });

  it("when an analyst corrects a relation or merges entities, then the digests follow", async () => {
    await load(claimOn("art-1", "2024-06-01"), claimOn("art-2", "2024-06-02"), korutArticle(undefined, { date: "2024-06-09" }));

    const corrected = await request(app).post(`/api/relations/${encodeURIComponent(SUPPLY)}/correct`).send({ status: "reported" });
    const merged = await request(app).post("/api/entities/north-korea/merge").send({ from: "korut" });
    const { fromDigests, longWay, withoutDigest } = await readBothWays();

    expect(corrected.status).toBe(200);
    expect(merged.status).toBe(200);
    // The corrected relation holds the copies of both articles' statements and Korut's one.
    expect(articlesOf(fromDigests.get("SUPPLIES_WEAPONS_TO:north-korea:russia:reported"))).toEqual(["art-korut", "art-2", "art-1"]);
    expect(withoutDigest).toBe(0);
    expect(fromDigests).toEqual(longWay);
  });

  it("when relations have no digest, then they are read the long way until completeEvidenceDigests builds them", async () => {
    await load(claimOn("art-1", "2024-06-01"), claimOn("art-2", "2024-06-02"), claimOn("art-3", "2024-06-03"), claimOn("art-4", "2024-06-04"));
    const before = await readBothWays();
    await driver.executeQuery(`${RELATIONS} REMOVE r.evidenceDigest`, {}, { database: TEST_DATABASE });

    const without = await readBothWays();
    const built = await completeEvidenceDigests(driver, TEST_DATABASE);
    const after = await readBothWays();

    expect(without.withoutDigest).toBe(before.ids.length);
    expect(without.fromDigests).toEqual(before.fromDigests);
    expect(built).toBe(before.ids.length);
    expect(after.withoutDigest).toBe(0);
    expect(after.fromDigests).toEqual(before.fromDigests);
    expect(await completeEvidenceDigests(driver, TEST_DATABASE)).toBe(0);
  });

  it("a capped export should quote each relation's latest statements, with digests and without", async () => {
    await load(claimOn("art-1", "2024-06-01"), claimOn("art-2", "2024-06-02"), claimOn("art-3", "2024-06-03"), claimOn("art-4", "2024-06-04"));
    const quoted = async (query: ExportQuery, completeEvidenceRelations: number) => {
      const bundle = await collectExportBundle(testDb(driver), jobFromQuery(query), { needsEvidence: true, completeEvidenceRelations });
      if (!bundle.ok) throw new Error(bundle.error.message);
      return { policy: bundle.value.meta.evidence.kind, evidence: Object.fromEntries(bundle.value.relations.map((r) => [r.id, r.evidence.map((v) => v.id)])) };
    };
    const view = exportQuerySchema.parse({ format: "json" });
    const ego = exportQuerySchema.parse({ format: "csv", around: "russia", depth: "1" });

    const complete = await quoted(view, 1_000);
    const capped = { view: await quoted(view, 0), ego: await quoted(ego, 0) };
    await driver.executeQuery(`${RELATIONS} REMOVE r.evidenceDigest`, {}, { database: TEST_DATABASE });
    const cappedWithout = { view: await quoted(view, 0), ego: await quoted(ego, 0) };

    expect(complete.policy).toBe("complete");
    expect(complete.evidence[SUPPLY]).toHaveLength(4);
    expect(capped.view.policy).toBe("capped");
    expect(capped.view.evidence).toEqual(Object.fromEntries(Object.entries(complete.evidence).map(([id, list]) => [id, list.slice(0, EVIDENCE_DIGEST_SIZE)])));
    expect(capped.ego.evidence[SUPPLY]).toEqual(capped.view.evidence[SUPPLY]);
    expect(cappedWithout).toEqual(capped);
  });

  it("a Cypher script export run into a newsgraph database should drop the digests of the relations it merges, for the next start to rebuild", async () => {
    await load(claimOn("art-1", "2024-06-01"), claimOn("art-2", "2024-06-02"));
    const before = await readBothWays();
    const bundle = await collectExportBundle(testDb(driver), jobFromQuery(exportQuerySchema.parse({ format: "cypher" })), { needsEvidence: true });
    if (!bundle.ok) throw new Error(bundle.error.message);
    const script = EXPORTERS.cypher.export(bundle.value, {});

    for (const statement of splitCypherStatements(String(script))) await driver.executeQuery(statement, {}, { database: TEST_DATABASE });
    const after = await readBothWays();
    await completeEvidenceDigests(driver, TEST_DATABASE);

    expect(after.withoutDigest).toBe(before.ids.length);
    expect(after.fromDigests).toEqual(before.longWay);
    expect((await readBothWays()).withoutDigest).toBe(0);
  });

  it("the Cypher console should show relations without their digest", async () => {
    await load(claimOn("art-1", "2024-06-01"));

    const res = await request(app).post("/api/cypher").send({ query: "MATCH ()-[r:SUPPLIES_WEAPONS_TO]->() RETURN r" });

    expect(res.status).toBe(200);
    const properties = (res.body.rows[0].r as { properties: Record<string, unknown> }).properties;
    expect(properties).toMatchObject({ id: SUPPLY, evidenceCount: 1 });
    expect(properties).not.toHaveProperty("evidenceDigest");
    expect(await countOf(driver, `MATCH ()-[r:SUPPLIES_WEAPONS_TO]->() WHERE r.evidenceDigest IS NOT NULL RETURN count(r)`)).toBe(1);
  });
});
