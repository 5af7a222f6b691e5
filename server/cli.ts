#!/usr/bin/env node
/**
 * The `newsgraph` command: serve the explorer, extract articles (no database), import them into Neo4j.
 */
import { Command, InvalidArgumentError } from "commander";

import { parseConfig, type Config } from "./config.js";
import { runExportCommand, type ExportCommandOptions } from "./commands/export.command.js";
import { runBulkImportCommand } from "./commands/bulk-import.command.js";
import { runImportCommand } from "./commands/import.command.js";
import { runServeCommand } from "./commands/serve.command.js";
import { runExtractCommand } from "../import/cli-extract.js";

function loadConfig(): Config {
  const parsed = parseConfig(process.env);
  if (!parsed.ok) {
    process.stderr.write(`newsgraph: ${parsed.error.message}\n`);
    process.exit(2);
  }
  return parsed.value;
}

function positiveInt(value: string): number {
  const n = Number.parseInt(value, 10);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError("expected a positive whole number");
  return n;
}

const program = new Command()
  .name("newsgraph")
  .description("Knowledge-graph explorer for news: articles -> typed, evidence-backed edges in Neo4j -> Sigma.js explorer.")
  .showHelpAfterError();

program
  .command("serve")
  .description("start Neo4j (embedded unless NEO4J_URI is set), seed it on first start, serve the API and explorer")
  .action(async () => {
    process.exitCode = await runServeCommand(loadConfig());
  });

program
  .command("extract")
  .description("extract entities and relations from articles (.txt, .md, .json files or folders); no database needed")
  .argument("<paths...>", "article files or folders")
  .option("--json", "print the extraction as one JSON document")
  .action(async (paths: string[], options: { json?: boolean }) => {
    process.exitCode = await runExtractCommand(paths, { json: options.json === true }, process);
  });

program
  .command("import")
  .description("extract articles and write them to Neo4j (idempotent; a bad file is reported and skipped)")
  .argument("<paths...>", "article files or folders")
  .option("--batch-size <n>", "articles per transaction", positiveInt, 50)
  .option("--bulk", "first load of many articles: build the embedded database offline with neo4j-admin import (newsgraph must not be running)")
  .option("--replace", "with --bulk: move an existing database aside (into the data dir) and build a new one")
  .action(async (paths: string[], options: { batchSize: number; bulk?: boolean; replace?: boolean }) => {
    if (options.replace && !options.bulk) {
      process.stderr.write("newsgraph: --replace only applies to --bulk: `newsgraph import` adds to the existing graph.\n");
      process.exitCode = 2;
      return;
    }
    process.exitCode = options.bulk
      ? await runBulkImportCommand(loadConfig(), paths, { replace: options.replace === true })
      : await runImportCommand(loadConfig(), paths, { batchSize: options.batchSize });
  });

program
  .command("export")
  .description("export a subgraph (whole graph, filtered view, ego network, selection or Cypher result) for reports and other tools")
  .requiredOption("-f, --format <format>", "graphml, gexf, csv, json, cypher, svg or html")
  .option("-o, --output <file>", "file to write ('-' for stdout; default newsgraph-<scope>-<date>.<ext>)")
  .option("--around <nameOrId>", "ego network of this entity (id, name or alias)")
  .option("--depth <n>", "hops around the entity (1-3)")
  .option("--cypher <query>", "export what this read-only Cypher query returns (same guards as the console)")
  .option("--params <json>", "parameters of the Cypher query, as a JSON object")
  .option("--entities <ids>", "selection: comma-separated entity ids (with the relations among them)")
  .option("--relations <ids>", "selection: comma-separated relation ids")
  .option("--types <types>", "relation types, comma-separated")
  .option("--status <statuses>", "statuses, comma-separated (reported, alleged, denied, planned)")
  .option("--clock <clock>", "which dates --from/--to filter: event or report")
  .option("--from <date>", "from this date (YYYY, YYYY-MM or YYYY-MM-DD)")
  .option("--to <date>", "to this date")
  .option("--title <title>", "title of the export (report heading, file metadata)")
  .option("--csv-delimiter <char>", "CSV delimiter: ',' (default) or ';'")
  .option("--no-provenance", "Cypher script: leave out Article and Evidence nodes")
  .option("--directed-only", "GraphML: write symmetric relations as directed edges too (NetworkX cannot read mixed graphs)")
  .action(async (options: ExportCommandOptions) => {
    process.exitCode = await runExportCommand(loadConfig(), options);
  });

await program.parseAsync(process.argv);
