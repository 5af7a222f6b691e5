/**
 * `newsgraph import <paths…>`: extract and write to Neo4j with a progress bar and a summary.
 * Exit code non-zero only when nothing could be imported.
 */
import cliProgress from "cli-progress";

import { extractPaths, listArticleFiles } from "../../import/index.js";
import { importExtractions, importedAnything, type ImportReport } from "../../import/load/import-articles.js";
import type { Config } from "../config.js";
import { createLogger } from "../logger.js";
import { applySchema } from "../neo4j/apply-schema.js";
import { connectNeo4j } from "../neo4j/connect.js";
import { reportFatal } from "./fatal.js";

export async function runImportCommand(config: Config, paths: string[], options: { batchSize: number }): Promise<number> {
  const logger = createLogger(config.logLevel === "info" ? "warn" : config.logLevel);
  const { files } = await listArticleFiles(paths);
  let connection;
  try {
    connection = await connectNeo4j(config, logger, { reuseRunning: true });
  } catch (cause) {
    return reportFatal(cause, logger);
  }
  const bar = process.stderr.isTTY
    ? new cliProgress.SingleBar({ format: "importing [{bar}] {value}/{total} articles · {failed} failed", stream: process.stderr }, cliProgress.Presets.shades_classic)
    : null;
  bar?.start(Math.max(files.length, 1), 0, { failed: 0 });
  try {
    await applySchema(connection.driver, config.neo4j.database);
    const report = await importExtractions(
      { driver: connection.driver, database: config.neo4j.database },
      extractPaths(paths),
      {
        batchSize: options.batchSize,
        onProgress: (p) => bar?.update(p.written + p.failed, { failed: p.failed }),
      },
    );
    bar?.stop();
    printReport(report);
    return importedAnything(report) ? 0 : 1;
  } catch (cause) {
    bar?.stop();
    return reportFatal(cause, logger, { uri: config.neo4j.uri, database: config.neo4j.database });
  } finally {
    await connection.close();
  }
}

function printReport(report: ImportReport): void {
  for (const e of report.readErrors) process.stderr.write(`newsgraph: ${e.file}: ${e.message}\n`);
  for (const f of report.writeFailures) process.stderr.write(`newsgraph: ${f.file}: not imported: ${f.message}\n`);
  const { articles, entities, relations, evidence } = report.summary;
  const line = (name: string, t: { new: number; updated: number; unchanged: number }) =>
    `${name.padEnd(10)} ${String(t.new).padStart(6)} new ${String(t.updated).padStart(6)} updated ${String(t.unchanged).padStart(6)} unchanged`;
  process.stdout.write(
    [
      line("articles", articles),
      line("entities", entities),
      line("relations", relations),
      `evidence   ${String(evidence).padStart(6)} statements written`,
      `failed     ${String(report.readErrors.length + report.writeFailures.length).padStart(6)} files`,
      "",
    ].join("\n"),
  );
}
