/**
 * Extraction and import throughput on synthetic corpora: articles/s for extraction (one process,
 * streamed from disk) and relations/s for import into an embedded Neo4j.
 */
import { rmSync } from "node:fs";
import { availableParallelism } from "node:os";

import type { Driver } from "neo4j-driver";

import type { EmbeddedSettings } from "../../server/config.js";
import { bulkImport } from "../../server/neo4j/bulk-import.js";
import { findFreePort } from "../../server/neo4j/ports.js";

import { extractPaths, extractPathsInParallel, type ExtractionEvent } from "../../import/index.js";
import { importExtractions } from "../../import/load/import-articles.js";
import { measure, round } from "./measure.js";

export interface ExtractionFigures {
  articles: number;
  relations: number;
  seconds: number;
  /** On this thread alone (extractPaths). */
  articlesPerSecond: number;
  peakRssMb: number;
  /** With a worker thread per core, as `extract` and `import --bulk` run (extractPathsInParallel). */
  threads: { count: number; seconds: number; articlesPerSecond: number; peakRssMb: number };
}

async function countExtraction(events: AsyncIterable<ExtractionEvent>): Promise<{ articles: number; relations: number }> {
  let articles = 0;
  let relations = 0;
  for await (const item of events) {
    if (item.kind !== "article") continue;
    articles += 1;
    relations += item.extraction.relations.length;
  }
  return { articles, relations };
}

export async function benchExtraction(folder: string): Promise<ExtractionFigures> {
  const run = await measure(() => countExtraction(extractPaths([folder])));
  const threaded = await measure(() => countExtraction(extractPathsInParallel([folder])));
  return {
    ...run.value,
    seconds: round(run.seconds, 2),
    articlesPerSecond: Math.round(run.value.articles / run.seconds),
    peakRssMb: run.peakRssMb,
    threads: {
      count: availableParallelism(),
      seconds: round(threaded.seconds, 2),
      articlesPerSecond: Math.round(threaded.value.articles / threaded.seconds),
      peakRssMb: threaded.peakRssMb,
    },
  };
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

export interface BulkImportFigures {
  evidence: number;
  seconds: number;
  relationsPerSecond: number;
  /** Seconds per phase: reading, extraction and CSV; neo4j-admin import; start, schema and stop. */
  phases: { extract: number; store: number; schema: number };
  peakRssMb: number;
}

/** Builds a fresh embedded database from a corpus with `import --bulk`'s code path; "relations" counts evidence records, as above. */
export async function benchBulkImport(folder: string, settings: EmbeddedSettings): Promise<BulkImportFigures> {
  rmSync(settings.homeDir, { recursive: true, force: true });
  try {
    const run = await measure(() => bulkImport(settings, extractPathsInParallel([folder])));
    if (!run.value.ok) throw new Error(run.value.error.message);
    const report = run.value.value;
    return {
      evidence: report.evidence,
      seconds: round(run.seconds, 2),
      relationsPerSecond: Math.round(report.evidence / run.seconds),
      phases: { extract: round(report.seconds.extract, 1), store: round(report.seconds.store, 1), schema: round(report.seconds.schema, 1) },
      peakRssMb: run.peakRssMb,
    };
  } finally {
    rmSync(settings.homeDir, { recursive: true, force: true });
  }
}

/** The embedded Neo4j's settings for the benchmark's databases: more memory than the defaults, a free port. */
export async function benchNeo4jSettings(homeDir: string): Promise<EmbeddedSettings> {
  return { homeDir, boltHost: "127.0.0.1", boltPort: await findFreePort(), heap: "3g", pageCache: "2g", txTimeout: "600s", txMemoryMax: "2g", startupTimeoutSeconds: 180 };
}
