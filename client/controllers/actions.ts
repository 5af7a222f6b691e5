/**
 * User actions that combine the API, the graph and the state: select (loading the entity if it is not
 * in the graph yet), expand/collapse neighbours, focus on an ego network, hide and pin, and the
 * state-driven loads (an ego network when `focus` changes, a shortest path when `path` changes), which
 * also run when a shared URL is opened.
 */
import type { GraphPayload, PathBody } from "../../graph-schema/index.js";
import { describeApiError, type Api } from "../api.js";
import { egoNodes } from "../graph/ego.js";
import { mergePayload, type MergeReport } from "../graph/news-graph.js";
import { truncationNotice } from "../graph/truncation.js";
import { cachePositions } from "../layout/layout.js";
import { seededPosition, type PositionCache } from "../layout/positions.js";
import type { ExplorerModel } from "../model.js";
import type { ExplorerRenderer } from "../render/renderer.js";
import { toggleIn } from "../state/app-state.js";

export interface ActionDeps {
  model: ExplorerModel;
  api: Api;
  renderer: ExplorerRenderer;
  cache: PositionCache;
  notify: (message: string) => void;
  onPathStatus: (text: string) => void;
}

export interface ExplorerActions {
  selectNode(id: string, options?: { camera?: boolean }): Promise<void>;
  selectEdge(id: string): void;
  clearSelection(): void;
  focus(id: string, depth: 1 | 2): void;
  clearFocus(): void;
  expand(id: string): Promise<void>;
  collapse(id: string): void;
  hide(id: string): void;
  togglePin(id: string): void;
  nodesMoved(): void;
}

/** Where new nodes appear: around an anchor already on screen, else on the seeded disc. */
function placer(model: ExplorerModel, anchor: string | null) {
  const { graph } = model;
  const center = anchor && graph.hasNode(anchor) ? graph.getNodeAttributes(anchor) : null;
  const spread = Math.max(1, Math.sqrt(graph.order)) * 4;
  return (key: string) => seededPosition(key, center ? spread : spread * 3, center ? { x: center.x, y: center.y } : { x: 0, y: 0 });
}

export interface ActionsHandle {
  actions: ExplorerActions;
  /** Runs the state-driven loads for the current state (a restored URL), once the graph is loaded. */
  restore(): Promise<void>;
  dispose(): void;
}

export function createActions(deps: ActionDeps): ActionsHandle {
  const { model, api, renderer, cache, notify } = deps;
  const { store, graph } = model;

  const merge = (payload: GraphPayload, anchor: string | null): MergeReport => {
    const report = mergePayload(graph, payload, placer(model, anchor));
    if (report.addedNodes.length || report.addedEdges.length) {
      model.graphChanged();
      cachePositions(graph, cache);
    }
    return report;
  };

  const loadAround = async (id: string, depth: 1 | 2): Promise<MergeReport | null> => {
    const result = await api.graph({ around: id, depth });
    if (!result.ok) {
      notify(describeApiError(result.error));
      return null;
    }
    const cut = truncationNotice(result.value, `Around ${graph.hasNode(id) ? graph.getNodeAttribute(id, "label") : id}`);
    if (cut) notify(cut);
    return merge(result.value, graph.hasNode(id) ? id : null);
  };

  const actions: ExplorerActions = {
    async selectNode(id, options = {}) {
      if (!graph.hasNode(id)) await loadAround(id, 1);
      if (!graph.hasNode(id)) {
        notify(`Entity “${id}” is not in the database.`);
        return;
      }
      store.set((state) => ({ selection: { kind: "node", id }, hidden: state.hidden.filter((h) => h !== id) }));
      if (options.camera) await renderer.focusNode(id);
    },
    selectEdge: (id) => store.set({ selection: { kind: "edge", id } }),
    clearSelection: () => store.set({ selection: null }),
    focus: (id, depth) => store.set({ focus: { id, depth } }),
    clearFocus: () => store.set({ focus: null }),
    async expand(id) {
      const report = await loadAround(id, 1);
      if (!report) return;
      const neighbours = new Set(egoNodes(graph, id, 1));
      store.set((state) => ({ hidden: state.hidden.filter((node) => !neighbours.has(node)) }));
      notify(report.addedNodes.length ? `Added ${report.addedNodes.length} neighbour(s) of ${graph.getNodeAttribute(id, "label")}.` : "No new neighbours: all are already loaded.");
    },
    collapse(id) {
      const view = model.view();
      const leaves = graph.neighbors(id).filter((neighbour) => graph.neighbors(neighbour).every((n) => n === id || !view.nodes.has(n)));
      if (!leaves.length) {
        notify("Nothing to collapse: every neighbour has other connections.");
        return;
      }
      store.set((state) => ({ hidden: [...new Set([...state.hidden, ...leaves])] }));
    },
    hide(id) {
      store.set((state) => ({
        hidden: toggleIn(state.hidden, id, true),
        selection: state.selection?.kind === "node" && state.selection.id === id ? null : state.selection,
      }));
    },
    togglePin: (id) => store.set((state) => ({ pinned: toggleIn(state.pinned, id) })),
    nodesMoved: () => cachePositions(graph, cache),
  };

  // State-driven loads: an ego network from the server when the focus changes, a path when `path` changes.
  let pathToken = 0;
  const loadPath = async () => {
    const query = store.get().path;
    const token = ++pathToken;
    if (!query) {
      if (model.path()) model.setPath(null);
      deps.onPathStatus("");
      return;
    }
    deps.onPathStatus("Finding the shortest path…");
    const result = await api.paths(query.from, query.to, 4);
    if (token !== pathToken) return;
    if (!result.ok) {
      deps.onPathStatus(describeApiError(result.error));
      model.setPath(null);
      return;
    }
    const body: PathBody = result.value;
    if (!body.hops || body.hops.length === 0) {
      deps.onPathStatus(`No path between ${body.from.name} and ${body.to.name} within 4 hops.`);
      model.setPath(null);
      return;
    }
    merge(body.graph, graph.hasNode(query.from) ? query.from : null);
    const nodes = new Set(body.hops.flatMap((hop) => [hop.from.id, hop.to.id]));
    const edges = new Set(body.hops.map((hop) => hop.relation.id).filter((edge) => graph.hasEdge(edge)));
    model.setPath({ body, highlight: { nodes, edges } });
    deps.onPathStatus(`${body.hops.length} hop${body.hops.length === 1 ? "" : "s"} from ${body.from.name} to ${body.to.name}.`);
  };
  const loadFocus = async () => {
    const focus = store.get().focus;
    if (focus) await loadAround(focus.id, focus.depth);
  };

  const unsubscribe = store.subscribe((next, prev) => {
    if (next.path?.from !== prev.path?.from || next.path?.to !== prev.path?.to) void loadPath();
    if (next.focus?.id !== prev.focus?.id || next.focus?.depth !== prev.focus?.depth) void loadFocus();
  });

  return {
    actions,
    restore: async () => {
      await Promise.all([loadFocus(), loadPath()]);
    },
    dispose: unsubscribe,
  };
}
