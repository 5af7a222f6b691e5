/**
 * The import pipeline: a stream of extracted articles in, batched transactional writes out, with
 * progress and a summary. Streams (a batch at a time), so memory stays flat in the corpus size.
 */
import type { Article, ExtractedArticle } from "../../graph-schema/index.js";
import { loadLexicon } from "../extract/lexicon/load.js";
import { toArticleRows, type ArticleRows } from "./rows.js";
import { addSummaries, emptySummary, writeArticles, type LoadTarget, type WriteFailure, type WriteSummary } from "./write-articles.js";

export type ExtractionItem =
  | { kind: "article"; article: Article; extraction: ExtractedArticle }
  | { kind: "error"; error: { file: string; message: string } };

export interface ImportProgress {
  read: number;
  written: number;
  failed: number;
}

export interface ImportReport {
  summary: WriteSummary;
  /** Files that could not be read or extracted. */
  readErrors: { file: string; message: string }[];
  /** Articles the database refused (skipped, nothing partial written). */
  writeFailures: WriteFailure[];
}

export interface ImportOptions {
  /** Articles per transaction. */
  batchSize?: number;
  onProgress?: (progress: ImportProgress) => void;
  extractorVersion?: string;
}

export const DEFAULT_BATCH_SIZE = 50;

export async function importExtractions(
  target: LoadTarget,
  items: AsyncIterable<ExtractionItem>,
  options: ImportOptions = {},
): Promise<ImportReport> {
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const version = options.extractorVersion ?? loadLexicon().version;
  const report: ImportReport = { summary: emptySummary(), readErrors: [], writeFailures: [] };
  const progress: ImportProgress = { read: 0, written: 0, failed: 0 };
  let batch: ArticleRows[] = [];
  const seen = new Set<string>();
  // One batch is written while the next is extracted: extraction runs in this process, writing in
  // Neo4j's, so the two overlap. Writes stay strictly one after another (never two transactions at once).
  let writing: Promise<unknown> = Promise.resolve(null);

  const write = async (rows: ArticleRows[]) => {
    const { summary, failures } = await writeArticles(target, rows);
    report.summary = addSummaries(report.summary, summary);
    report.writeFailures.push(...failures);
    progress.written += rows.length - failures.length;
    progress.failed += failures.length;
    options.onProgress?.({ ...progress });
  };
  /** Waits for the batch being written; rethrows its failure (held as a value so it is never unhandled). */
  const settle = async () => {
    const outcome = await writing;
    if (outcome instanceof WriteAborted) throw outcome.cause;
  };
  const flush = async () => {
    await settle();
    if (batch.length === 0) return;
    const rows = batch;
    batch = [];
    writing = write(rows).then(
      () => null,
      (cause: unknown) => new WriteAborted(cause),
    );
  };

  for await (const item of items) {
    if (item.kind === "error") {
      report.readErrors.push(item.error);
      progress.failed += 1;
      options.onProgress?.({ ...progress });
      continue;
    }
    progress.read += 1;
    // Two files with the same article id in one run: the later one wins, in its own batch.
    if (seen.has(item.article.id)) await flush();
    seen.add(item.article.id);
    batch.push(toArticleRows(item.article, item.extraction, version));
    if (batch.length >= batchSize) await flush();
  }
  await flush();
  await settle();
  return report;
}

/** A failed batch write, kept as a value until the import loop awaits it. */
class WriteAborted {
  constructor(readonly cause: unknown) {}
}

/** Whether the import achieved anything: the CLI exits non-zero only when nothing could be imported. */
export function importedAnything(report: ImportReport): boolean {
  const a = report.summary.articles;
  return a.new + a.updated + a.unchanged > 0;
}
