/**
 * Local entity search over names and aliases of the loaded graph. The API's /api/search is the source
 * of truth (it sees entities not loaded yet); this answers instantly and serves when the API cannot.
 */
import type { SearchHit } from "../../graph-schema/index.js";
import type { NewsGraph } from "./news-graph.js";

/** Case, accent and punctuation folded, for matching names as people type them. */
export const fold = (value: string) =>
  value
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

function scoreName(name: string, query: string): number {
  const folded = fold(name);
  if (folded === query) return 3;
  if (folded.startsWith(query)) return 2;
  if (folded.includes(query)) return 1;
  return 0;
}

export function searchLocal(graph: NewsGraph, query: string, limit: number): SearchHit[] {
  const q = fold(query);
  if (!q) return [];
  const hits: SearchHit[] = [];
  graph.forEachNode((id, attrs) => {
    let best = { score: scoreName(attrs.label, q), matched: attrs.label };
    for (const alias of attrs.aliases) {
      const score = scoreName(alias, q);
      if (score > best.score) best = { score, matched: alias };
    }
    if (best.score > 0) {
      hits.push({ id, name: attrs.label, entityType: attrs.entityType, aliases: attrs.aliases, matched: best.matched, score: best.score });
    }
  });
  return hits.sort((a, b) => b.score - a.score || a.name.localeCompare(b.name)).slice(0, limit);
}
