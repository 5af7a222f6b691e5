import type { Driver } from "neo4j-driver";

import { importExtractions } from "../../import/load/import-articles.js";
import { claimArticle, itemsOf, makeArticle, extractionOf, relationIn } from "../helpers/extraction-fixtures.js";
import { countOf, createTestDriver, resetDatabase, TEST_DATABASE } from "../helpers/neo4j.js";

async function graphCounts(driver: Driver) {
  return {
    nodes: await countOf(driver, "MATCH (n) RETURN count(n)"),
    relationships: await countOf(driver, "MATCH ()-[r]->() RETURN count(r)"),
    evidence: await countOf(driver, "MATCH (v:Evidence) RETURN count(v)"),
  };
}

describe("importing extracted articles into Neo4j", () => {
  let driver: Driver;
  const target = () => ({ driver, database: TEST_DATABASE });

  beforeAll(() => {
    driver = createTestDriver();
  });
  beforeEach(async () => {
    await resetDatabase(driver);
  });
  afterAll(async () => {
    await driver.close();
  });

  it("should write entities, relations with provenance, evidence and mentions", async () => {
    const report = await importExtractions(target(), itemsOf(claimArticle()));

    expect(report.summary.articles).toEqual({ new: 1, updated: 0, unchanged: 0 });
    expect(report.summary.relations.new).toBe(4);
    const { records } = await driver.executeQuery(
      "MATCH (:Entity {id: 'north-korea'})-[r:SUPPLIES_WEAPONS_TO]->(:Entity {id: 'russia'}) RETURN r",
      {},
      { database: TEST_DATABASE },
    );
    expect(records[0]?.get("r").properties).toMatchObject({
      id: "SUPPLIES_WEAPONS_TO:north-korea:russia:alleged",
      status: "alleged",
      sourceCount: expect.anything(),
      allegedBy: ["united-states"],
      deniedBy: ["north-korea"],
      claimIds: ["art-claims#c1"],
      firstReported: "2024-06-20",
    });
    expect(await countOf(driver, "MATCH (:Article {id: 'art-claims'})-[:MENTIONS]->(e:Entity) RETURN count(e)")).toBe(4);
    expect(await countOf(driver, "MATCH (e:Entity:Person {id: 'sergei-shoigu'}) RETURN count(e)")).toBe(1);
  });

  it("when the same article is imported twice, then nothing changes", async () => {
    await importExtractions(target(), itemsOf(claimArticle()));
    const before = await graphCounts(driver);

    const again = await importExtractions(target(), itemsOf(claimArticle()));

    expect(again.summary.articles).toEqual({ new: 0, updated: 0, unchanged: 1 });
    expect(await graphCounts(driver)).toEqual(before);
  });

  it("when the same article comes from another extractor version (an upgrade, an edited lexicon), then it is re-extracted, not skipped", async () => {
    await importExtractions(target(), itemsOf(claimArticle()), { extractorVersion: "0.1.0+lex.00000000" });
    const before = await graphCounts(driver);

    const again = await importExtractions(target(), itemsOf(claimArticle()));

    expect(again.summary.articles).toEqual({ new: 0, updated: 1, unchanged: 0 });
    expect(await graphCounts(driver)).toEqual(before);
    expect(await countOf(driver, "MATCH (v:Evidence) WHERE v.extractorVersion STARTS WITH '0.1.0' RETURN count(v)")).toBe(0);
  });

  it("when an article changes, then it replaces its own evidence and drops relations only it stated", async () => {
    await importExtractions(target(), itemsOf(claimArticle()));
    const shorter = "The United States accused North Korea of shipping artillery shells to Russia. Pyongyang denied the claim.";

    const report = await importExtractions(target(), itemsOf(claimArticle("art-claims", shorter)));

    expect(report.summary.articles.updated).toBe(1);
    expect(await countOf(driver, "MATCH ()-[r:VISITED]->() RETURN count(r)")).toBe(0);
    expect(await countOf(driver, "MATCH (e:Entity {id: 'sergei-shoigu'}) RETURN count(e)")).toBe(0);
    expect(await countOf(driver, "MATCH (v:Evidence) RETURN count(v)")).toBe(3);
  });

  it("should aggregate the same fact from two articles into one relation with two sources", async () => {
    const second = claimArticle("art-claims-2");
    second.article.outlet = "Other Outlet";
    second.article.date = "2024-07-02";

    await importExtractions(target(), itemsOf(claimArticle(), second));

    const { records } = await driver.executeQuery(
      "MATCH ()-[r:SUPPLIES_WEAPONS_TO]->() RETURN r.sourceCount AS sources, r.outletCount AS outlets, r.evidenceCount AS evidence, r.firstReported AS first, r.lastReported AS last",
      {},
      { database: TEST_DATABASE },
    );
    expect(records).toHaveLength(1);
    expect(records[0]?.toObject()).toMatchObject({ first: "2024-06-20", last: "2024-07-02" });
    expect(Number(records[0]?.get("sources"))).toBe(2);
    expect(Number(records[0]?.get("outlets"))).toBe(2);
    expect(Number(records[0]?.get("evidence"))).toBe(2);
  });

  it("when one article of a batch is refused by the database, then the others land and it is reported", async () => {
    const good = claimArticle("art-good");
    const badArticle = makeArticle("art-bad", "Kim visited Moscow.");
    const bad = extractionOf(badArticle, [{ name: "Kim Jong Un", type: "Person", aliases: ["Kim"] }, { name: "Russia", type: "Country", aliases: ["Moscow"] }], [
      relationIn(badArticle.text, "Kim visited Moscow.", { type: "VISITED", source: "Kim Jong Un", target: "Russia", status: "reported", date: null }),
    ]);
    // A property value Neo4j cannot store (a list of maps) stands in for any data the database refuses.
    (bad.relations[0] as unknown as { triggers: unknown }).triggers = [{ nested: true }];

    const report = await importExtractions(target(), itemsOf(good, { article: badArticle, extraction: bad }));

    expect(report.writeFailures.map((f) => f.articleId)).toEqual(["art-bad"]);
    expect(report.summary.articles.new).toBe(1);
    expect(await countOf(driver, "MATCH (a:Article {id: 'art-bad'}) RETURN count(a)")).toBe(0);
    expect(await countOf(driver, "MATCH (e:Entity {id: 'kim-jong-un'}) RETURN count(e)")).toBe(0);
    expect(await countOf(driver, "MATCH (a:Article {id: 'art-good'}) RETURN count(a)")).toBe(1);
  });
});
