/**
 * The CSV files a bulk import hands to `neo4j-admin database import`: one table per kind of record,
 * with the tool's typed headers. Each table maps a loader row to the same properties, with the same
 * types, that the Cypher loader writes (see load/cypher.ts), so both paths build the same graph.
 */
import Papa from "papaparse";

import type { ArticleRow, ArticleRows, EvidenceRow, MentionRow } from "../load/rows.js";
import type { EntityTotal, RelationTotal } from "./graph-totals.js";

/** Joins list elements inside one CSV field; chosen because article text never needs it (a control character). */
export const ARRAY_DELIMITER = "\u001f";

export type CsvValue = string | number | null;

export interface CsvTable<Row> {
  file: string;
  /** Kind of the file's records for the tool: nodes or relationships. */
  kind: "nodes" | "relationships";
  header: string[];
  /** Columns holding lists: an empty list is written as no value, so the loader sets it afterwards. */
  listColumns: string[];
  toValues(row: Row): CsvValue[];
}

const list = (values: readonly string[]): string | null => (values.length === 0 ? null : values.join(ARRAY_DELIMITER));

export interface ImportClock {
  /** ISO instant recorded as importedAt / createdAt / updatedAt, like Cypher's datetime(). */
  now: string;
}

export function articleTable(clock: ImportClock): CsvTable<ArticleRow> {
  return {
    file: "articles.csv",
    kind: "nodes",
    header: [
      "id:ID(Article)", "file", "title", "text", "url", "outlet", "outletKey", "date", "dateSource", "language",
      "contentHash", "extractorVersion", "importedAt:datetime", ":LABEL",
    ],
    listColumns: [],
    toValues: (a) => [
      a.id, a.file, a.title, a.text, a.url, a.outlet, a.outletKey, a.date, a.dateSource, a.language,
      a.contentHash, a.extractorVersion, clock.now, "Article",
    ],
  };
}

export function entityTable(clock: ImportClock): CsvTable<EntityTotal> {
  return {
    file: "entities.csv",
    kind: "nodes",
    header: ["id:ID(Entity)", "name", "type", "aliases:string[]", "roles:string[]", "aliasText", "createdAt:datetime", ":LABEL"],
    listColumns: ["aliases", "roles"],
    toValues: (e) => [
      e.id, e.name, e.type, list(e.aliases), list(e.roles),
      e.aliases.reduce((text, alias) => `${text} | ${alias}`, ""), clock.now, `Entity${ARRAY_DELIMITER}${e.type}`,
    ],
  };
}

export const evidenceTable: CsvTable<EvidenceRow> = {
  file: "evidence.csv",
  kind: "nodes",
  header: [
    "id:ID(Evidence)", "relationId", "articleId", "type", "sourceId", "targetId", "sourceName", "targetName", "status",
    "sentence", "start:double", "end:double", "triggers:string[]", "language", "eventDate", "reportDate", "outletKey",
    "confidence:double", "extractorVersion", "claimId", "role", ":LABEL",
  ],
  listColumns: ["triggers"],
  toValues: (v) => [
    v.id, v.relationId, v.articleId, v.type, v.sourceId, v.targetId, v.sourceName, v.targetName, v.status,
    v.sentence, v.start, v.end, list(v.triggers), v.language, v.eventDate, v.reportDate, v.outletKey,
    v.confidence, v.extractorVersion, v.claimId, v.role, "Evidence",
  ],
};

export const mentionTable: CsvTable<MentionRow> = {
  file: "mentions.csv",
  kind: "relationships",
  header: [":START_ID(Article)", ":END_ID(Entity)", "aliases:string[]", ":TYPE"],
  listColumns: ["aliases"],
  toValues: (m) => [m.articleId, m.entityId, list(m.aliases), "MENTIONS"],
};

export const statesTable: CsvTable<EvidenceRow> = {
  file: "states.csv",
  kind: "relationships",
  header: [":START_ID(Article)", ":END_ID(Evidence)", ":TYPE"],
  listColumns: [],
  toValues: (v) => [v.articleId, v.id, "STATES"],
};

export function relationTable(clock: ImportClock): CsvTable<RelationTotal> {
  return {
    file: "relations.csv",
    kind: "relationships",
    header: [
      ":START_ID(Entity)", ":END_ID(Entity)", ":TYPE", "id", "status", "createdAt:datetime", "version:long",
      "evidenceCount:long", "articleIds:string[]", "sourceCount:long", "outlets:string[]", "outletCount:long",
      "claimIds:string[]", "allegedBy:string[]", "deniedBy:string[]", "eventDate", "firstReported", "lastReported",
      "confidence:double", "updatedAt:datetime",
    ],
    listColumns: ["articleIds", "outlets", "claimIds", "allegedBy", "deniedBy"],
    toValues: (r) => [
      r.sourceId, r.targetId, r.type, r.id, r.status, clock.now, 0,
      r.evidenceCount, list(r.articleIds), r.articleIds.length, list(r.outlets), r.outlets.length,
      list(r.claimIds), list(r.allegedBy), list(r.deniedBy), r.eventDate, r.firstReported, r.lastReported,
      r.confidence, clock.now,
    ],
  };
}

/**
 * Encodes rows as CSV lines: every text quoted (so an empty string stays an empty string), a missing
 * value left empty (so the property is not set, as Cypher's SET skips nulls), numbers bare.
 */
export function toCsvLines(rows: readonly CsvValue[][]): string {
  if (rows.length === 0) return "";
  return Papa.unparse(rows as CsvValue[][], { quotes: (value: unknown) => typeof value === "string", newline: "\n", header: false }) + "\n";
}

/** A list element the tool would split in two: it holds the array delimiter (checked per article, before anything is written). */
export function splitsAList(rows: ArticleRows): boolean {
  const lists = [
    ...rows.entities.flatMap((e) => [...e.aliases, ...e.roles]),
    ...rows.evidence.flatMap((v) => [...v.triggers, v.outletKey, v.claimId ?? "", v.sourceId, v.targetId, v.articleId]),
  ];
  return lists.some((value) => value.includes(ARRAY_DELIMITER));
}
