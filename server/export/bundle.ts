/**
 * What every exporter receives: the subgraph (graphology serialized, as GET /api/graph sends it),
 * the relations' details with their evidence, the articles they cite, the parties named in
 * allegedBy/deniedBy, the explorer's view (positions, colours, sizes) and where it all came from.
 * Plain data: exporters are pure functions of a bundle.
 */
import type { ArticleRef, EntityRef, GraphPayload, RelationDetails, RelationStatus, RelationType } from "../../graph-schema/index.js";

export interface Point {
  x: number;
  y: number;
}

/** How the explorer shows the subgraph; everything optional, keyed by node or edge id. */
export interface ExportView {
  positions?: Readonly<Record<string, Point>>;
  /** Hex colours ("#1f77b4") by node or edge id. */
  colors?: Readonly<Record<string, string>>;
  /** Node sizes (radius in px at the SVG's scale) or edge thickness, by id. */
  sizes?: Readonly<Record<string, number>>;
}

/** The filters of GET /api/graph, resolved to defaults. */
export interface ExportFilter {
  types: RelationType[];
  statuses: RelationStatus[];
  clock: "event" | "report";
  from: string | null;
  to: string | null;
}

/** Where the subgraph came from; names the file and heads the report. */
export type ExportScope =
  | { kind: "graph"; filter: ExportFilter }
  | { kind: "ego"; filter: ExportFilter; centre: EntityRef; depth: number }
  | { kind: "selection"; filter: ExportFilter; entities: string[]; relations: string[] }
  | { kind: "cypher"; query: string };

/**
 * How much evidence the bundle carries. `complete`: every statement of every relation; `capped`: the
 * most recent `perRelation` statements of each (large exports); `none`: the format needs none.
 */
export type EvidencePolicy =
  | { kind: "none" }
  | { kind: "complete" }
  | { kind: "capped"; perRelation: number; reason: string };

export interface ExportMeta {
  title: string;
  /** ISO timestamp; also the date in the file name. */
  generatedAt: string;
  scope: ExportScope;
  evidence: EvidencePolicy;
  /** Things the reader should know (cut results, entities not found, left-out nodes). */
  notes: string[];
}

export interface ExportBundle {
  graph: GraphPayload;
  /** Details of the graph's relations; may be empty when the format needs no evidence. */
  relations: RelationDetails[];
  /** Every article cited by a relation of the graph (when evidence was loaded). */
  articles: ArticleRef[];
  /** Entities named in relations' allegedBy / deniedBy, to print names instead of ids. */
  parties: EntityRef[];
  view: ExportView;
  meta: ExportMeta;
}

/** Options of one export call; each format reads the ones it knows. */
export interface ExportOptions {
  /** CSV field delimiter: "," (default) or ";" for spreadsheet locales that expect it. */
  csvDelimiter?: "," | ";";
  /**
   * GraphML: write every edge as directed, without `directed="false"` on symmetric relations (their
   * `directed` data value still says false). For NetworkX, whose reader refuses mixed graphs.
   */
  directedOnly?: boolean;
  /** Cypher script: also create :Article and :Evidence nodes (default true when evidence is loaded). */
  includeProvenance?: boolean;
}
