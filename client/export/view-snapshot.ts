/**
 * What the explorer shows right now, as plain data for the Export menu: the visible entities (with
 * position, colour and size as drawn) and relations, what the selection highlights, the selected
 * entity, the filters and the console's last query. Nodes and edges that a Cypher result added but
 * that are not entities or relations (articles, evidence, MENTIONS, ...) are left out: exports are
 * about entities and relations.
 */
import { isEntityType, isRelationType } from "../../graph-schema/index.js";
import { displayStatus, type DisplayStatus } from "../graph/denials.js";
import type { ExplorerModel } from "../model.js";
import { nodeColor } from "../render/reducers.js";
import { lastCypherRun } from "../console/session.js";
import type { LegendInput } from "./legend-layout.js";
import type { ExportSnapshot, ItemSet, SnapshotEdge, SnapshotNode } from "./request.js";

function items(model: ExplorerModel, nodeIds: Iterable<string>, edgeIds: Iterable<string>): ItemSet {
  const { graph } = model;
  const ctx = model.renderContext();
  const nodes: SnapshotNode[] = [];
  for (const id of nodeIds) {
    if (!graph.hasNode(id)) continue;
    const attrs = graph.getNodeAttributes(id);
    if (!isEntityType(attrs.entityType)) continue;
    nodes.push({ id, x: attrs.x, y: attrs.y, color: nodeColor(id, attrs, ctx), size: model.sizeOf(id) });
  }
  const entities = new Set(nodes.map((n) => n.id));
  const edges: SnapshotEdge[] = [];
  for (const id of edgeIds) {
    if (!graph.hasEdge(id)) continue;
    const source = graph.source(id);
    const target = graph.target(id);
    if (!isRelationType(graph.getEdgeAttribute(id, "relationType")) || !entities.has(source) || !entities.has(target)) continue;
    edges.push({ id, source, target });
  }
  return { nodes, edges };
}

export function takeSnapshot(model: ExplorerModel): ExportSnapshot {
  const { graph, store } = model;
  const state = store.get();
  const view = model.view();
  const selection = state.selection;
  const selectedEntity =
    selection?.kind === "node" && graph.hasNode(selection.id) && isEntityType(graph.getNodeAttribute(selection.id, "entityType"))
      ? { id: selection.id, name: graph.getNodeAttribute(selection.id, "label") }
      : null;
  // The selection's highlight (hover aside): the entity with its visible relations, or the relation and its ends.
  let highlighted: ItemSet | null = null;
  if (selection?.kind === "node" && graph.hasNode(selection.id)) {
    const edges = graph.edges(selection.id).filter((edge) => view.edges.has(edge));
    const nodes = new Set([selection.id, ...edges.flatMap((edge) => [graph.source(edge), graph.target(edge)])]);
    highlighted = items(model, nodes, edges);
  } else if (selection?.kind === "edge" && graph.hasEdge(selection.id)) {
    highlighted = items(model, [graph.source(selection.id), graph.target(selection.id)], [selection.id]);
  }
  const run = lastCypherRun();
  return {
    filters: { relationTypes: state.filters.relationTypes, statuses: state.filters.statuses },
    clientOnlyRelationFilters: state.filters.minSources > 1 || state.filters.countries.length > 0 || !state.time.keepUndated,
    time: { clock: state.time.clock, from: state.time.from, to: state.time.to },
    colorBy: state.colorBy,
    view: items(model, view.nodes, view.edges),
    highlighted,
    selectedEntity,
    cypher: run ? { query: run.query, params: run.params } : null,
  };
}

/** What the PNG's legend lists: only what the view draws. */
export function legendInputFor(model: ExplorerModel): LegendInput {
  const { graph, store } = model;
  const state = store.get();
  const view = model.view();
  const ctx = model.renderContext();
  const entityTypes = new Set<string>();
  const otherNodeLabels = new Set<string>();
  for (const node of view.nodes) {
    const type = graph.getNodeAttribute(node, "entityType");
    (isEntityType(type) ? entityTypes : otherNodeLabels).add(type);
  }
  const relationTypes = new Set<string>();
  const otherEdgeTypes = new Set<string>();
  const statuses = new Set<DisplayStatus>();
  for (const edge of view.edges) {
    const attrs = graph.getEdgeAttributes(edge);
    if (isRelationType(attrs.relationType)) {
      relationTypes.add(attrs.relationType);
      statuses.add(displayStatus(attrs, ctx.denials, ctx.asOf));
    } else otherEdgeTypes.add(attrs.relationType);
  }
  const communities = state.colorBy === "community" ? (model.derived().communities?.count ?? null) : null;
  return { entityTypes, otherNodeLabels, relationTypes, otherEdgeTypes, statuses, communities, sizeBy: state.sizeBy };
}
