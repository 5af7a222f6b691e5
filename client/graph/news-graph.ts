/**
 * The explorer's one graphology instance: a mixed multigraph keyed by our stable ids (entity slugs,
 * relation keys), holding domain data only. Colours, sizes and highlight come from the reducers.
 * Payloads are merged in with graphology's merge verbs, so expanding a neighbourhood or loading a path
 * never duplicates a node or a relation, and positions already computed are kept.
 */
import { MultiGraph } from "graphology";

import { compareKeys, type EntityNodeAttributes, type GraphPayload, type RelationEdgeAttributes } from "../../graph-schema/index.js";

export type NodeAttributes = EntityNodeAttributes & { x: number; y: number; fixed?: boolean };
export type EdgeAttributes = RelationEdgeAttributes;
export type NewsGraph = MultiGraph<NodeAttributes, EdgeAttributes>;

export interface MergeReport {
  addedNodes: string[];
  addedEdges: string[];
}

export type PlaceNode = (key: string) => { x: number; y: number };

export function createNewsGraph(): NewsGraph {
  return new MultiGraph<NodeAttributes, EdgeAttributes>({ type: "mixed", allowSelfLoops: true });
}

/**
 * Merges a payload into the graph. Existing nodes keep their position; new nodes take the payload's
 * stored position when it has one, else `place(key)`. Edges are merged by key (the relation id):
 * a repeated relation updates its provenance attributes and is never added twice.
 */
export function mergePayload(graph: NewsGraph, payload: GraphPayload, place: PlaceNode): MergeReport {
  const report: MergeReport = { addedNodes: [], addedEdges: [] };
  for (const node of payload.nodes) {
    const attributes = node.attributes;
    if (!attributes) continue;
    if (graph.hasNode(node.key)) {
      const { x: _x, y: _y, ...data } = attributes;
      graph.mergeNodeAttributes(node.key, data);
      continue;
    }
    const position =
      typeof attributes.x === "number" && typeof attributes.y === "number"
        ? { x: attributes.x, y: attributes.y }
        : place(node.key);
    graph.addNode(node.key, { ...attributes, ...position });
    report.addedNodes.push(node.key);
  }
  for (const edge of payload.edges) {
    const attributes = edge.attributes;
    if (!attributes || !graph.hasNode(edge.source) || !graph.hasNode(edge.target)) continue;
    const key = edge.key ?? attributes.id;
    if (graph.hasEdge(key)) {
      graph.mergeEdgeAttributes(key, attributes);
      continue;
    }
    if (edge.undirected) graph.addUndirectedEdgeWithKey(key, edge.source, edge.target, attributes);
    else graph.addDirectedEdgeWithKey(key, edge.source, edge.target, attributes);
    report.addedEdges.push(key);
  }
  return report;
}

/**
 * Replaces the whole content (the same instance is refilled, so the renderer keeps its graph).
 * Items are inserted in key order: the database may list them in any order, and the deterministic
 * layout of a graph depends on its insertion order.
 */
export function replaceGraph(graph: NewsGraph, payload: GraphPayload, place: PlaceNode): MergeReport {
  graph.clear();
  return mergePayload(graph, { ...payload, nodes: inKeyOrder(payload.nodes), edges: inKeyOrder(payload.edges) }, place);
}

/** The items in key order: as they are when already so (the API sends them so), else a sorted copy. */
function inKeyOrder<T extends { key?: string }>(items: T[]): T[] {
  for (let i = 1; i < items.length; i++) {
    if (compareKeys(items[i - 1]?.key ?? "", items[i]?.key ?? "") > 0) return [...items].sort((a, b) => compareKeys(a.key ?? "", b.key ?? ""));
  }
  return items;
}

/** Whether every node of the payload carries a stored position (then no layout is needed on load). */
export function payloadHasPositions(payload: GraphPayload): boolean {
  return (
    payload.nodes.length > 0 &&
    payload.nodes.every((n) => typeof n.attributes?.x === "number" && typeof n.attributes?.y === "number")
  );
}
