/**
 * CSV for spreadsheets, in one ZIP: nodes.csv, edges.csv, evidence.csv (one row per evidence
 * sentence with its article's citation), articles.csv and about.txt (scope, evidence policy, notes).
 * UTF-8 with a BOM so Excel detects the encoding; quoting by csv-stringify; lists "|"-joined.
 * Text cells that a spreadsheet would run as a formula (=, +, -, @, tab, CR first) get a leading
 * apostrophe (OWASP's advice against CSV injection); numeric columns are left alone.
 */
import { stringify } from "csv-stringify/sync";
import { strToU8, zipSync, type Zippable } from "fflate";

import { EDGE_COLUMNS, NODE_COLUMNS, columnText, type Column } from "./attributes.js";
import type { ExportBundle, ExportOptions } from "./bundle.js";
import { describeEvidencePolicy, describeScope } from "./describe.js";
import { toExportGraph, type ExportEdge, type ExportGraph, type ExportNode } from "./prepare.js";

type Cell = string | number | null;

const FORMULA_START = /^[=+\-@\t\r]/;

/** Neutralises a text cell that Excel or LibreOffice would evaluate as a formula. */
export function safeCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

function cell<T>(column: Column<T>, item: T): Cell {
  const text = columnText(column.type, column.get(item));
  if (text === null) return null;
  return column.type === "string" || column.type === "list" ? safeCell(text) : text;
}

function toCsv(header: string[], rows: Cell[][], delimiter: string): string {
  return stringify([header, ...rows], { bom: true, delimiter, record_delimiter: "windows", quoted_match: /^\s|\s$/ });
}

function nodeRows(graph: ExportGraph): { header: string[]; rows: Cell[][] } {
  return {
    header: ["id", ...NODE_COLUMNS.map((c) => c.name)],
    rows: graph.nodes.map((n: ExportNode) => [safeCell(n.id), ...NODE_COLUMNS.map((c) => cell(c, n))]),
  };
}

function edgeRows(graph: ExportGraph): { header: string[]; rows: Cell[][] } {
  const label = (id: string) => safeCell(graph.nodeById.get(id)?.label ?? id);
  return {
    header: ["id", "source", "sourceLabel", "target", "targetLabel", ...EDGE_COLUMNS.map((c) => c.name)],
    rows: graph.edges.map((e: ExportEdge) => [
      safeCell(e.id),
      safeCell(e.source),
      label(e.source),
      safeCell(e.target),
      label(e.target),
      ...EDGE_COLUMNS.map((c) => cell(c, e)),
    ]),
  };
}

const EVIDENCE_HEADER = [
  "relationId",
  "relationType",
  "source",
  "sourceLabel",
  "target",
  "targetLabel",
  "relationStatus",
  "statementStatus",
  "eventDate",
  "reportDate",
  "articleId",
  "articleTitle",
  "outlet",
  "articleDate",
  "url",
  "language",
  "sentence",
  "triggers",
  "claimId",
  "confidence",
  "evidenceId",
];

function evidenceRows(graph: ExportGraph): Cell[][] {
  const rows: Cell[][] = [];
  const text = (value: string | null) => (value === null || value === "" ? null : safeCell(value));
  for (const e of graph.edges) {
    const details = graph.details.get(e.id);
    if (!details) continue;
    const sourceLabel = graph.nodeById.get(e.source)?.label ?? e.source;
    const targetLabel = graph.nodeById.get(e.target)?.label ?? e.target;
    for (const v of details.evidence) {
      rows.push([
        text(e.id),
        e.relationType,
        text(e.source),
        text(sourceLabel),
        text(e.target),
        text(targetLabel),
        e.status,
        v.status,
        v.eventDate,
        v.reportDate,
        text(v.articleId),
        text(v.article.title),
        text(v.article.outlet),
        v.article.date,
        text(v.article.url),
        v.language,
        text(v.sentence),
        text(v.triggers.join("|")),
        text(v.claimId),
        v.confidence,
        text(v.id),
      ]);
    }
  }
  return rows;
}

function articleRows(graph: ExportGraph): Cell[][] {
  const text = (value: string | null) => (value === null || value === "" ? null : safeCell(value));
  return [...graph.articles.values()].map((a) => [text(a.id), text(a.title), text(a.outlet), a.date, text(a.url), a.language]);
}

function about(graph: ExportGraph): string {
  const { meta } = graph;
  return [
    meta.title,
    `Generated: ${meta.generatedAt}`,
    `Scope: ${describeScope(meta.scope)}`,
    `Entities: ${graph.nodes.length}; relations: ${graph.edges.length}`,
    `Evidence: ${describeEvidencePolicy(meta.evidence)}`,
    ...meta.notes.map((n) => `Note: ${n}`),
    "",
    "Files: nodes.csv (entities), edges.csv (relations), evidence.csv (one row per evidence sentence),",
    "articles.csv (every article the relations cite). Lists are separated by '|'. Encoding UTF-8 with BOM.",
    "",
  ].join("\r\n");
}

export function exportCsvZip(bundle: ExportBundle, options: ExportOptions = {}): Uint8Array {
  const graph = toExportGraph(bundle);
  const delimiter = options.csvDelimiter ?? ",";
  const nodes = nodeRows(graph);
  const edges = edgeRows(graph);
  const mtime = new Date(graph.meta.generatedAt);
  const file = (content: string): [Uint8Array, { mtime: Date }] => [strToU8(content), { mtime }];
  const files: Zippable = {
    "nodes.csv": file(toCsv(nodes.header, nodes.rows, delimiter)),
    "edges.csv": file(toCsv(edges.header, edges.rows, delimiter)),
    "evidence.csv": file(toCsv(EVIDENCE_HEADER, evidenceRows(graph), delimiter)),
    "articles.csv": file(toCsv(["id", "title", "outlet", "date", "url", "language"], articleRows(graph), delimiter)),
    "about.txt": file(`\uFEFF${about(graph)}`),
  };
  return zipSync(files, { level: 6, mtime });
}
