/**
 * Builds the embedded database from a corpus in one pass, for a first load of many articles: extract
 * to CSV, run Neo4j's offline importer in a staging folder, move the new store into place, then start
 * it once to create the schema. All or nothing: until the move, the data dir is untouched; an existing
 * database is never overwritten unless asked, and then it is moved aside, not deleted.
 */
import { existsSync, mkdirSync, renameSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";

import { TOUCH_GRAPH_STATE, err, ok, type Result } from "../../graph-schema/index.js";
import { ARRAY_DELIMITER } from "../../import/bulk/csv-tables.js";
import { BulkCsvWriter, type BulkCsvSummary } from "../../import/bulk/csv-writer.js";
import { fillEmptyListStatements } from "../../import/bulk/fill-empty-lists.js";
import type { ExtractionItem } from "../../import/load/import-articles.js";
import { loadLexicon } from "../../import/extract/lexicon/load.js";
import { toArticleRows } from "../../import/load/rows.js";
import type { EmbeddedSettings } from "../config.js";
import { runAdminImport } from "./admin-import.js";
import { applySchema } from "./apply-schema.js";
import { createDriver } from "./driver.js";
import { startEmbeddedNeo4j } from "./embedded.js";
import { lockDataDir } from "./lock.js";

export interface BulkImportOptions {
  /** Move an existing database aside (into the data dir) instead of refusing. */
  replace?: boolean;
  onProgress?: (progress: { read: number; failed: number }) => void;
  log?: (line: string) => void;
  /** Clock of importedAt/createdAt (tests pin it). */
  now?: () => Date;
}

export interface BulkImportReport {
  articles: number;
  entities: number;
  relations: number;
  evidence: number;
  /** Files that could not be read or extracted, or that the bulk format cannot hold. */
  skipped: { file: string; message: string }[];
  /** Where the database that was there before went, when `replace` moved it. */
  movedAside: string | null;
  /** Seconds per phase: extraction and CSV, the offline importer, start and schema. */
  seconds: { extract: number; store: number; schema: number };
}

export interface BulkImportError {
  kind: "database-exists" | "data-dir-in-use" | "data-dir-not-writable" | "nothing-to-import" | "import-failed" | "schema-failed";
  message: string;
  skipped?: { file: string; message: string }[];
}

const DATABASE = "neo4j";

export async function bulkImport(
  settings: EmbeddedSettings,
  items: AsyncIterable<ExtractionItem>,
  options: BulkImportOptions = {},
): Promise<Result<BulkImportReport, BulkImportError>> {
  const store = join(settings.homeDir, "data", "databases", DATABASE);
  const txLogs = join(settings.homeDir, "data", "transactions", DATABASE);
  // Held until the new database has its schema, so no `npm start` opens it half-made.
  const lock = lockDataDir(settings.homeDir);
  if (!lock.ok) return lock;
  try {
    const staging = join(settings.homeDir, "bulk-import");
    let built: Result<BuiltStore, BulkImportError>;
    let movedAside: string | null = null;
    try {
      if (existsSync(store) && !options.replace) {
        return err({
          kind: "database-exists",
          message: `A database already exists in ${settings.homeDir}. A bulk import builds a new one: use \`newsgraph import\` to add articles to it, or pass --replace to move it aside and rebuild.`,
        });
      }
      rmSync(staging, { recursive: true, force: true });
      built = await buildStore(settings, staging, items, options);
      if (built.ok) {
        if (existsSync(store)) movedAside = moveAside(settings.homeDir, store, txLogs);
        mkdirSync(dirname(store), { recursive: true });
        mkdirSync(dirname(txLogs), { recursive: true });
        renameSync(join(staging, "home", "data", "databases", DATABASE), store);
        renameSync(join(staging, "home", "data", "transactions", DATABASE), txLogs);
      }
    } catch (cause) {
      return err({ kind: "data-dir-not-writable", message: `Cannot write to ${settings.homeDir}: ${cause instanceof Error ? cause.message : String(cause)}` });
    } finally {
      rmSync(staging, { recursive: true, force: true });
    }
    if (!built.ok) return built;

    const started = Date.now();
    const finished = await finishDatabase(settings, built.value.csv, options);
    if (!finished.ok) return finished;
    const { csv, skipped, seconds } = built.value;
    return ok({
      articles: csv.articles,
      entities: csv.entities,
      relations: csv.relations,
      evidence: csv.evidence,
      skipped,
      movedAside,
      seconds: { ...seconds, schema: (Date.now() - started) / 1000 },
    });
  } finally {
    lock.value.release();
  }
}

interface BuiltStore {
  csv: BulkCsvSummary;
  skipped: BulkImportReport["skipped"];
  seconds: { extract: number; store: number };
}

async function buildStore(
  settings: EmbeddedSettings,
  staging: string,
  items: AsyncIterable<ExtractionItem>,
  options: BulkImportOptions,
): Promise<Result<BuiltStore, BulkImportError>> {
  const t0 = Date.now();
  const writer = new BulkCsvWriter(join(staging, "csv"), { now: (options.now?.() ?? new Date()).toISOString() });
  const skipped: BulkImportReport["skipped"] = [];
  const version = loadLexicon().version;
  let read = 0;
  try {
    for await (const item of items) {
      if (item.kind === "error") skipped.push(item.error);
      else {
        read += 1;
        const added = writer.add(toArticleRows(item.article, item.extraction, version));
        if (!added.ok) skipped.push({ file: item.article.file, message: added.message });
      }
      options.onProgress?.({ read, failed: skipped.length });
    }
  } catch (cause) {
    writer.abandon();
    return err({ kind: "import-failed", message: `Reading the articles failed: ${cause instanceof Error ? cause.message : String(cause)}`, skipped });
  }
  const csv = writer.finish();
  if (csv.articles === 0) return err({ kind: "nothing-to-import", message: "No article could be read, so no database was built.", skipped });
  const t1 = Date.now();
  const imported = await runAdminImport({
    homeDir: join(staging, "home"),
    files: csv.files,
    arrayDelimiter: ARRAY_DELIMITER,
    settings,
    log: options.log,
  });
  if (!imported.ok) return err({ kind: "import-failed", message: imported.error.message, skipped });
  return ok({ csv, skipped, seconds: { extract: (t1 - t0) / 1000, store: (Date.now() - t1) / 1000 } });
}

/** The previous database goes to `replaced-<time>/` in the data dir, store and transaction logs together. */
function moveAside(homeDir: string, store: string, txLogs: string): string {
  const aside = join(homeDir, `replaced-${new Date().toISOString().replace(/[:.]/g, "-")}`);
  mkdirSync(aside, { recursive: true });
  renameSync(store, join(aside, "databases-neo4j"));
  if (existsSync(txLogs)) renameSync(txLogs, join(aside, "transactions-neo4j"));
  return aside;
}

/**
 * Starts the new database once: constraints and indexes, the lists the CSV could not hold, a fresh
 * graph token. Evidence digests are left to the server's start (see evidence-digest.ts).
 */
async function finishDatabase(settings: EmbeddedSettings, csv: BulkCsvSummary, options: BulkImportOptions): Promise<Result<void, BulkImportError>> {
  const started = await startEmbeddedNeo4j(settings, options.log);
  if (!started.ok) return err({ kind: "schema-failed", message: started.error.message });
  const driver = createDriver({ kind: "embedded", uri: started.value.uri, username: "", password: "", database: DATABASE });
  try {
    await applySchema(driver, DATABASE);
    const session = driver.session({ database: DATABASE });
    try {
      for (const statement of fillEmptyListStatements(csv.emptyLists)) await session.run(statement);
    } finally {
      await session.close();
    }
    await driver.executeQuery(TOUCH_GRAPH_STATE, {}, { database: DATABASE });
    return ok(undefined);
  } catch (cause) {
    return err({ kind: "schema-failed", message: `The database was built but its schema could not be applied: ${cause instanceof Error ? cause.message : String(cause)}` });
  } finally {
    await driver.close();
    await started.value.stop();
  }
}
