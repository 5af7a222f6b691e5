/**
 * A Cypher script that recreates the subgraph in an empty (or any) Neo4j 5: newsgraph's constraints
 * and indexes, `:Entity:<Type>` nodes, relation-typed relationships with their provenance properties,
 * and (when the export carries evidence) `:Article` and `:Evidence` nodes joined by `:STATES`.
 *
 * No parameters: every value is a literal written by cypher-literal.ts (strings only through
 * `cypherString`); labels and relationship types come from graph-schema's closed tables and are
 * backtick-quoted anyway. MERGE on our stable ids, so running it twice changes nothing.
 * Statements end with ";" at the end of a line and literals never contain a line break, so the
 * script runs in cypher-shell (`cypher-shell -f file.cypher`), Neo4j Browser, or split by line.
 */
import {
  CONSTRAINTS,
  INDEXES,
  isEntityType,
  isRelationType,
  type ArticleRef,
  type EvidenceView,
} from "../../graph-schema/index.js";
import { EVIDENCE_DIGEST_PROPERTY } from "../../import/load/evidence-digest.js";
import type { ExportBundle, ExportOptions } from "./bundle.js";
import { describeEvidencePolicy, describeScope } from "./describe.js";
import { groupBy } from "./collections.js";
import { cypherComment, cypherLiteral, cypherName, float, int, map, type CypherValue } from "./cypher-literal.js";
import { toExportGraph, type ExportEdge, type ExportNode } from "./prepare.js";

/** Rows per UNWIND statement: small enough for one transaction each, large enough to run fast. */
export const SCRIPT_BATCH_SIZE = 500;

type Row = Readonly<Record<string, CypherValue>>;

function compact(entries: Record<string, CypherValue | undefined>): Row {
  const out: Record<string, CypherValue> = {};
  for (const [k, v] of Object.entries(entries)) if (v !== null && v !== undefined) out[k] = v;
  return out;
}

function batches<T>(items: readonly T[], size = SCRIPT_BATCH_SIZE): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** `UNWIND [\n  {...},\n  {...}\n] AS row` + the body, one statement. */
function unwind(rows: readonly Row[], body: string[]): string {
  return ["UNWIND [", rows.map((r) => `  ${cypherLiteral(map(r))}`).join(",\n"), "] AS row", ...body].join("\n") + ";";
}

export function entityRow(node: ExportNode): Row {
  return {
    id: node.id,
    name: node.label,
    type: node.entityType,
    aliases: node.aliases,
    roles: node.roles,
    // The loader's search text (full-text index entity_search), so search works in the new database too.
    aliasText: node.aliases.reduce((s, a) => `${s} | ${a}`, ""),
  };
}

export function relationRow(edge: ExportEdge): Row {
  return {
    source: edge.source,
    target: edge.target,
    id: edge.id,
    props: map(
      compact({
        id: edge.id,
        status: edge.status,
        eventDate: edge.eventDate,
        firstReported: edge.firstReported,
        lastReported: edge.lastReported,
        sourceCount: int(edge.sourceCount),
        outletCount: int(edge.outletCount),
        evidenceCount: int(edge.evidenceCount),
        articleIds: edge.articleIds,
        claimIds: edge.claimIds,
        deniedBy: edge.deniedBy,
        allegedBy: edge.allegedBy,
        confidence: float(edge.confidence),
        curated: edge.curated ? true : null,
      }),
    ),
  };
}

export function articleRow(a: ArticleRef): Row {
  return compact({ id: a.id, title: a.title, outlet: a.outlet, url: a.url, date: a.date, language: a.language });
}

export function evidenceRow(v: EvidenceView): Row {
  return compact({
    id: v.id,
    relationId: v.relationId,
    articleId: v.articleId,
    type: v.type,
    sourceId: v.sourceId,
    targetId: v.targetId,
    status: v.status,
    sentence: v.sentence,
    start: int(v.start),
    end: int(v.end),
    triggers: v.triggers,
    language: v.language,
    eventDate: v.eventDate,
    reportDate: v.reportDate,
    confidence: float(v.confidence),
    extractorVersion: v.extractorVersion,
    claimId: v.claimId,
    role: v.role,
  });
}

export function exportCypherScript(bundle: ExportBundle, options: ExportOptions = {}): string {
  const graph = toExportGraph(bundle, { layout: false });
  const withProvenance = options.includeProvenance !== false && bundle.meta.evidence.kind !== "none";
  const evidence = withProvenance ? graph.edges.flatMap((e) => graph.details.get(e.id)?.evidence ?? []) : [];
  const articles = withProvenance ? [...graph.articles.values()] : [];
  const { meta } = graph;

  const out: string[] = [
    cypherComment(`newsgraph export: ${meta.title}`),
    cypherComment(`Generated ${meta.generatedAt}. ${describeScope(meta.scope)}.`),
    cypherComment(`${graph.nodes.length} entities, ${graph.edges.length} relations, ${articles.length} articles, ${evidence.length} evidence statements.`),
    cypherComment(withProvenance ? describeEvidencePolicy(meta.evidence) : "Articles and evidence are not included."),
    ...meta.notes.map((n) => cypherComment(`Note: ${n}`)),
    cypherComment("Run in Neo4j 5: cypher-shell -f this-file.cypher (or paste into Neo4j Browser). No parameters needed; safe to run twice."),
    "",
    cypherComment("Schema: newsgraph's constraints and indexes."),
    ...[...CONSTRAINTS, ...INDEXES].map((s) => `${s};`),
  ];

  for (const [type, nodes] of groupBy(graph.nodes, (n) => n.entityType)) {
    if (!isEntityType(type)) throw new Error(`export: unknown entity type ${type}`);
    out.push("", cypherComment(`Entities: ${type} (${nodes.length})`));
    for (const batch of batches(nodes)) {
      out.push(unwind(batch.map(entityRow), ["MERGE (e:Entity {id: row.id})", `SET e += row, e:${cypherName(type)}`]));
    }
  }

  for (const [type, edges] of groupBy(graph.edges, (e) => e.relationType)) {
    if (!isRelationType(type)) throw new Error(`export: unknown relation type ${type}`);
    out.push("", cypherComment(`Relations: ${type} (${edges.length})`));
    for (const batch of batches(edges)) {
      out.push(
        unwind(batch.map(relationRow), [
          "MATCH (s:Entity {id: row.source})",
          "MATCH (t:Entity {id: row.target})",
          `MERGE (s)-[r:${cypherName(type)} {id: row.id}]->(t)`,
          // Into a newsgraph database, the relation may gain statements: its evidence digest (a
          // cache of its latest ones) is dropped, and newsgraph rebuilds it at its next start.
          `SET r += row.props, r.${EVIDENCE_DIGEST_PROPERTY} = null`,
        ]),
      );
    }
  }

  if (articles.length > 0) {
    out.push("", cypherComment(`Articles (${articles.length}); their full text is not exported.`));
    for (const batch of batches(articles)) out.push(unwind(batch.map(articleRow), ["MERGE (a:Article {id: row.id})", "SET a += row"]));
  }
  if (evidence.length > 0) {
    out.push("", cypherComment(`Evidence (${evidence.length}): one node per statement, stated by its article.`));
    for (const batch of batches(evidence)) {
      out.push(
        unwind(batch.map(evidenceRow), [
          "MATCH (a:Article {id: row.articleId})",
          "MERGE (v:Evidence {id: row.id})",
          "SET v += row",
          "MERGE (a)-[:STATES]->(v)",
        ]),
      );
    }
  }
  out.push("");
  return out.join("\n");
}

/**
 * Splits a script written by `exportCypherScript` into statements: comment lines dropped, a
 * statement ends at a line ending in ";" (literals never contain line breaks).
 */
export function splitCypherStatements(script: string): string[] {
  const statements: string[] = [];
  let current: string[] = [];
  for (const line of script.split("\n")) {
    if (current.length === 0 && (line.trim() === "" || line.startsWith("//"))) continue;
    current.push(line);
    if (line.endsWith(";")) {
      statements.push(current.join("\n").slice(0, -1));
      current = [];
    }
  }
  if (current.join("").trim() !== "") statements.push(current.join("\n"));
  return statements;
}
