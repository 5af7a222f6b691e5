/**
 * Shapes of the HTTP API's JSON responses, shared by server (producer) and client (consumer).
 */
import type { Language } from "./article.js";
import type { PartialDate } from "./dates.js";
import type { EntityType } from "./entities.js";
import type { GraphPayload } from "./graph-payload.js";
import type { Evidence, RelationProvenance } from "./provenance.js";
import type { RelationType } from "./relations.js";

export interface ApiErrorBody {
  error: {
    /** Machine-readable kind ("bad-request", "not-found", "neo4j-unavailable", ...). */
    kind: string;
    message: string;
    details?: unknown;
  };
}

export interface HealthBody {
  status: "ok" | "degraded";
  neo4j: { connected: boolean; version: string | null; embedded: boolean; uri: string; reason?: string };
  counts: { articles: number; entities: number; relations: number; evidence: number } | null;
  schemaVersion: number | null;
}

export interface EntityRef {
  id: string;
  name: string;
  entityType: EntityType;
}

export interface ArticleRef {
  id: string;
  title: string;
  outlet: string | null;
  url: string | null;
  date: PartialDate | null;
  language: Language;
}

export interface EvidenceView extends Evidence {
  article: ArticleRef;
}

export interface RelationDetails extends RelationProvenance {
  relationType: RelationType;
  source: EntityRef;
  target: EntityRef;
  /** Who alleges / denies it, resolved to names (from `allegedBy` / `deniedBy`). */
  allegers: EntityRef[];
  deniers: EntityRef[];
  evidence: EvidenceView[];
}

export interface EntityDetails {
  entity: EntityRef & { aliases: string[]; roles: string[]; mentionCount: number; curated?: boolean; version?: number };
  relations: RelationDetails[];
}

export interface SearchHit extends EntityRef {
  aliases: string[];
  /** The name or alias that matched the query. */
  matched: string;
  score: number;
}

export interface SearchBody {
  query: string;
  results: SearchHit[];
}

export interface ArticleView extends ArticleRef {
  text: string;
  dateSource: string;
  contentHash: string;
  /** Evidence stated by this article, with offsets into `text` for highlighting. */
  evidence: Pick<Evidence, "id" | "relationId" | "type" | "sourceId" | "targetId" | "status" | "start" | "end" | "triggers">[];
}

export interface PathHop {
  from: EntityRef;
  to: EntityRef;
  relation: RelationDetails;
}

export interface PathBody {
  from: EntityRef;
  to: EntityRef;
  /** Null when no path exists within the depth bound. */
  hops: PathHop[] | null;
  graph: GraphPayload;
}

/**
 * Default relation limits of GET /api/graph. An ego network in a dense corpus holds most of the graph
 * (a depth-1 ego of a country can carry 20,000 relations among its neighbours): it is cut to the
 * relations touching the centre first, then the best-sourced, and says so (`truncated`).
 */
export const GRAPH_RELATION_LIMITS = { whole: 50_000, ego: 1_000, max: 50_000 } as const;

/**
 * GET /api/graph lists at most this many `articleIds` per relation (`sourceCount` says how many there
 * are; /api/relations/:id gives the evidence, exports list every id).
 */
export const GRAPH_ARTICLE_IDS_PER_RELATION = 20;

/**
 * GET /api/entities/:id gives each relation's first few evidence statements, as many as the Details
 * panel shows (`evidenceCount` says how many there are; /api/relations/:id gives them all). A hub of a
 * large corpus has 500 relations on the panel; ten statements each made its answer 3 MB.
 */
export const ENTITY_EVIDENCE_PER_RELATION = 3;

/** Filters of GET /api/graph (and of exports of the "current view"). */
export interface GraphQuery {
  types?: RelationType[];
  status?: string[];
  /** Which clock `from`/`to` apply to. */
  clock?: "event" | "report";
  from?: PartialDate;
  to?: PartialDate;
  around?: string;
  depth?: number;
  /** Most relations to send, the strongest first (see GRAPH_RELATION_LIMITS). */
  limit?: number;
}

/** A JSON value as the Cypher console returns it (Neo4j values converted once on the server). */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

export interface CypherNodeAttributes {
  label: string;
  labels: string[];
  /** Set for `:Entity` nodes, so the explorer can style them like the rest of the graph. */
  entityType: EntityType | null;
  properties: Record<string, JsonValue>;
}

export interface CypherEdgeAttributes {
  relationType: string;
  properties: Record<string, JsonValue>;
}

export interface CypherRequest {
  query: string;
  params?: Record<string, JsonValue>;
}

export interface CypherResponse {
  columns: string[];
  /** One object per record, keyed by column. Nodes are {id, labels, properties}, relationships {id, type, start, end, properties}. */
  rows: Record<string, JsonValue>[];
  /** Every node, relationship and path found anywhere in the result. */
  graph: import("graphology-types").SerializedGraph<CypherNodeAttributes, CypherEdgeAttributes>;
  summary: {
    timeMs: number;
    rows: number;
    truncated: boolean;
    truncatedReason: "row-cap" | "size-cap" | null;
  };
}

/** One entry of the audit trail: who changed what, when and why. */
export interface CurationRecord {
  id: string;
  kind: CurationKind;
  targetType: "relation" | "entity" | "article";
  targetId: string;
  relatedIds: string[];
  analyst: string;
  at: string;
  comment: string | null;
  before: JsonValue;
  after: JsonValue;
}

export type CurationKind =
  | "reject-relation"
  | "restore-relation"
  | "correct-relation"
  | "add-relation"
  | "merge-entities"
  | "split-entity"
  | "add-alias"
  | "import-article";

/** A review decision on an uploaded article's extraction; relations are named by their draft key. */
export type ReviewDecision =
  | { kind: "reject-relation"; key: string; comment?: string }
  | { kind: "correct-relation"; key: string; type?: RelationType; swap?: boolean; status?: import("./statuses.js").RelationStatus; comment?: string }
  | { kind: "merge-entity"; name: string; into: string; comment?: string }
  | { kind: "add-alias"; name: string; alias: string; comment?: string };
