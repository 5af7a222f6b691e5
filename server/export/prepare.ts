/**
 * Turns a bundle into the flat, display-ready graph every exporter writes from: one record per
 * entity (attributes, degree, colour, size, position) and per relation (provenance, event codes,
 * names of who alleges and denies, colour, thickness, time interval). Pure and deterministic.
 */
import {
  RELATION_TYPES,
  type ArticleRef,
  type EntityType,
  type PartialDate,
  type RelationDetails,
  type RelationStatus,
  type RelationType,
  type RelationTypeSpec,
} from "../../graph-schema/index.js";
import type { ExportBundle, ExportMeta, Point } from "./bundle.js";
import { daySpan, joinSpans, type DaySpan } from "./dates.js";
import { computeLayout } from "./layout.js";
import { edgeThickness, entityColor, isHexColor, nodeSize, normalizeHex, relationColor, statusStroke, type StatusStroke } from "./style.js";

export interface ExportNode {
  id: string;
  label: string;
  entityType: EntityType;
  aliases: string[];
  roles: string[];
  mentionCount: number;
  /** Relations of the exported subgraph touching the entity. */
  degree: number;
  color: string;
  size: number;
  x: number;
  y: number;
  /** Union of its relations' intervals, when every one of them has one (GEXF timeline). */
  interval: DaySpan | null;
}

export interface ExportEdge {
  id: string;
  source: string;
  target: string;
  relationType: RelationType;
  spec: RelationTypeSpec;
  /** False for symmetric relation types (MET_WITH, ...). */
  directed: boolean;
  status: RelationStatus;
  eventDate: PartialDate | null;
  firstReported: PartialDate | null;
  lastReported: PartialDate | null;
  sourceCount: number;
  outletCount: number;
  evidenceCount: number;
  articleIds: string[];
  claimIds: string[];
  allegedBy: string[];
  deniedBy: string[];
  allegedByNames: string[];
  deniedByNames: string[];
  confidence: number;
  curated: boolean;
  color: string;
  thickness: number;
  stroke: StatusStroke;
  /** Days covered on the export's clock (event date, or first..last report); null when undated. */
  interval: DaySpan | null;
}

export interface ExportGraph {
  nodes: ExportNode[];
  edges: ExportEdge[];
  nodeById: ReadonlyMap<string, ExportNode>;
  /** Relation details by relation id (evidence), when the bundle carries them. */
  details: ReadonlyMap<string, RelationDetails>;
  articles: ReadonlyMap<string, ArticleRef>;
  meta: ExportMeta;
  /** Which clock edge intervals follow. */
  clock: "event" | "report";
}

export interface PrepareOptions {
  /** Compute positions (every format but the Cypher script draws or carries them). */
  layout: boolean;
}

export function toExportGraph(bundle: ExportBundle, options: PrepareOptions = { layout: true }): ExportGraph {
  const { graph, view } = bundle;
  const clock = bundle.meta.scope.kind === "cypher" ? "event" : bundle.meta.scope.filter.clock;
  const names = new Map<string, string>();
  for (const p of bundle.parties) names.set(p.id, p.name);
  for (const n of graph.nodes) names.set(n.key, n.attributes?.label ?? n.key);
  const nameOf = (id: string) => names.get(id) ?? id;

  const edges: ExportEdge[] = graph.edges.map((e) => {
    const a = e.attributes;
    if (!a) throw new Error(`export: edge ${String(e.key)} has no attributes; bundles are built from graph payloads, which always carry them.`);
    const spec: RelationTypeSpec = RELATION_TYPES[a.relationType];
    const id = String(e.key ?? a.id);
    const viewColor = view.colors?.[id];
    const viewSize = view.sizes?.[id];
    return {
      id,
      source: e.source,
      target: e.target,
      relationType: a.relationType,
      spec,
      directed: !spec.symmetric,
      status: a.status,
      eventDate: a.eventDate,
      firstReported: a.firstReported,
      lastReported: a.lastReported,
      sourceCount: a.sourceCount,
      outletCount: a.outletCount,
      evidenceCount: a.evidenceCount,
      articleIds: a.articleIds,
      claimIds: a.claimIds,
      allegedBy: a.allegedBy,
      deniedBy: a.deniedBy,
      allegedByNames: a.allegedBy.map(nameOf),
      deniedByNames: a.deniedBy.map(nameOf),
      confidence: a.confidence,
      curated: a.curated === true,
      color: isHexColor(viewColor) ? normalizeHex(viewColor) : relationColor(a.relationType),
      thickness: typeof viewSize === "number" && viewSize > 0 ? viewSize : edgeThickness(a.sourceCount),
      stroke: statusStroke(a.status),
      interval: clock === "event" ? daySpan(a.eventDate) : reportSpan(a.firstReported, a.lastReported),
    };
  });

  const degree = new Map<string, number>();
  const intervals = new Map<string, DaySpan | null>();
  for (const e of edges) {
    for (const end of [e.source, e.target]) {
      degree.set(end, (degree.get(end) ?? 0) + 1);
      // A node is undated as soon as one of its relations is.
      const sofar = intervals.get(end);
      intervals.set(end, sofar === undefined ? e.interval : sofar && e.interval ? joinSpans(sofar, e.interval) : null);
    }
  }
  const maxDegree = Math.max(0, ...degree.values());
  const positions = options.layout ? layoutPositions(bundle, edges) : new Map<string, Point>();

  const nodes: ExportNode[] = graph.nodes.map((n) => {
    const a = n.attributes;
    const id = n.key;
    const viewColor = view.colors?.[id];
    const viewSize = view.sizes?.[id];
    const position = positions.get(id) ?? { x: 0, y: 0 };
    const entityType = a?.entityType ?? "Organization";
    return {
      id,
      label: a?.label ?? id,
      entityType,
      aliases: a?.aliases ?? [],
      roles: a?.roles ?? [],
      mentionCount: a?.mentionCount ?? 0,
      degree: degree.get(id) ?? 0,
      color: isHexColor(viewColor) ? normalizeHex(viewColor) : entityColor(entityType),
      size: typeof viewSize === "number" && viewSize > 0 ? viewSize : nodeSize(degree.get(id) ?? 0, maxDegree),
      x: position.x,
      y: position.y,
      interval: intervals.get(id) ?? null,
    };
  });

  return {
    nodes,
    edges,
    nodeById: new Map(nodes.map((n) => [n.id, n])),
    details: new Map(bundle.relations.map((r) => [r.id, r])),
    articles: new Map(bundle.articles.map((a) => [a.id, a])),
    meta: bundle.meta,
    clock,
  };
}

function reportSpan(first: PartialDate | null, last: PartialDate | null): DaySpan | null {
  const a = daySpan(first);
  const b = daySpan(last ?? first);
  return a && b ? { start: a.start, end: b.end } : (a ?? b);
}

function layoutPositions(bundle: ExportBundle, edges: ExportEdge[]): Map<string, Point> {
  const given = bundle.view.positions ?? {};
  return computeLayout({
    nodes: bundle.graph.nodes.map((n) => {
      const p = given[n.key];
      const stored = n.attributes && typeof n.attributes.x === "number" && typeof n.attributes.y === "number" ? { x: n.attributes.x, y: n.attributes.y } : null;
      return { id: n.key, position: p && Number.isFinite(p.x) && Number.isFinite(p.y) ? { x: p.x, y: p.y } : stored };
    }),
    edges: edges.map((e) => ({ source: e.source, target: e.target, weight: Math.max(1, e.sourceCount) })),
  });
}

/** The evidence of a relation in the bundle (empty when not loaded). */
export function evidenceOf(graph: ExportGraph, relationId: string): RelationDetails["evidence"] {
  return graph.details.get(relationId)?.evidence ?? [];
}
