import { compareStatements, EVIDENCE_COLUMNS, parseEvidenceDigest, type DigestStatement } from "../../../import/load/evidence-digest.js";

/** A statement as a digest holds it, with the three values that rank it. */
function statement(id: string, reportDate: string | null, articleId: string, start: number): DigestStatement {
  const values: Record<string, unknown> = { id, articleId, reportDate, start, sentence: `sentence ${id}` };
  return EVIDENCE_COLUMNS.map((column) => values[column] ?? null);
}

const ids = (list: DigestStatement[]) => list.map((s) => s[0]);

describe("evidence digests", () => {
  it("should rank the latest report first, an undated one above all (as Neo4j sorts null in descending order), then by article and start", () => {
    const list = [
      statement("old", "2024-01-05", "a", 0),
      statement("new-b", "2024-06-01", "b", 0),
      statement("undated", null, "z", 0),
      statement("new-a-late", "2024-06-01", "a", 90),
      statement("new-a", "2024-06-01", "a", 10),
      statement("month", "2024-06", "c", 0),
    ];

    expect(ids([...list].sort(compareStatements))).toEqual(["undated", "new-a", "new-a-late", "new-b", "month", "old"]);
  });

  it("should read a stored digest, and nothing from a missing or damaged one", () => {
    const stored = JSON.stringify([statement("v1", "2024-06-01", "a", 0)]);

    expect(parseEvidenceDigest(stored)).toEqual([statement("v1", "2024-06-01", "a", 0)]);
    expect(parseEvidenceDigest("[]")).toEqual([]);
    expect(parseEvidenceDigest(null)).toBeNull();
    expect(parseEvidenceDigest(undefined)).toBeNull();
    expect(parseEvidenceDigest("[[1], ")).toBeNull();
    expect(parseEvidenceDigest('{"a": 1}')).toBeNull();
    expect(parseEvidenceDigest("[1, 2]")).toBeNull();
  });
});
