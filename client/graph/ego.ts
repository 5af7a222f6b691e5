/**
 * Ego networks: the entity and everything within `depth` hops, whatever the direction.
 */
import type { NewsGraph } from "./news-graph.js";

export function egoNodes(graph: NewsGraph, center: string, depth: number): Set<string> {
  const seen = new Set<string>();
  if (!graph.hasNode(center)) return seen;
  seen.add(center);
  let frontier = [center];
  for (let hop = 0; hop < depth; hop++) {
    const next: string[] = [];
    for (const node of frontier) {
      graph.forEachNeighbor(node, (neighbor) => {
        if (seen.has(neighbor)) return;
        seen.add(neighbor);
        next.push(neighbor);
      });
    }
    frontier = next;
  }
  return seen;
}
