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

/** One key for both directions between two entities. */
function pairKey(source: string, target: string): string {
  return source < target ? `${source}\u0000${target}` : `${target}\u0000${source}`;
}

function groupByPair(graph: NewsGraph, edges: ReadonlySet<string>): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  // One pass over the graph hands each edge its ends (looking them up per key costs twice as much).
  graph.forEachEdge((edge, _attrs, source, target) => {
    if (!edges.has(edge)) return;
    const pair = pairKey(source, target);
    const group = groups.get(pair);
    if (group) group.push(edge);
    else groups.set(pair, [edge]);
  });
  return groups;
}

/**
 * Curvature per edge. Within a pair, edges alternate sides with growing curvature; the sign accounts
 * for each edge's direction so that opposite edges with the same offset bow to the same side.
 */
export function computeCurvatures(graph: NewsGraph, edges: ReadonlySet<string>): Map<string, number> {
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
export function aggregateParallel(graph: NewsGraph, edges: ReadonlySet<string>): Map<string, number> {
  // One pass: per pair, the best-sourced edge so far (the first of equals) and how many there are.
  const best = new Map<string, { edge: string; sourceCount: number; count: number }>();
  graph.forEachEdge((edge, attrs, source, target) => {
    if (!edges.has(edge)) return;
    const pair = pairKey(source, target);
    const current = best.get(pair);
    if (!current) best.set(pair, { edge, sourceCount: attrs.sourceCount, count: 1 });
    else {
      current.count += 1;
      if (attrs.sourceCount > current.sourceCount) {
        current.edge = edge;
        current.sourceCount = attrs.sourceCount;
      }
    }
  });
  const representatives = new Map<string, number>();
  for (const { edge, count } of best.values()) representatives.set(edge, count);
  return representatives;
}
