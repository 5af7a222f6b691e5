/**
 * Re-reads what a curation touched and applies it to the live graph (graph-sync.ts), then tells the
 * model once: the renderer, filters, legend and status line follow from its "graph" event.
 */
import { describeApiError, type Api } from "../api.js";
import { cachePositions } from "../layout/layout.js";
import { seededPosition, type PositionCache } from "../layout/positions.js";
import type { ExplorerModel } from "../model.js";
import { changed, dropNodes, emptyReport, syncAll, syncAround, type SyncReport } from "./graph-sync.js";

export interface GraphRefresher {
  /** Re-reads the ego networks of `ids`; `gone` are entities that no longer exist (merged away). */
  around(ids: readonly string[], gone?: readonly string[]): Promise<SyncReport>;
  /** Re-reads the whole graph (after an upload). */
  all(): Promise<SyncReport>;
}

export function createGraphRefresher(model: ExplorerModel, api: Api, cache: PositionCache, notify: (message: string) => void): GraphRefresher {
  const { graph, store } = model;
  const fallback = (key: string) => seededPosition(key, Math.max(1, Math.sqrt(graph.order)) * 12);

  const finish = (report: SyncReport): SyncReport => {
    if (!changed(report)) return report;
    const selection = store.get().selection;
    if (selection?.kind === "node" && report.droppedNodes.includes(selection.id)) store.set({ selection: null });
    const hidden = store.get().hidden.filter((id) => graph.hasNode(id));
    const pinned = store.get().pinned.filter((id) => graph.hasNode(id));
    if (hidden.length !== store.get().hidden.length || pinned.length !== store.get().pinned.length) store.set({ hidden, pinned });
    model.graphChanged();
    cachePositions(graph, cache);
    return report;
  };

  return {
    async around(ids, gone = []) {
      const report = dropNodes(graph, gone, emptyReport());
      const answers = await Promise.all(ids.map(async (id) => ({ id, result: await api.graph({ around: id, depth: 1 }) })));
      for (const { id, result } of answers) {
        if (result.ok) {
          const next = syncAround(graph, result.value, [id], fallback);
          for (const key of Object.keys(report) as (keyof SyncReport)[]) report[key].push(...next[key]);
        } else if (result.error.kind === "http" && result.error.status === 404) {
          dropNodes(graph, [id], report);
        } else {
          notify(`The graph could not be updated: ${describeApiError(result.error)}`);
        }
      }
      return finish(report);
    },
    async all() {
      const result = await api.graph();
      if (!result.ok) {
        notify(`The graph could not be reloaded: ${describeApiError(result.error)}`);
        return emptyReport();
      }
      const selection = store.get().selection;
      const keep = new Set(selection?.kind === "node" ? [selection.id] : []);
      return finish(syncAll(graph, result.value, fallback, keep));
    },
  };
}
