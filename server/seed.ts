/**
 * First-start seeding: when the database holds no article yet, import the seed articles shipped in
 * import/articles/. Later starts find articles and leave the graph as the analysts made it.
 */
import type { Logger } from "pino";

import { extractPaths } from "../import/index.js";
import { importExtractions, type ImportReport } from "../import/load/import-articles.js";
import type { LoadTarget } from "../import/load/write-articles.js";
import { SEED_ARTICLES_DIR } from "../import/paths.js";
import { findCounts } from "./db/health.repository.js";

export async function seedIfEmpty(target: LoadTarget, logger: Logger): Promise<ImportReport | null> {
  const { counts } = await findCounts({ ...target, readTimeoutMs: 30_000 });
  if (counts.articles > 0) {
    logger.info({ articles: counts.articles }, "graph already holds articles; not seeding");
    return null;
  }
  const report = await importExtractions(target, extractPaths([SEED_ARTICLES_DIR()]));
  for (const problem of [...report.readErrors, ...report.writeFailures]) {
    logger.warn({ file: problem.file, message: problem.message }, "seed article skipped");
  }
  logger.info({ summary: report.summary }, "seeded the graph from the shipped articles");
  return report;
}
