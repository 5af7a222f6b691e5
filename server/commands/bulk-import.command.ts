/**
 * `newsgraph import --bulk <paths…>`: builds the embedded database from a corpus with Neo4j's offline
 * importer (see server/neo4j/bulk-import.ts). For a first load of many articles; weekly additions go
 * through `newsgraph import`, which adds to the graph a database that is running.
 * Exit code: 0 when a database was built, 1 when not (the reason is printed, nothing was changed).
 */
import cliProgress from "cli-progress";

import { extractPathsInParallel, listArticleFiles } from "../../import/index.js";
import type { Config } from "../config.js";
import { bulkImport, type BulkImportReport } from "../neo4j/bulk-import.js";

export async function runBulkImportCommand(config: Config, paths: string[], options: { replace: boolean }): Promise<number> {
  if (!config.embedded) {
    process.stderr.write(
      "newsgraph: --bulk builds the embedded database's files directly, so it cannot write to the Neo4j at NEO4J_URI. Use `newsgraph import` without --bulk (or neo4j-admin on that server).\n",
    );
    return 1;
  }
  // Only a terminal shows the bar, and only the bar needs the number of files up front.
  const bar = process.stderr.isTTY
    ? new cliProgress.SingleBar({ format: "reading [{bar}] {value}/{total} articles · {failed} skipped", stream: process.stderr }, cliProgress.Presets.shades_classic)
    : null;
  if (bar) bar.start(Math.max((await listArticleFiles(paths)).files.length, 1), 0, { failed: 0 });
  const result = await bulkImport(config.embedded, extractPathsInParallel(paths), {
    replace: options.replace,
    onProgress: (p) => bar?.update(p.read, { failed: p.failed }),
  });
  bar?.stop();
  const skipped = result.ok ? result.value.skipped : (result.error.skipped ?? []);
  for (const s of skipped) process.stderr.write(`newsgraph: ${s.file}: skipped: ${s.message}\n`);
  if (!result.ok) {
    process.stderr.write(`newsgraph: ${result.error.message}\n`);
    return 1;
  }
  printReport(result.value);
  return 0;
}

function printReport(report: BulkImportReport): void {
  const { seconds } = report;
  process.stdout.write(
    [
      `articles   ${String(report.articles).padStart(7)} new`,
      `entities   ${String(report.entities).padStart(7)} new`,
      `relations  ${String(report.relations).padStart(7)} new`,
      `evidence   ${String(report.evidence).padStart(7)} statements written`,
      `skipped    ${String(report.skipped.length).padStart(7)} files`,
      `time       ${(seconds.extract + seconds.store + seconds.schema).toFixed(1)} s (reading and extraction ${seconds.extract.toFixed(1)} s, store ${seconds.store.toFixed(1)} s, schema ${seconds.schema.toFixed(1)} s)`,
      ...(report.movedAside ? [`The database that was there before is in ${report.movedAside}.`] : []),
      "",
    ].join("\n"),
  );
}
