/**
 * Writes a corpus as the bulk importer's CSV files, an article at a time: articles, evidence, mentions
 * and STATES links stream to disk; entities and relations are merged in memory (a few per article,
 * bounded by the graph, not the corpus) and written at the end with their totals.
 */
import { closeSync, mkdirSync, openSync, writeSync } from "node:fs";
import { join } from "node:path";

import type { ArticleRow, ArticleRows, EvidenceRow, MentionRow } from "../load/rows.js";
import { toIncrements } from "../load/increments.js";
import {
  articleTable,
  entityTable,
  evidenceTable,
  mentionTable,
  relationTable,
  splitsAList,
  statesTable,
  toCsvLines,
  type CsvTable,
  type CsvValue,
  type ImportClock,
} from "./csv-tables.js";
import { GraphTotals } from "./graph-totals.js";

export interface BulkFile {
  path: string;
  kind: "nodes" | "relationships";
}

export interface BulkCsvSummary {
  files: BulkFile[];
  articles: number;
  entities: number;
  relations: number;
  evidence: number;
  /** Per node label or relationship kind, the list properties some record left empty (see csv-tables.ts). */
  emptyLists: EmptyLists;
}

export interface EmptyLists {
  Entity: string[];
  Evidence: string[];
  MENTIONS: string[];
  relations: string[];
}

/** Rows are encoded a thousand at a time and written a megabyte at a time. */
const ROWS_PER_ENCODE = 1000;
const BYTES_PER_WRITE = 1 << 20;

class TableFile<Row> {
  readonly path: string;
  private readonly fd: number;
  private rows: CsvValue[][] = [];
  private text: string[] = [];
  private textLength = 0;
  private readonly listIndexes: { column: string; index: number }[];
  readonly emptyLists = new Set<string>();

  constructor(dir: string, readonly table: CsvTable<Row>) {
    this.path = join(dir, table.file);
    this.fd = openSync(this.path, "w");
    const names = table.header.map((h) => h.split(":")[0] ?? h);
    this.listIndexes = table.listColumns.map((column) => ({ column, index: names.indexOf(column) }));
    this.pushText(`${table.header.join(",")}\n`);
  }

  add(row: Row): void {
    const values = this.table.toValues(row);
    for (const { column, index } of this.listIndexes) if (values[index] === null) this.emptyLists.add(column);
    this.rows.push(values);
    if (this.rows.length >= ROWS_PER_ENCODE) this.encode();
  }

  close(): void {
    this.encode();
    this.flush();
    closeSync(this.fd);
  }

  private encode(): void {
    this.pushText(toCsvLines(this.rows));
    this.rows = [];
  }

  private pushText(text: string): void {
    this.text.push(text);
    this.textLength += text.length;
    if (this.textLength >= BYTES_PER_WRITE) this.flush();
  }

  private flush(): void {
    if (this.text.length === 0) return;
    writeSync(this.fd, this.text.join(""));
    this.text = [];
    this.textLength = 0;
  }
}

export type AddOutcome = { ok: true } | { ok: false; message: string };

export class BulkCsvWriter {
  private readonly totals = new GraphTotals();
  private readonly seenArticles = new Map<string, string>();
  private readonly articles: TableFile<ArticleRow>;
  private readonly evidence: TableFile<EvidenceRow>;
  private readonly mentions: TableFile<MentionRow>;
  private readonly states: TableFile<EvidenceRow>;
  private evidenceCount = 0;

  constructor(private readonly dir: string, private readonly clock: ImportClock) {
    mkdirSync(dir, { recursive: true });
    this.articles = new TableFile(dir, articleTable(clock));
    this.evidence = new TableFile(dir, evidenceTable);
    this.mentions = new TableFile(dir, mentionTable);
    this.states = new TableFile(dir, statesTable);
  }

  /** Adds one article, or refuses it whole with the reason (nothing of it is written). */
  add(rows: ArticleRows): AddOutcome {
    const earlier = this.seenArticles.get(rows.article.id);
    if (earlier !== undefined) return { ok: false, message: `same article as ${earlier} (a bulk import keeps the first)` };
    if (splitsAList(rows)) return { ok: false, message: "holds the control character U+001F, which the bulk importer uses to separate list items" };
    this.seenArticles.set(rows.article.id, rows.article.file);
    this.articles.add(rows.article);
    for (const v of rows.evidence) {
      this.evidence.add(v);
      this.states.add(v);
    }
    for (const m of rows.mentions) this.mentions.add(m);
    this.totals.addEntities(rows.entities);
    this.totals.addIncrements(toIncrements(rows.evidence));
    this.evidenceCount += rows.evidence.length;
    return { ok: true };
  }

  /** Writes entities and relations with their totals and closes every file. */
  finish(): BulkCsvSummary {
    const entities = new TableFile(this.dir, entityTable(this.clock));
    for (const entity of this.totals.entityTotals()) entities.add(entity);
    const relations = new TableFile(this.dir, relationTable(this.clock));
    for (const relation of this.totals.relationTotals()) relations.add(relation);
    const files = [this.articles, entities, this.evidence, this.mentions, this.states, relations];
    for (const file of files) file.close();
    return {
      files: files.map((f) => ({ path: f.path, kind: f.table.kind })),
      articles: this.seenArticles.size,
      entities: this.totals.entityCount,
      relations: this.totals.relationCount,
      evidence: this.evidenceCount,
      emptyLists: {
        Entity: [...entities.emptyLists],
        Evidence: [...this.evidence.emptyLists],
        MENTIONS: [...this.mentions.emptyLists],
        relations: [...relations.emptyLists],
      },
    };
  }

  /** Closes the files without finishing (the import was abandoned). */
  abandon(): void {
    for (const file of [this.articles, this.evidence, this.mentions, this.states]) file.close();
  }
}
