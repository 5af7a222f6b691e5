/**
 * Edges a stopped layout left hidden on a level-of-detail graph. Drawing all of them in one refresh
 * took one 200-300 ms frame at 50,000 edges; the renderer reveals them a slice per frame instead and
 * the reducers keep the rest hidden meanwhile. The set is shared with the render context and shrinks
 * in place, so revealing a slice does not rebuild the context.
 */
export interface EdgeReveal {
  /** Edges still hidden, or null when none are. */
  readonly pending: ReadonlySet<string> | null;
  /** Starts over with these edges hidden. */
  start(edges: Iterable<string>): void;
  /** These edges are drawn now; true when that was the last of them. */
  revealed(edges: readonly string[]): boolean;
  /** Everything is drawn (a full refresh); true when something was still pending. */
  clear(): boolean;
}

export function createEdgeReveal(): EdgeReveal {
  let pending: Set<string> | null = null;
  return {
    get pending() {
      return pending;
    },
    start(edges) {
      const next = new Set(edges);
      pending = next.size > 0 ? next : null;
    },
    revealed(edges) {
      if (!pending) return false;
      for (const edge of edges) pending.delete(edge);
      if (pending.size > 0) return false;
      pending = null;
      return true;
    },
    clear() {
      const had = pending !== null;
      pending = null;
      return had;
    },
  };
}
