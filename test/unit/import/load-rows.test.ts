import { toArticleRows } from "../../../import/load/rows.js";
import { claimArticle } from "../../helpers/extraction-fixtures.js";

describe("turning an extraction into rows for Neo4j", () => {
  it("should give deterministic ids, so a re-import merges instead of duplicating", () => {
    const { article, extraction } = claimArticle();

    const first = toArticleRows(article, extraction, "1");
    const second = toArticleRows(article, extraction, "1");

    expect(second).toEqual(first);
    expect(first.entities.map((e) => e.id)).toEqual(["united-states", "north-korea", "russia", "sergei-shoigu"]);
    expect(first.evidence.map((e) => e.relationId)).toContain("SUPPLIES_WEAPONS_TO:north-korea:russia:alleged");
  });

  it("should carry the report date and outlet of the article on each evidence record", () => {
    const { article, extraction } = claimArticle();

    const rows = toArticleRows(article, extraction, "1");

    expect(rows.evidence.every((e) => e.reportDate === "2024-06-20" && e.outletKey === "test outlet")).toBe(true);
    expect(rows.evidence.every((e) => article.text.slice(e.start, e.end) === e.sentence)).toBe(true);
  });

  it("should drop a relation whose endpoints are not entities of the article", () => {
    const { article, extraction } = claimArticle();
    extraction.relations.push({ ...extraction.relations[0]!, source: "Atlantis" });

    const rows = toArticleRows(article, extraction, "1");

    expect(rows.evidence.some((e) => e.sourceId === "atlantis")).toBe(false);
  });
});
