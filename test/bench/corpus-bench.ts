/**
 * Extraction and import throughput on synthetic corpora: articles/s for extraction (one process,
 * streamed from disk) and relations/s for import into an embedded Neo4j.
 */
import type { Driver } from "neo4j-driver";

import { extractPaths } from "../../import/index.js";
import { importExtractions } from "../../import/load/import-articles.js";
import { measure, round } from "./measure.js";

export interface ExtractionFigures {
  articles: number;
  relations: number;
  seconds: number;
  articlesPerSecond: number;
  peakRssMb: number;
}

export async function benchExtraction(folder: string): Promise<ExtractionFigures> {
  const run = await measure(async () => {
    let articles = 0;
    let relations = 0;
    for await (const item of extractPaths([folder])) {
      if (item.kind !== "article") continue;
      articles += 1;
      relations += item.extraction.relations.length;
    }
    return { articles, relations };
  });
  return { ...run.value, seconds: round(run.seconds, 2), articlesPerSecond: Math.round(run.value.articles / run.seconds), peakRssMb: run.peakRssMb };
}

export interface ImportFigures {
  articles: number;
  evidence: number;
  relations: number;
  seconds: number;
  relationsPerSecond: number;
  peakRssMb: number;
}

/** Imports a corpus; "relations" counts relation statements written (evidence records). */
export async function benchImport(driver: Driver, folder: string, batchSize = 200): Promise<ImportFigures> {
  const run = await measure(() => importExtractions({ driver, database: "neo4j", timeoutMs: 600_000 }, extractPaths([folder]), { batchSize }));
  const s = run.value.summary;
  const { records } = await driver.executeQuery("MATCH ()-[r]->() WHERE r.evidenceCount IS NOT NULL RETURN count(r) AS relations");
  return {
    articles: s.articles.new + s.articles.updated,
    evidence: s.evidence,
    relations: Number(records[0]?.get("relations") ?? 0),
    seconds: round(run.seconds, 2),
    relationsPerSecond: Math.round(s.evidence / run.seconds),
    peakRssMb: run.peakRssMb,
  };
}
