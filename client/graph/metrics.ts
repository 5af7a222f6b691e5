/**
 * Analysis metrics (graphology-metrics, graphology-communities-louvain) over simple projections of the
 * multigraph: the metrics packages expect at most one edge per pair, so parallel relations become one
 * edge weighted by their number. Degree is read on the multigraph (one per relation).
 * Compute functions return maps; nothing is written back into the graph (display reads the maps).
 */
import { DirectedGraph, UndirectedGraph } from "graphology";
import louvain from "graphology-communities-louvain";
import betweennessCentrality from "graphology-metrics/centrality/betweenness";
import pagerank from "graphology-metrics/centrality/pagerank";

import { seededRandom } from "../layout/positions.js";
import type { NewsGraph } from "./news-graph.js";

export interface CommunityResult {
  communities: Map<string, number>;
  count: number;
  modularity: number;
}

/** Above this many nodes betweenness (O(V·E)) asks for confirmation first. */
export const BETWEENNESS_CONFIRM_ABOVE = 3000;

export function computeDegree(graph: NewsGraph): Map<string, number> {
  const degree = new Map<string, number>();
  graph.forEachNode((node) => degree.set(node, graph.degree(node)));
  return degree;
}

function projectUndirected(graph: NewsGraph): UndirectedGraph {
  const simple = new UndirectedGraph();
  graph.forEachNode((node) => simple.addNode(node));
  graph.forEachEdge((_edge, _attrs, source, target) => {
    if (source === target) return;
    simple.updateEdge(source, target, (attrs) => ({ weight: ((attrs["weight"] as number | undefined) ?? 0) + 1 }));
  });
  return simple;
}

function projectDirected(graph: NewsGraph): DirectedGraph {
  const simple = new DirectedGraph();
  graph.forEachNode((node) => simple.addNode(node));
  const add = (source: string, target: string) =>
    simple.updateEdge(source, target, (attrs) => ({ weight: ((attrs["weight"] as number | undefined) ?? 0) + 1 }));
  graph.forEachEdge((edge, _attrs, source, target) => {
    if (source === target) return;
    add(source, target);
    if (graph.isUndirected(edge)) add(target, source);
  });
  return simple;
}

const toMap = (record: Record<string, number>) => new Map(Object.entries(record));

export function computePagerank(graph: NewsGraph): Map<string, number> {
  if (graph.order === 0) return new Map();
  return toMap(pagerank(projectDirected(graph), { getEdgeWeight: "weight" }));
}

export function computeBetweenness(graph: NewsGraph): Map<string, number> {
  if (graph.order === 0) return new Map();
  return toMap(betweennessCentrality(projectUndirected(graph), { getEdgeWeight: null, normalized: true }));
}

/** Louvain with a seeded RNG, so the same graph gets the same communities on every load. */
export function computeCommunities(graph: NewsGraph, seed = 42): CommunityResult {
  if (graph.order === 0) return { communities: new Map(), count: 0, modularity: 0 };
  const simple = projectUndirected(graph);
  if (simple.size === 0) {
    const communities = new Map<string, number>();
    graph.forEachNode((node) => communities.set(node, communities.size));
    return { communities, count: communities.size, modularity: 0 };
  }
  const result = louvain.detailed(simple, { getEdgeWeight: "weight", rng: seededRandom(seed) });
  return { communities: toMap(result.communities), count: result.count, modularity: result.modularity };
}

/** The top entities by a metric, best first (one pass, no full sort: metrics can cover 50k nodes). */
export function topBy(metric: ReadonlyMap<string, number>, count: number): { id: string; value: number }[] {
  const better = (a: { id: string; value: number }, b: { id: string; value: number }) => b.value - a.value || a.id.localeCompare(b.id);
  const top: { id: string; value: number }[] = [];
  for (const [id, value] of metric) {
    const last = top[top.length - 1];
    if (top.length === count && last && better(last, { id, value }) <= 0) continue;
    top.push({ id, value });
    top.sort(better);
    if (top.length > count) top.pop();
  }
  return top;
}
