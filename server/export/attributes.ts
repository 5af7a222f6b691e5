/**
 * The attribute tables of exported nodes and edges: one declaration gives the GraphML keys, the GEXF
 * attribute model and the CSV columns, so every tabular format carries the same fields with the same
 * names and types. `visual` columns are drawn by GEXF's viz elements instead of attributes.
 */
import type { ExportEdge, ExportNode } from "./prepare.js";

export type ColumnType = "string" | "int" | "double" | "boolean" | "list";
export type ColumnValue = string | number | boolean | readonly string[] | null;

export interface Column<T> {
  name: string;
  type: ColumnType;
  /** Carried by viz elements in GEXF (colour, size, position, weight). */
  visual?: boolean;
  get(item: T): ColumnValue;
}

export const NODE_COLUMNS: readonly Column<ExportNode>[] = [
  { name: "label", type: "string", get: (n) => n.label },
  { name: "entityType", type: "string", get: (n) => n.entityType },
  { name: "aliases", type: "list", get: (n) => n.aliases },
  { name: "roles", type: "list", get: (n) => n.roles },
  { name: "mentionCount", type: "int", get: (n) => n.mentionCount },
  { name: "degree", type: "int", get: (n) => n.degree },
  { name: "color", type: "string", visual: true, get: (n) => n.color },
  { name: "size", type: "double", visual: true, get: (n) => n.size },
  { name: "x", type: "double", visual: true, get: (n) => n.x },
  { name: "y", type: "double", visual: true, get: (n) => n.y },
];

export const EDGE_COLUMNS: readonly Column<ExportEdge>[] = [
  { name: "label", type: "string", get: (e) => e.spec.label },
  { name: "relationType", type: "string", get: (e) => e.relationType },
  { name: "directed", type: "boolean", get: (e) => e.directed },
  { name: "status", type: "string", get: (e) => e.status },
  { name: "eventDate", type: "string", get: (e) => e.eventDate },
  { name: "firstReported", type: "string", get: (e) => e.firstReported },
  { name: "lastReported", type: "string", get: (e) => e.lastReported },
  { name: "sourceCount", type: "int", get: (e) => e.sourceCount },
  { name: "outletCount", type: "int", get: (e) => e.outletCount },
  { name: "evidenceCount", type: "int", get: (e) => e.evidenceCount },
  { name: "confidence", type: "double", get: (e) => e.confidence },
  { name: "curated", type: "boolean", get: (e) => e.curated },
  { name: "articleIds", type: "list", get: (e) => e.articleIds },
  { name: "claimIds", type: "list", get: (e) => e.claimIds },
  { name: "allegedBy", type: "list", get: (e) => e.allegedBy },
  { name: "allegedByNames", type: "list", get: (e) => e.allegedByNames },
  { name: "deniedBy", type: "list", get: (e) => e.deniedBy },
  { name: "deniedByNames", type: "list", get: (e) => e.deniedByNames },
  { name: "cameo", type: "string", get: (e) => e.spec.cameo },
  { name: "ploverEventType", type: "string", get: (e) => e.spec.plover?.eventType ?? null },
  { name: "ploverExtension", type: "boolean", get: (e) => (e.spec.plover ? e.spec.plover.extension : null) },
  { name: "color", type: "string", visual: true, get: (e) => e.color },
  { name: "weight", type: "double", visual: true, get: (e) => e.sourceCount },
];

/** Separator of list values in formats without list types (GraphML, CSV). Ids never contain it. */
export const LIST_SEPARATOR = "|";

/** A value as text for GraphML and CSV; null for "no value" (the field is left out or empty). */
export function columnText(type: ColumnType, value: ColumnValue): string | null {
  if (value === null) return null;
  if (type === "list") return Array.isArray(value) && value.length > 0 ? value.join(LIST_SEPARATOR) : null;
  if (typeof value === "boolean") return value ? "true" : "false";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : null;
  return typeof value === "string" ? value : null;
}
