/**
 * The view: which nodes and edges are shown for the current AppState. Computed in one pass over the
 * graph whenever the state or the graph changes; reducers and counts read it, the graph is never
 * mutated by filtering (STYLE §1.4).
 *
 * Order: node filters -> edge filters (both ends must pass) -> degree over the surviving edges ->
 * min degree. Forced items (selection, focus centre, pinned nodes, the current path) bypass filters:
 * what the user explicitly asked for is always on screen.
 */
import type { AppState } from "../state/app-state.js";
import { createEdgePredicate, createNodePredicate, type FilterContext } from "../state/filters.js";
import { egoNodes } from "./ego.js";
import type { NewsGraph } from "./news-graph.js";

export interface GraphView {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
  /** Degree over the visible edges. */
  degree: ReadonlyMap<string, number>;
}

export interface ForcedItems {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
}

export const NOTHING_FORCED: ForcedItems = { nodes: new Set(), edges: new Set() };

/** Nodes and edges the state itself asks to keep visible. */
export function forcedByState(state: AppState, extra: ForcedItems = NOTHING_FORCED): ForcedItems {
  const nodes = new Set<string>([...extra.nodes, ...state.pinned]);
  const edges = new Set<string>(extra.edges);
  if (state.selection?.kind === "node") nodes.add(state.selection.id);
  if (state.selection?.kind === "edge") edges.add(state.selection.id);
  if (state.focus) nodes.add(state.focus.id);
  return { nodes, edges };
}

export function computeView(graph: NewsGraph, state: AppState, ctx: FilterContext, forced: ForcedItems): GraphView {
  const ego = state.focus ? egoNodes(graph, state.focus.id, state.focus.depth) : null;
  const nodeOk = createNodePredicate(state, ego);
  const edgeOk = createEdgePredicate(state, ctx);
  const forcedNodes = new Set<string>();
  for (const node of forced.nodes) if (graph.hasNode(node)) forcedNodes.add(node);
  for (const edge of forced.edges) {
    if (!graph.hasEdge(edge)) continue;
    forcedNodes.add(graph.source(edge));
    forcedNodes.add(graph.target(edge));
  }

  const base = new Set<string>(forcedNodes);
  graph.forEachNode((node, attrs) => {
    if (nodeOk(node, attrs)) base.add(node);
  });

  const candidates: string[] = [];
  const candidateEnds: string[] = [];
  const candidateDegree = new Map<string, number>();
  const bump = (map: Map<string, number>, node: string) => map.set(node, (map.get(node) ?? 0) + 1);
  graph.forEachEdge((edge, attrs, source, target) => {
    const keep = forced.edges.has(edge) || (base.has(source) && base.has(target) && edgeOk(attrs, source, target));
    if (!keep) return;
    candidates.push(edge);
    candidateEnds.push(source, target);
    bump(candidateDegree, source);
    if (target !== source) bump(candidateDegree, target);
  });

  const minDegree = state.filters.minDegree;
  const nodes = new Set<string>();
  let droppedAnEnd = false;
  for (const node of base) {
    if (forcedNodes.has(node) || (candidateDegree.get(node) ?? 0) >= minDegree) nodes.add(node);
    else if (candidateDegree.has(node)) droppedAnEnd = true;
  }
  // Usually min degree drops only isolated nodes: the candidates are then the view's edges as they are.
  if (!droppedAnEnd) return { nodes, edges: new Set(candidates), degree: candidateDegree };

  const edges = new Set<string>();
  const degree = new Map<string, number>();
  candidates.forEach((edge, i) => {
    const source = candidateEnds[2 * i] as string;
    const target = candidateEnds[2 * i + 1] as string;
    if (!nodes.has(source) || !nodes.has(target)) return;
    edges.add(edge);
    bump(degree, source);
    if (target !== source) bump(degree, target);
  });
  return { nodes, edges, degree };
}

/** Counts per attribute value among the visible items, for live counts next to each filter. */
export function countVisible(graph: NewsGraph, view: GraphView) {
  const relationTypes = new Map<string, number>();
  const statuses = new Map<string, number>();
  const entityTypes = new Map<string, number>();
  const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
  for (const edge of view.edges) {
    const attrs = graph.getEdgeAttributes(edge);
    bump(relationTypes, attrs.relationType);
    bump(statuses, attrs.status);
  }
  for (const node of view.nodes) bump(entityTypes, graph.getNodeAttribute(node, "entityType"));
  return { relationTypes, statuses, entityTypes };
}
