/**
 * Puts a Cypher result into the explorer's one graph:
 *
 * - **Replace view**: the graph is refilled with the result (same instance, so sigma keeps it), the
 *   state that referred to the old graph (focus, path, selection, hidden nodes; pins stay) is cleared and
 *   filters and time window go back to their defaults, so what the query returned is what is drawn
 *   (min degree 0 when the result has lone nodes). Positions: cached for this node set, else a fresh layout.
 * - **Add to view**: only what is not loaded yet is added (loaded entities and relations keep their
 *   richer attributes and positions); new nodes start next to their loaded neighbours, then the
 *   layout runs briefly. Filters stay: the report says how many added nodes they hide.
 *
 * The model and the layout come in as small interfaces (apply-deps.ts binds the real ones), so this
 * file stays testable without a renderer or a worker.
 */
import type { GraphPayload } from "../../graph-schema/index.js";
import { replaceGraph, type NewsGraph } from "../graph/news-graph.js";
import { seededPosition } from "../layout/positions.js";
import { DEFAULT_FILTERS, DEFAULT_TIME, type AppState, type Store } from "../state/app-state.js";

export interface ApplyTarget {
  graph: NewsGraph;
  store: Store<AppState>;
  /** Recomputes everything derived from the graph (model.graphChanged). */
  graphChanged(): void;
  /** Nodes the current view shows. */
  visibleNodes(): ReadonlySet<string>;
}

export interface ApplyLayout {
  /** Positions a refilled graph (cached positions or a synchronous layout); true if it needs the worker. */
  initial(graph: NewsGraph): boolean;
  /** Runs the worker layout for a while, then stops it (which also caches the positions). */
  refine(ms: number): void;
  stop(): void;
  remember(graph: NewsGraph): void;
}

export interface ApplyDeps {
  target: ApplyTarget;
  layout: ApplyLayout;
  fit(): void;
}

export interface ApplyReport {
  mode: "replace" | "add";
  nodes: number;
  edges: number;
  addedNodes: number;
  addedEdges: number;
  /** Added (or, when replacing, result) nodes that the current filters hide. */
  hiddenNodes: number;
}

/** How long the worker layout runs after adding to the view, or after replacing with a large graph. */
export const LAYOUT_AFTER_APPLY_MS = 2500;

function hasLoneNodes(payload: GraphPayload): boolean {
  const linked = new Set(payload.edges.flatMap((e) => [e.source, e.target]));
  return payload.nodes.some((n) => !linked.has(n.key));
}

export function replaceView(deps: ApplyDeps, payload: GraphPayload): ApplyReport {
  const { target, layout } = deps;
  const { graph, store } = target;
  layout.stop();
  store.set((state) => ({
    focus: null,
    path: null,
    selection: null,
    hidden: [],
    filters: { ...DEFAULT_FILTERS, minDegree: hasLoneNodes(payload) ? 0 : DEFAULT_FILTERS.minDegree },
    time: { ...DEFAULT_TIME, clock: state.time.clock },
  }));
  replaceGraph(graph, payload, (key) => seededPosition(key));
  const needsWorker = layout.initial(graph);
  target.graphChanged();
  if (needsWorker) layout.refine(LAYOUT_AFTER_APPLY_MS * 2);
  deps.fit();
  const visible = target.visibleNodes();
  return { mode: "replace", nodes: graph.order, edges: graph.size, addedNodes: graph.order, addedEdges: graph.size, hiddenNodes: graph.order - visible.size };
}

/** Starting point of a new node: the centre of its already placed neighbours, else the seeded disc. */
function placeNear(graph: NewsGraph, key: string, neighbours: readonly string[], spread: number): { x: number; y: number } {
  const placed = neighbours.filter((n) => graph.hasNode(n)).map((n) => graph.getNodeAttributes(n));
  if (placed.length === 0) return seededPosition(key, spread * 3);
  const x = placed.reduce((sum, p) => sum + p.x, 0) / placed.length;
  const y = placed.reduce((sum, p) => sum + p.y, 0) / placed.length;
  return seededPosition(key, spread, { x, y });
}

export function addToView(deps: ApplyDeps, payload: GraphPayload): ApplyReport {
  const { target, layout } = deps;
  const { graph } = target;
  const neighbours = new Map<string, string[]>();
  for (const e of payload.edges) {
    neighbours.set(e.source, [...(neighbours.get(e.source) ?? []), e.target]);
    neighbours.set(e.target, [...(neighbours.get(e.target) ?? []), e.source]);
  }
  const spread = Math.max(1, Math.sqrt(graph.order)) * 4;
  const linkedToGraph = (key: string) => Number((neighbours.get(key) ?? []).some((n) => graph.hasNode(n)));
  // Nodes with a loaded neighbour first, so chains grow outwards from the loaded graph.
  const pending = payload.nodes.filter((n) => n.attributes && !graph.hasNode(n.key)).sort((a, b) => linkedToGraph(b.key) - linkedToGraph(a.key));
  const addedNodes: string[] = [];
  for (const node of pending) {
    if (!node.attributes) continue;
    graph.addNode(node.key, { ...node.attributes, ...placeNear(graph, node.key, neighbours.get(node.key) ?? [], spread) });
    addedNodes.push(node.key);
  }
  let addedEdges = 0;
  for (const edge of payload.edges) {
    const key = edge.key ?? edge.attributes?.id;
    if (!key || !edge.attributes || graph.hasEdge(key) || !graph.hasNode(edge.source) || !graph.hasNode(edge.target)) continue;
    if (edge.undirected) graph.addUndirectedEdgeWithKey(key, edge.source, edge.target, edge.attributes);
    else graph.addDirectedEdgeWithKey(key, edge.source, edge.target, edge.attributes);
    addedEdges += 1;
  }
  if (addedNodes.length > 0 || addedEdges > 0) {
    target.graphChanged();
    layout.remember(graph);
    if (addedNodes.length > 0) layout.refine(LAYOUT_AFTER_APPLY_MS);
  }
  const visible = target.visibleNodes();
  return {
    mode: "add",
    nodes: graph.order,
    edges: graph.size,
    addedNodes: addedNodes.length,
    addedEdges,
    hiddenNodes: addedNodes.filter((n) => !visible.has(n)).length,
  };
}
