/**
 * CSV for spreadsheets, in one ZIP: nodes.csv, edges.csv, evidence.csv (one row per evidence
 * sentence with its article's citation), articles.csv and about.txt (scope, evidence policy, notes).
 * UTF-8 with a BOM so Excel detects the encoding; quoting by Papa Parse; lists "|"-joined.
 * Text cells that a spreadsheet would run as a formula (=, +, -, @, tab, CR first) get a leading
 * apostrophe (OWASP's advice against CSV injection); numeric columns are left alone.
 */
import Papa from "papaparse";

import { EDGE_COLUMNS, NODE_COLUMNS, columnText, type Column } from "./attributes.js";
import type { ExportBundle, ExportOptions } from "./bundle.js";
import { describeEvidencePolicy, describeScope } from "./describe.js";
import { toExportGraph, type ExportEdge, type ExportGraph, type ExportNode } from "./prepare.js";
import { zipWithNativeDeflate } from "./zip.js";

/** Spreadsheets need no layout: nodes.csv has colour and size but no x/y (so no layout is computed). */
const CSV_NODE_COLUMNS = NODE_COLUMNS.filter((c) => c.name !== "x" && c.name !== "y");

/** Cells are strings (numbers pre-formatted) or null (empty). */
type Cell = string | null;

/**
 * Rows per unparse call: rows are generated lazily and written in batches, which keeps the live set
 * (and GC) small. Papa Parse quotes 2.4 million cells in about a third of csv-stringify's time.
 */
const CSV_BATCH = 2_000;

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

const num = (value: number | null): Cell => (value === null || !Number.isFinite(value) ? null : String(value));

const NEWLINE = "\r\n";

/**
 * One CSV file: BOM, header, then the rows, quoted batch by batch; every record ends with CRLF.
 * Each batch is encoded at once: one 40 MB string would be built, flattened and copied again.
 */
function toCsv(header: string[], rows: Iterable<Cell[]>, delimiter: string): Buffer {
  const options = { delimiter, newline: NEWLINE, header: false };
  const unparse = (batch: Cell[][]) => Buffer.from(Papa.unparse(batch, options) + NEWLINE, "utf8");
  const parts = [Buffer.from(`\uFEFF${Papa.unparse([header], options)}${NEWLINE}`, "utf8")];
  let batch: Cell[][] = [];
  for (const row of rows) {
    batch.push(row);
    if (batch.length === CSV_BATCH) {
      parts.push(unparse(batch));
      batch = [];
    }
  }
  if (batch.length > 0) parts.push(unparse(batch));
  return Buffer.concat(parts);
}

const NODE_HEADER = ["id", ...CSV_NODE_COLUMNS.map((c) => c.name)];

function* nodeRows(graph: ExportGraph): Generator<Cell[]> {
  for (const n of graph.nodes as ExportNode[]) yield [safeCell(n.id), ...CSV_NODE_COLUMNS.map((c) => cell(c, n))];
}

const EDGE_HEADER = ["id", "source", "sourceLabel", "target", "targetLabel", ...EDGE_COLUMNS.map((c) => c.name)];

function* edgeRows(graph: ExportGraph): Generator<Cell[]> {
  const label = (id: string) => safeCell(graph.nodeById.get(id)?.label ?? id);
  for (const e of graph.edges as ExportEdge[]) {
    yield [safeCell(e.id), safeCell(e.source), label(e.source), safeCell(e.target), label(e.target), ...EDGE_COLUMNS.map((c) => cell(c, e))];
  }
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

function* evidenceRows(graph: ExportGraph): Generator<Cell[]> {
  const text = (value: string | null) => (value === null || value === "" ? null : safeCell(value));
  for (const e of graph.edges) {
    const details = graph.details.get(e.id);
    if (!details) continue;
    const sourceLabel = graph.nodeById.get(e.source)?.label ?? e.source;
    const targetLabel = graph.nodeById.get(e.target)?.label ?? e.target;
    for (const v of details.evidence) {
      yield [
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
        num(v.confidence),
        text(v.id),
      ];
    }
  }
}

function* articleRows(graph: ExportGraph): Generator<Cell[]> {
  const text = (value: string | null) => (value === null || value === "" ? null : safeCell(value));
  for (const a of graph.articles.values()) yield [text(a.id), text(a.title), text(a.outlet), a.date, text(a.url), a.language];
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
  const graph = toExportGraph(bundle, { layout: false });
  const delimiter = options.csvDelimiter ?? ",";
  return zipWithNativeDeflate(
    [
      { name: "nodes.csv", content: toCsv(NODE_HEADER, nodeRows(graph), delimiter) },
      { name: "edges.csv", content: toCsv(EDGE_HEADER, edgeRows(graph), delimiter) },
      { name: "evidence.csv", content: toCsv(EVIDENCE_HEADER, evidenceRows(graph), delimiter) },
      { name: "articles.csv", content: toCsv(["id", "title", "outlet", "date", "url", "language"], articleRows(graph), delimiter) },
      { name: "about.txt", content: `\uFEFF${about(graph)}` },
    ],
    new Date(graph.meta.generatedAt),
  );
}
