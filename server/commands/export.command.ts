/**
 * `newsgraph export --format <fmt> [--around NAME_OR_ID --depth N | --cypher "…" | --entities … --relations …]
 *  [--types … --status … --clock … --from … --to …] [--title …] [-o FILE]`
 * The same exporters and scopes as the API. `--around` takes an id, a name or an alias. Writes the
 * file (default: newsgraph-<scope>-<date>.<ext> in the current folder; `-o -` for stdout) and a
 * one-line summary on stderr. Exit 0 on success, 1 when the export failed, 2 on bad options.
 */
import { writeFile } from "node:fs/promises";

import { z } from "zod";

import type { Config } from "../config.js";
import { cypherRequestSchema, toCypherParams } from "../cypher/params.js";
import type { GraphDb } from "../db/graph-db.js";
import { EXPORT_LIMITS, type ExportFailure } from "../export/collect-bundle.js";
import { describeEvidencePolicy } from "../export/describe.js";
import { EXPORTERS } from "../export/registry.js";
import { exportQuerySchema, jobFromQuery, MAX_SELECTED_ENTITIES, MAX_SELECTED_RELATIONS, type ExportJob } from "../export/request.js";
import { resolveEntity } from "../export/resolve-entity.js";
import { runExport } from "../export/run-export.js";
import { idSchema } from "../http/validate.js";
import { createLogger } from "../logger.js";
import { connectNeo4j } from "../neo4j/connect.js";
import { reportFatal } from "./fatal.js";

export interface ExportCommandOptions {
  format: string;
  around?: string;
  depth?: string;
  cypher?: string;
  /** JSON object of Cypher parameters. */
  params?: string;
  entities?: string;
  relations?: string;
  types?: string;
  status?: string;
  clock?: string;
  from?: string;
  to?: string;
  title?: string;
  csvDelimiter?: string;
  directedOnly?: boolean;
  /** Commander's --no-provenance. */
  provenance?: boolean;
  output?: string;
}

type Scope = { kind: "filter" } | { kind: "around"; nameOrId: string; depth: number } | { kind: "cypher"; query: string; params: Record<string, unknown> } | { kind: "selection"; entities: string[]; relations: string[] };

type Parsed = { job: ExportJob; scope: Scope };

const idList = (max: number) =>
  z
    .string()
    .transform((v) => v.split(",").map((s) => s.trim()).filter(Boolean))
    .pipe(z.array(idSchema).max(max));

/** Options -> job (the `around` name is resolved later, against the database). */
export function parseExportOptions(options: ExportCommandOptions): { ok: true; value: Parsed } | { ok: false; message: string } {
  const scopes = [options.around !== undefined, options.cypher !== undefined, options.entities !== undefined || options.relations !== undefined].filter(Boolean).length;
  if (scopes > 1) return { ok: false, message: "use one of --around, --cypher, or --entities/--relations" };
  if (options.cypher !== undefined && [options.types, options.status, options.from, options.to].some((v) => v !== undefined)) {
    return { ok: false, message: "--cypher takes no --types/--status/--from/--to: the query decides what is exported" };
  }
  const query = exportQuerySchema.safeParse(
    withoutUndefined({
      format: options.format,
      types: options.types,
      status: options.status,
      clock: options.clock,
      from: options.from,
      to: options.to,
      depth: options.depth,
      title: options.title,
      csvDelimiter: options.csvDelimiter,
      directedOnly: options.directedOnly ? "true" : undefined,
    }),
  );
  if (!query.success) return { ok: false, message: issueText(query.error) };
  const job = jobFromQuery(query.data);
  if (options.provenance === false) job.options = { ...job.options, includeProvenance: false };

  if (options.cypher !== undefined) {
    let params: unknown = {};
    try {
      params = options.params ? JSON.parse(options.params) : {};
    } catch {
      return { ok: false, message: "--params must be a JSON object, e.g. '{\"name\": \"Russia\"}'" };
    }
    const cypher = cypherRequestSchema.safeParse({ query: options.cypher, params });
    if (!cypher.success) return { ok: false, message: issueText(cypher.error) };
    const scope: Scope = { kind: "cypher", query: cypher.data.query, params: toCypherParams(cypher.data.params) };
    return { ok: true, value: { job: { ...job, request: { kind: "cypher", query: scope.query, params: scope.params } }, scope } };
  }
  if (options.entities !== undefined || options.relations !== undefined) {
    const entities = idList(MAX_SELECTED_ENTITIES).safeParse(options.entities ?? "");
    const relations = idList(MAX_SELECTED_RELATIONS).safeParse(options.relations ?? "");
    if (!entities.success) return { ok: false, message: `--entities: ${issueText(entities.error)}` };
    if (!relations.success) return { ok: false, message: `--relations: ${issueText(relations.error)}` };
    if (entities.data.length + relations.data.length === 0) return { ok: false, message: "--entities/--relations need at least one id" };
    const filter = job.request.kind === "graph" ? job.request.filter : null;
    if (!filter) throw new Error("a filter job without --around is a graph job");
    return {
      ok: true,
      value: { job: { ...job, request: { kind: "selection", filter, entities: entities.data, relations: relations.data } }, scope: { kind: "selection", entities: entities.data, relations: relations.data } },
    };
  }
  if (options.around !== undefined) {
    if (!options.around.trim()) return { ok: false, message: "--around needs an entity name, alias or id" };
    return { ok: true, value: { job, scope: { kind: "around", nameOrId: options.around, depth: query.data.depth } } };
  }
  return { ok: true, value: { job, scope: { kind: "filter" } } };
}

export async function runExportCommand(config: Config, options: ExportCommandOptions): Promise<number> {
  const parsed = parseExportOptions(options);
  if (!parsed.ok) {
    process.stderr.write(`newsgraph export: ${parsed.message}\n`);
    return 2;
  }
  const logger = createLogger(config.logLevel === "info" ? "warn" : config.logLevel);
  let connection;
  try {
    connection = await connectNeo4j(config, logger, { reuseRunning: true });
  } catch (cause) {
    return reportFatal(cause, logger);
  }
  try {
    const db: GraphDb = { driver: connection.driver, database: config.neo4j.database, readTimeoutMs: EXPORT_LIMITS.readTimeoutMs };
    const { job, scope } = parsed.value;
    if (scope.kind === "around") {
      const resolved = await resolveEntity(db, scope.nameOrId);
      if (!resolved.ok) {
        const f = resolved.error;
        const list = f.kind === "ambiguous" ? `; candidates: ${f.candidates.map((c) => `${c.name} (${c.id}, ${c.entityType})`).join(", ")}. Pass the id.` : ". Check the spelling, or search in the explorer.";
        process.stderr.write(`newsgraph export: ${f.kind === "ambiguous" ? `"${f.query}" matches several entities` : `no entity matches "${f.query}"`}${list}\n`);
        return 1;
      }
      const { entity } = resolved.value;
      if (entity.id !== scope.nameOrId) process.stderr.write(`newsgraph export: "${scope.nameOrId}" is ${entity.name} (${entity.id}, ${entity.entityType})\n`);
      const filter = job.request.kind === "graph" ? job.request.filter : null;
      if (!filter) throw new Error("an --around job starts as a graph job");
      job.request = { kind: "ego", filter, around: entity.id, depth: scope.depth };
    }
    const outcome = await runExport(db, job);
    if (!outcome.ok) {
      process.stderr.write(`newsgraph export: ${failureText(outcome.error)}\n`);
      return 1;
    }
    const file = outcome.value;
    const target = options.output ?? file.fileName;
    if (target === "-") process.stdout.write(file.body);
    else await writeFile(target, file.body);
    const { entities, relations } = file.counts;
    process.stderr.write(
      `newsgraph export: ${target === "-" ? "wrote" : `wrote ${target}:`} ${entities} entities, ${relations} relations (${EXPORTERS[job.format].label})\n`,
    );
    if (file.meta.evidence.kind === "capped") process.stderr.write(`newsgraph export: ${describeEvidencePolicy(file.meta.evidence)}\n`);
    for (const note of file.meta.notes) process.stderr.write(`newsgraph export: note: ${note}\n`);
    return 0;
  } catch (cause) {
    return reportFatal(cause, logger, { uri: config.neo4j.uri, database: config.neo4j.database });
  } finally {
    await connection.close();
  }
}

function failureText(failure: ExportFailure): string {
  switch (failure.kind) {
    case "refused":
      return `the query was refused (${failure.rule}): ${failure.message}`;
    case "syntax-error":
      return `syntax error${failure.position ? ` at line ${failure.position.line}, column ${failure.position.column}` : ""}: ${failure.message}`;
    case "not-found":
    case "empty-result":
    case "too-large":
    case "timeout":
    case "too-much-memory":
    case "query-failed":
      return failure.message;
    default: {
      const unreachable: never = failure;
      return `export failed: ${JSON.stringify(unreachable)}`;
    }
  }
}

function issueText(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return "invalid options";
  const path = issue.path.join(".");
  return path ? `--${path.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}: ${issue.message}` : issue.message;
}

function withoutUndefined<T extends Record<string, unknown>>(record: T): Partial<T> {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined)) as Partial<T>;
}
