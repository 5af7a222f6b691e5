/**
 * Parallel relations between the same two entities (North Korea -> Russia: supplies weapons to, cooperates
 * with, signed agreement with...). Full mode fans them out as curves on alternating sides; level-of-detail
 * mode draws one representative per pair instead. Computed over the visible edges only, so a filtered
 * pair straightens out again.
 */
import type { NewsGraph } from "./news-graph.js";

/** Every edge is drawn slightly curved (easier to follow than straight lines in dense areas). */
export const BASE_CURVATURE = 0.12;
export const CURVATURE_STEP = 0.16;

function groupByPair(graph: NewsGraph, edges: Iterable<string>): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const edge of edges) {
    const source = graph.source(edge);
    const target = graph.target(edge);
    const pair = source < target ? `${source}\u0000${target}` : `${target}\u0000${source}`;
    const group = groups.get(pair);
    if (group) group.push(edge);
    else groups.set(pair, [edge]);
  }
  return groups;
}

/**
 * Curvature per edge. Within a pair, edges alternate sides with growing curvature; the sign accounts
 * for each edge's direction so that opposite edges with the same offset bow to the same side.
 */
export function computeCurvatures(graph: NewsGraph, edges: Iterable<string>): Map<string, number> {
  const curvatures = new Map<string, number>();
  for (const group of groupByPair(graph, edges).values()) {
    group.sort();
    group.forEach((edge, index) => {
      const side = index % 2 === 0 ? 1 : -1;
      const offset = side * (BASE_CURVATURE + CURVATURE_STEP * Math.floor(index / 2));
      const orientation = graph.source(edge) <= graph.target(edge) ? 1 : -1;
      curvatures.set(edge, offset * orientation);
    });
  }
  return curvatures;
}

/**
 * Level of detail: one representative edge per pair (the best-sourced one), with the number of
 * relations it stands for. Edges absent from the map are not drawn.
 */
export function aggregateParallel(graph: NewsGraph, edges: Iterable<string>): Map<string, number> {
  const representatives = new Map<string, number>();
  for (const group of groupByPair(graph, edges).values()) {
    let best = group[0];
    if (best === undefined) continue;
    for (const edge of group) {
      if (graph.getEdgeAttribute(edge, "sourceCount") > graph.getEdgeAttribute(best, "sourceCount")) best = edge;
    }
    representatives.set(best, group.length);
  }
  return representatives;
}
