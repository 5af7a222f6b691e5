/**
 * What the Export menu sends to POST /api/export (server/export/request.ts is the contract), from
 * the scope the user picked and a snapshot of what the explorer shows. Pure (unit-tested).
 *
 * - **Current view** is sent item by item: the entities on screen (`selection.entities`) and the
 *   relations on screen (`selection.relations`), so the export holds exactly what the view holds,
 *   whatever client-only filters (entity types, min degree, hidden nodes, focus) made it. The server
 *   also adds the relations among the listed entities that pass the filter sent along; when a filter
 *   the server does not know narrows relations (min sources, countries, undated hidden), only the
 *   entities without a visible relation are listed, so nothing is added. Positions, sizes (and colours
 *   when coloured by community) follow, so SVG and the report draw the picture the user sees. A view
 *   too large for the 1 MB request body falls back to the server-side filters alone, and says so.
 * - **Selection**: what the selection highlights (an entity and its visible relations, or a relation).
 * - **Ego network**: `filter.around` + `depth` (1-3) with the view's filters, computed by the server.
 * - **Last Cypher result**: the console's last successful query, re-run by the server's guards.
 * Non-entity nodes and non-relation edges a Cypher result may have drawn are never sent.
 */
import { isSafeId, type JsonValue, type RelationStatus, type RelationType } from "../../graph-schema/index.js";
import type { Clock } from "../state/app-state.js";

export type ExportScopeKind = "view" | "selection" | "ego" | "cypher";

export interface ExportFilterBody {
  types?: RelationType[];
  status?: RelationStatus[];
  clock: Clock;
  from?: string;
  to?: string;
  around?: string;
  depth?: number;
}

export interface ExportViewBody {
  positions?: Record<string, { x: number; y: number }>;
  colors?: Record<string, string>;
  sizes?: Record<string, number>;
}

export interface ExportRequestBody {
  format: string;
  filter?: ExportFilterBody;
  selection?: { entities: string[]; relations: string[] };
  cypher?: { query: string; params: Record<string, JsonValue> };
  view?: ExportViewBody;
  title?: string;
}

export interface SnapshotNode {
  id: string;
  x: number;
  y: number;
  /** Display colour (hex) and size, as drawn. */
  color: string;
  size: number;
}

export interface SnapshotEdge {
  id: string;
  source: string;
  target: string;
}

/** Entities and relations (only) of a set of items on screen. */
export interface ItemSet {
  nodes: readonly SnapshotNode[];
  edges: readonly SnapshotEdge[];
}

export interface ExportSnapshot {
  filters: { relationTypes: readonly RelationType[] | null; statuses: readonly RelationStatus[] | null };
  /** A filter the server does not apply narrows relations (min sources, countries, undated hidden). */
  clientOnlyRelationFilters: boolean;
  time: { clock: Clock; from: string | null; to: string | null };
  colorBy: "type" | "community";
  view: ItemSet;
  /** What the selection highlights; null without a selection. */
  highlighted: ItemSet | null;
  /** The selected entity (ego scope), with its name. */
  selectedEntity: { id: string; name: string } | null;
  cypher: { query: string; params: Record<string, JsonValue> } | null;
}

export interface BuiltRequest {
  body: ExportRequestBody;
  /** Things the user should know about this export (shown under the button). */
  notes: string[];
}

export type BuildResult = { ok: true; value: BuiltRequest } | { ok: false; message: string };

/** express.json's limit on the server is 1 MB; stay clear of it. */
export const MAX_BODY_BYTES = 950_000;
export const MAX_TITLE = 200;

const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;

export function filterBody(snapshot: Pick<ExportSnapshot, "filters" | "time">): ExportFilterBody {
  const body: ExportFilterBody = { clock: snapshot.time.clock };
  // An empty list means "all" to the server; the view sends its items anyway, so only non-empty lists go.
  if (snapshot.filters.relationTypes && snapshot.filters.relationTypes.length > 0) body.types = [...snapshot.filters.relationTypes];
  if (snapshot.filters.statuses && snapshot.filters.statuses.length > 0) body.status = [...snapshot.filters.statuses];
  if (snapshot.time.from) body.from = snapshot.time.from;
  if (snapshot.time.to) body.to = snapshot.time.to;
  return body;
}

export function viewBody(items: ItemSet, withColors: boolean): ExportViewBody {
  const positions: Record<string, { x: number; y: number }> = {};
  const sizes: Record<string, number> = {};
  const colors: Record<string, string> = {};
  for (const node of items.nodes) {
    if (Number.isFinite(node.x) && Number.isFinite(node.y)) positions[node.id] = { x: round(node.x), y: round(node.y) };
    if (node.size > 0 && node.size <= 1000) sizes[node.id] = round(node.size);
    if (withColors && /^#[0-9a-f]{6}$/i.test(node.color)) colors[node.id] = node.color;
  }
  return { positions, sizes, ...(withColors ? { colors } : {}) };
}

/** Relations by id, and the entities: all of them, or (`loneOnly`) those no listed relation touches. */
export function itemSelection(items: ItemSet, loneOnly: boolean): { entities: string[]; relations: string[] } {
  const relations = items.edges.map((e) => e.id).filter(isSafeId);
  const linked = new Set(loneOnly ? items.edges.flatMap((e) => [e.source, e.target]) : []);
  const entities = items.nodes.map((n) => n.id).filter((id) => !linked.has(id) && isSafeId(id));
  return { entities, relations };
}

export function defaultTitle(scope: ExportScopeKind, snapshot: ExportSnapshot, depth: number): string {
  switch (scope) {
    case "view":
      return `Current view: ${snapshot.view.nodes.length} entities, ${snapshot.view.edges.length} relations`;
    case "selection":
      return snapshot.selectedEntity ? `Selection: ${snapshot.selectedEntity.name} and its relations` : "Selected relation";
    case "ego":
      return snapshot.selectedEntity ? `Ego network of ${snapshot.selectedEntity.name} (${depth} ${depth === 1 ? "hop" : "hops"})` : "Ego network";
    case "cypher":
      return "Cypher query result";
    default: {
      const never: never = scope;
      return String(never);
    }
  }
}

const size = (body: ExportRequestBody) => new TextEncoder().encode(JSON.stringify(body)).length;

/** Drops the lightest-to-lose parts of the view (colours, sizes, then positions) until the body fits. */
function fit(body: ExportRequestBody, notes: string[]): ExportRequestBody | null {
  if (size(body) <= MAX_BODY_BYTES) return body;
  for (const drop of ["colors", "sizes", "positions"] as const) {
    if (!body.view) break;
    const { [drop]: _dropped, ...rest } = body.view;
    body = { ...body, view: rest };
    if (size(body) <= MAX_BODY_BYTES) {
      notes.push(
        {
          colors: "The view is large: the server picks the colours (entity types).",
          sizes: "The view is large: the server picks colours and sizes.",
          positions: "The view is large: the server lays it out again (positions left out).",
        }[drop],
      );
      return body;
    }
  }
  return null;
}

export function buildExportBody(
  scope: ExportScopeKind,
  format: string,
  snapshot: ExportSnapshot,
  options: { title: string; depth: number },
): BuildResult {
  const notes: string[] = [];
  const title = (options.title.trim() || defaultTitle(scope, snapshot, options.depth)).slice(0, MAX_TITLE);
  const withColors = snapshot.colorBy === "community";
  const base = { format, title };
  switch (scope) {
    case "view":
    case "selection": {
      const items = scope === "view" ? snapshot.view : snapshot.highlighted;
      if (!items) return { ok: false, message: "Select an entity or a relation first (click it in the graph)." };
      // A selection lists its relations: other relations among its entities are not part of it.
      const selection = itemSelection(items, scope === "selection" || snapshot.clientOnlyRelationFilters);
      if (selection.entities.length + selection.relations.length === 0) {
        return { ok: false, message: scope === "view" ? "Nothing on screen to export: the filters hide everything." : "The selection has no entity or relation to export." };
      }
      const body = fit({ ...base, filter: filterBody(snapshot), selection, view: viewBody(items, withColors) }, notes);
      if (body) return { ok: true, value: { body, notes } };
      if (scope === "selection") return { ok: false, message: "The selection is too large to send; export the current view or an ego network instead." };
      notes.push(
        `The view has too many relations (${selection.relations.length.toLocaleString("en-US")}) to send one by one: the export applies the relation type, status and time filters on the server; entity, country, degree and source filters are not applied.`,
      );
      return { ok: true, value: { body: { ...base, filter: filterBody(snapshot) }, notes } };
    }
    case "ego": {
      if (!snapshot.selectedEntity) return { ok: false, message: "Select an entity first: the ego network is built around it." };
      const depth = Math.min(3, Math.max(1, Math.round(options.depth)));
      const body = fit({ ...base, filter: { ...filterBody(snapshot), around: snapshot.selectedEntity.id, depth }, view: viewBody(snapshot.view, withColors) }, notes);
      return { ok: true, value: { body: body ?? { ...base, filter: { ...filterBody(snapshot), around: snapshot.selectedEntity.id, depth } }, notes } };
    }
    case "cypher":
      if (!snapshot.cypher) return { ok: false, message: "Run a query in the Cypher console first." };
      {
        const cypher = { query: snapshot.cypher.query, params: snapshot.cypher.params };
        const body = fit({ ...base, cypher, view: viewBody(snapshot.view, withColors) }, notes);
        return { ok: true, value: { body: body ?? { ...base, cypher }, notes } };
      }
    default: {
      const never: never = scope;
      return { ok: false, message: `unknown scope ${String(never)}` };
    }
  }
}
