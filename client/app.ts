/**
 * Composition root of the explorer: one graph, one store, one Sigma for the page's life; the panels and
 * controllers are bound to them here, then the graph is loaded (loading / error / empty states) and a
 * restored URL's focus, path and selection are applied.
 */
import { ok, type SearchHit } from "../graph-schema/index.js";
import { createApi, describeApiError } from "./api.js";
import { bindConsoleLauncher } from "./console/launcher.js";
import { createActions } from "./controllers/actions.js";
import { bindInteraction } from "./controllers/interaction.js";
import { createPlayback } from "./controllers/playback.js";
import { bindUrlSync } from "./controllers/url-sync.js";
import { bindCuration } from "./curation/index.js";
import { bindExportLauncher } from "./export/launcher.js";
import { searchLocal } from "./graph/search.js";
import { createNewsGraph, payloadHasPositions, replaceGraph } from "./graph/news-graph.js";
import { createLayoutController, initialLayout, overlapsNeedWorker } from "./layout/layout.js";
import { createPositionCache, seededPosition, type KeyValueStorage } from "./layout/positions.js";
import { computeDegree } from "./graph/metrics.js";
import { truncationNotice } from "./graph/truncation.js";
import { createModel } from "./model.js";
import { sizesFromMetric } from "./render/reducers.js";
import { createRenderer } from "./render/renderer.js";
import { createStore, filtersAreActive, DEFAULT_FILTERS } from "./state/app-state.js";
import { stateFromSearchParams } from "./state/url-state.js";
import { bindAnalysisPanel } from "./ui/analysis-panel.js";
import { createArticleReader } from "./ui/article-reader.js";
import { bindDetailsPanel } from "./ui/details-panel.js";
import { h } from "./ui/dom.js";
import { bindFiltersPanel } from "./ui/filters-panel.js";
import { bindLegend } from "./ui/legend.js";
import { createNotifier } from "./ui/notice.js";
import { renderOverlay, type OverlayState } from "./ui/overlay.js";
import { bindPathPanel } from "./ui/path-panel.js";
import { createSearchBox, type SearchFn } from "./ui/search-box.js";
import { bindStatusBar } from "./ui/status-bar.js";
import { bindTimeBar } from "./ui/time-bar.js";
import { bindToolbar } from "./ui/toolbar.js";

/** Worker-driven layout runs this long on load for graphs too large for the synchronous one. */
const AUTO_LAYOUT_MS = 4000;

function element<T extends HTMLElement = HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`Explorer: missing #${id} in index.html.`);
  return found as T;
}

function localStore(): KeyValueStorage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export function startExplorer(): void {
  const app = element("app");
  const stage = element("stage");
  const overlay = element("overlay");
  const sidebar = element("sidebar");
  const setPhase = (phase: "loading" | "ready" | "error") => (document.documentElement.dataset["state"] = phase);

  const api = createApi();
  // Asked before the renderer and panels are built, so the answer (preloaded by index.html) is parsed meanwhile.
  let firstGraph: ReturnType<typeof api.graph> | null = api.graph();
  const graph = createNewsGraph();
  const store = createStore(stateFromSearchParams(new URLSearchParams(window.location.search)));
  const model = createModel(graph, store);
  const cache = createPositionCache(localStore());
  const notify = createNotifier(stage);
  const renderer = createRenderer(element("graph"), model);
  const layout = createLayoutController(graph, cache, model.sizeOf, () => store.get().pinned, notify);
  layout.onChange(() => model.setLayoutMoving(layout.isMoving()));
  const playback = createPlayback(model, notify);
  const reader = createArticleReader(element<HTMLDialogElement>("reader"), api);

  const search: SearchFn = async (query, signal) => {
    const result = await api.search(query, 10, signal);
    if (result.ok) return { hits: result.value.results };
    const local = searchLocal(graph, query, 10);
    return { hits: local, note: `Search API unavailable: showing loaded entities only. ${describeApiError(result.error)}` };
  };

  let pathPanelRef: { setStatus(text: string): void } | null = null;
  const handle = createActions({ model, api, renderer, cache, notify, onPathStatus: (text) => pathPanelRef?.setStatus(text) });
  const { actions } = handle;
  const links = {
    selectNode: (id: string) => void actions.selectNode(id, { camera: true }),
    selectEdge: actions.selectEdge,
    openArticle: (articleId: string, evidence: { id: string; sentence: string }) => void reader.open(articleId, evidence),
  };

  const searchSection = h("div");
  const analysisSection = h("div");
  const filtersSection = h("div");
  sidebar.append(filtersSection, analysisSection, searchSection);
  const pathPanel = bindPathPanel(searchSection, model, search);
  pathPanelRef = pathPanel;

  const mainSearch = createSearchBox({
    label: "Search entities",
    placeholder: "Search entities, e.g. Korea Utara, Shoigu…",
    search,
    onChoose: (hit: SearchHit) => void actions.selectNode(hit.id, { camera: true }),
  });
  element("search").append(mainSearch.element);

  bindInteraction(renderer.sigma, model, { onExpand: (node) => void actions.expand(node), onNodesMoved: actions.nodesMoved });
  bindToolbar(element("toolbar"), { model, layout, fit: () => void renderer.fit(), app });
  // Cypher console and Export menu: toolbar buttons here, their code loaded on first use.
  bindConsoleLauncher(element("toolbar"), { app, model, layout, cache, notify, fit: () => void renderer.fit(), reload: () => void load(), selectNode: links.selectNode });
  bindExportLauncher(element("toolbar"), { model, sigma: renderer.sigma, notify });
  bindFiltersPanel(filtersSection, model);
  bindAnalysisPanel(analysisSection, model, links.selectNode);
  bindTimeBar(element("timebar"), model, playback);
  bindLegend(element("legend"), model);
  bindStatusBar(element("status"), model);
  const curation = bindCuration({ model, api, cache, notify, toolbar: element("toolbar"), selectNode: links.selectNode, selectEdge: actions.selectEdge });
  bindDetailsPanel(element("details"), model, api, {
    ...links,
    focus: actions.focus,
    clearFocus: actions.clearFocus,
    expand: (id) => void actions.expand(id),
    collapse: actions.collapse,
    hide: actions.hide,
    togglePin: actions.togglePin,
    pathFrom: (id) => pathPanel.setEndpoint("from", id),
    pathTo: (id) => pathPanel.setEndpoint("to", id),
    clearSelection: actions.clearSelection,
  }, curation.details);
  bindUrlSync(store);

  // Overlay: loading and error belong to the load; "nothing matches" follows the view.
  let overlayState: OverlayState = { kind: "loading", message: "Loading the graph…" };
  const showOverlay = (state: OverlayState) => {
    overlayState = state;
    renderOverlay(overlay, state);
  };
  const updateOverlay = () => {
    if (overlayState.kind === "loading" || overlayState.kind === "error") return;
    if (graph.order === 0) {
      showOverlay({ kind: "empty", title: "No entities yet", message: "Import articles with `newsgraph import <folder>`, then reload this page." });
    } else if (model.view().nodes.size === 0) {
      const reset = () => store.set((state) => ({ filters: DEFAULT_FILTERS, time: { ...state.time, from: null, to: null }, focus: null, hidden: [] }));
      showOverlay({
        kind: "empty",
        title: "Nothing matches",
        message: "No relation passes the current filters and time window.",
        ...(filtersAreActive(store.get()) ? { action: { label: "Reset filters", run: reset } } : {}),
      });
    } else if (overlayState.kind !== "hidden") showOverlay({ kind: "hidden" });
  };
  model.on("view", updateOverlay);

  const load = async () => {
    setPhase("loading");
    showOverlay({ kind: "loading", message: "Loading the graph…" });
    // The health check only adds a warning: the graph does not wait for it.
    void api.health().then((health) => {
      if (health.ok && health.value.status !== "ok") notify(`Database degraded: ${health.value.neo4j.reason ?? "see /api/health"}`, 8000);
    }, () => undefined);
    const result = await (firstGraph ?? api.graph());
    firstGraph = null;
    if (!result.ok) {
      setPhase("error");
      showOverlay({ kind: "error", title: "The graph could not be loaded", message: describeApiError(result.error), retry: () => void load() });
      return;
    }
    const payload = result.value;
    const cut = truncationNotice(payload, "Large graph");
    if (cut) notify(cut, 10_000);
    const how = renderer.changeInBulk(() => {
      replaceGraph(graph, payload, (key) => seededPosition(key));
      // Layout first (sizes by degree for the overlap removal), so the first frame shows final positions.
      let degreeSizes: Map<string, number> | null = null;
      const sizeOf = (node: string) => (degreeSizes ??= sizesFromMetric(computeDegree(graph), false)).get(node) ?? 4;
      const placed = initialLayout(graph, cache, payloadHasPositions(payload), sizeOf);
      model.graphChanged();
      return placed;
    });
    void renderer.whenRefreshed().then(() => {
      performance.mark("newsgraph:first-render");
      setPhase("ready");
    });
    showOverlay({ kind: "hidden" });
    updateOverlay();
    if (how === "seeded") {
      layout.start();
      window.setTimeout(() => layout.stop(), AUTO_LAYOUT_MS);
    } else if (how === "computed" && overlapsNeedWorker(graph)) {
      layout.removeOverlapsInWorker();
    }
    await handle.restore();
    const selection = store.get().selection;
    if (selection?.kind === "node") {
      // Frame the shared node only once sigma has drawn the graph and knows where it is.
      await Promise.race([renderer.whenRefreshed(), new Promise((resolve) => window.setTimeout(resolve, 500))]);
      await actions.selectNode(selection.id, { camera: true });
    }
  };

  document.addEventListener("keydown", (event) => {
    const target = event.target as HTMLElement | null;
    const typing = target && (target.tagName === "INPUT" || target.tagName === "SELECT" || target.tagName === "TEXTAREA");
    if (event.key === "/" && !typing) {
      event.preventDefault();
      mainSearch.input.focus();
    } else if (event.key === "Escape" && !typing && !element<HTMLDialogElement>("reader").open && store.get().selection) {
      actions.clearSelection();
    }
  });

  void load();
}
