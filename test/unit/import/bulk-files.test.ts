import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import Papa from "papaparse";

import { ARRAY_DELIMITER, evidenceTable, splitsAList, toCsvLines } from "../../../import/bulk/csv-tables.js";
import { BulkCsvWriter } from "../../../import/bulk/csv-writer.js";
import { fillEmptyListStatements } from "../../../import/bulk/fill-empty-lists.js";
import { GraphTotals } from "../../../import/bulk/graph-totals.js";
import { toIncrements } from "../../../import/load/increments.js";
import type { ArticleRows, EvidenceRow } from "../../../import/load/rows.js";

function evidence(over: Partial<EvidenceRow>): EvidenceRow {
  return {
    id: "ev-1",
    relationId: "VISITED:russia:north-korea:reported",
    articleId: "a1",
    type: "VISITED",
    sourceId: "russia",
    targetId: "north-korea",
    sourceName: "Russia",
    targetName: "North Korea",
    status: "reported",
    sentence: 'He said "yes",\nthen left.',
    start: 0,
    end: 10,
    triggers: ["visited"],
    language: "en",
    eventDate: "2024-06",
    reportDate: "2024-06-20",
    outletKey: "outlet-a",
    confidence: 0.8,
    extractorVersion: "v1",
    claimId: null,
    role: null,
    ...over,
  };
}

function article(id: string, rows: EvidenceRow[]): ArticleRows {
  return {
    article: {
      id, file: `${id}.txt`, title: id, text: "text", url: null, outlet: null, outletKey: `article:${id}`,
      date: null, dateSource: "none", language: "en", contentHash: "h", extractorVersion: "v1",
    },
    entities: [
      { id: "russia", name: "Russia", type: "Country", aliases: ["Russia", "Rusia"], roles: [] },
      { id: "north-korea", name: "North Korea", type: "Country", aliases: ["North Korea"], roles: [] },
    ],
    mentions: [{ articleId: id, entityId: "russia", aliases: ["Russia"] }],
    evidence: rows,
  };
}

describe("bulk-import totals", () => {
  it("should merge a relation's evidence across articles as the Cypher loader does", () => {
    const totals = new GraphTotals();
    totals.addIncrements(toIncrements([evidence({ articleId: "a1", reportDate: "2024-06-20", confidence: 0.6 })]));
    totals.addIncrements(toIncrements([evidence({ id: "ev-2", articleId: "a2", reportDate: "2024-05-01", eventDate: null, outletKey: "outlet-b", confidence: 0.9 })]));
    totals.addIncrements(toIncrements([evidence({ id: "ev-3", articleId: "a1", reportDate: "2024-07-01", eventDate: "2024-04" })]));
    const [relation] = [...totals.relationTotals()];
    expect(relation).toMatchObject({
      evidenceCount: 3,
      articleIds: ["a1", "a2"],
      outlets: ["outlet-a", "outlet-b"],
      eventDate: "2024-04",
      firstReported: "2024-05-01",
      lastReported: "2024-07-01",
      confidence: 0.9,
    });
  });

  it("should keep an entity's first name and type and every alias in arrival order", () => {
    const totals = new GraphTotals();
    totals.addEntities([{ id: "iran", name: "Iran", type: "Country", aliases: ["Iran"], roles: [] }]);
    totals.addEntities([{ id: "iran", name: "Teheran", type: "Location", aliases: ["Teheran", "Iran"], roles: ["government"] }]);
    expect([...totals.entityTotals()]).toEqual([{ id: "iran", name: "Iran", type: "Country", aliases: ["Iran", "Teheran"], roles: ["government"] }]);
  });
});

describe("bulk-import CSV", () => {
  it("should quote texts, leave missing values empty and join lists with the delimiter", () => {
    const line = toCsvLines([evidenceTable.toValues(evidence({ triggers: ["visited", "trip"] }))]);
    const [parsed] = Papa.parse<string[]>(line.trimEnd()).data;
    expect(parsed?.[9]).toBe('He said "yes",\nthen left.');
    expect(parsed?.[12]).toBe(`visited${ARRAY_DELIMITER}trip`);
    // claimId and role are null: empty and unquoted, so the importer sets no property.
    expect(line).toMatch(/,"v1",,,"Evidence"\n$/);
    expect(toCsvLines([["", null]])).toBe('"",\n');
  });

  it("should refuse an article whose lists hold the delimiter, and a second file of the same article", () => {
    const dir = mkdtempSync(join(tmpdir(), "newsgraph-bulk-csv-"));
    try {
      const writer = new BulkCsvWriter(dir, { now: "2026-01-01T00:00:00Z" });
      expect(writer.add(article("a1", [evidence({})]))).toEqual({ ok: true });
      expect(writer.add(article("a1", [evidence({})]))).toEqual({ ok: false, message: expect.stringMatching(/same article as a1\.txt/) });
      const bad = article("a2", [evidence({ id: "ev-9", articleId: "a2", triggers: [`x${ARRAY_DELIMITER}y`] })]);
      expect(splitsAList(bad)).toBe(true);
      expect(writer.add(bad).ok).toBe(false);
      const summary = writer.finish();
      expect(summary).toMatchObject({ articles: 1, entities: 2, relations: 1, evidence: 1 });
      expect(summary.emptyLists).toEqual({ Entity: ["roles"], Evidence: [], MENTIONS: [], relations: ["claimIds", "allegedBy", "deniedBy"] });
      const evidenceCsv = readFileSync(join(dir, "evidence.csv"), "utf8");
      expect(evidenceCsv.split("\n")[0]).toBe(evidenceTable.header.join(","));
      expect(Papa.parse(evidenceCsv.trimEnd()).data).toHaveLength(2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("should fill only the empty lists the files left out", () => {
    const statements = fillEmptyListStatements({ Entity: ["roles"], Evidence: [], MENTIONS: [], relations: ["claimIds"] });
    expect(statements).toHaveLength(2);
    expect(statements[0]).toMatch(/^MATCH \(n:Entity\) WHERE n\.roles IS NULL CALL \(n\) \{ SET n\.roles = coalesce\(n\.roles, \[\]\) \}/);
    expect(statements[1]).toMatch(/MATCH \(\)-\[r:VISITED\|.*\]->\(\) WHERE r\.claimIds IS NULL/);
  });
});
