/**
 * The explorer model: the one graph, the AppState store and everything derived from them, recomputed
 * when (and only when) an input changes: graph-level data (affiliation, denials, metrics, time domains)
 * on "graph", the view (what passes the filters) on state changes, the render context on hover.
 * Controllers and UI panels subscribe to its events; nothing here touches the DOM or sigma.
 */
import type { PathBody } from "../graph-schema/index.js";
import { computeAffiliation, listCountries, type Affiliation } from "./graph/affiliation.js";
import { indexDenials, type DenialIndex } from "./graph/denials.js";
import {
  computeBetweenness,
  computeCommunities,
  computeDegree,
  computePagerank,
  type CommunityResult,
} from "./graph/metrics.js";
import type { NewsGraph } from "./graph/news-graph.js";
import { aggregateParallel, computeCurvatures } from "./graph/parallel.js";
import { computeView, forcedByState, type GraphView } from "./graph/view.js";
import { createEdgeReveal } from "./render/edge-reveal.js";
import { neighbourhood, sizesFromMetric, type Highlight, type RenderContext } from "./render/reducers.js";
import type { AppState, Clock, Store } from "./state/app-state.js";
import { asOfMonth, timeDomain, type MonthInterval } from "./state/time-window.js";

/** Above either bound the explorer switches to level-of-detail rendering. */
export const LOD_MIN_NODES = 5000;
export const LOD_MIN_EDGES = 15000;

export interface Derived {
  affiliation: Affiliation;
  denials: DenialIndex;
  countries: { id: string; label: string }[];
  degree: Map<string, number>;
  pagerank: Map<string, number> | null;
  betweenness: Map<string, number> | null;
  communities: CommunityResult | null;
  domains: Record<Clock, MonthInterval | null>;
}

export interface PathView {
  body: PathBody;
  highlight: Highlight;
}

/**
 * "reveal": a layout stopped on a level-of-detail graph; the renderer shows its edges a slice per
 * frame (see RenderContext.unrevealed) instead of redrawing everything in one long frame.
 */
export type ModelEvent = "graph" | "view" | "render" | "metrics" | "reveal";
export type Metric = "pagerank" | "betweenness" | "communities";

export interface ExplorerModel {
  readonly graph: NewsGraph;
  readonly store: Store<AppState>;
  derived(): Derived;
  view(): GraphView;
  renderContext(): RenderContext;
  lod(): boolean;
  sizeOf(node: string): number;
  hovered(): string | null;
  setHovered(node: string | null): void;
  path(): PathView | null;
  setPath(path: PathView | null): void;
  /** Call after mutating the graph (load, expand, path merge). */
  graphChanged(): void;
  /** Whether a layout is moving the nodes (see RenderContext.layoutMoving). */
  setLayoutMoving(moving: boolean): void;
  /** Edges a stopped layout left to reveal (level of detail only), in reveal order; empty when none. */
  unrevealedEdges(): readonly string[];
  /** The renderer has shown these edges, or (with no argument) is about to redraw everything. */
  markRevealed(edges?: readonly string[]): void;
  ensureMetric(metric: Metric): void;
  on(event: ModelEvent, listener: () => void): () => void;
}

const VIEW_KEYS: readonly (keyof AppState)[] = ["filters", "time", "focus", "hidden", "pinned", "selection", "path"];

function deriveFromGraph(graph: NewsGraph): Derived {
  const relations = graph.mapEdges((_edge, attrs) => attrs);
  return {
    affiliation: computeAffiliation(graph),
    denials: indexDenials(graph),
    countries: listCountries(graph),
    degree: computeDegree(graph),
    pagerank: null,
    betweenness: null,
    communities: null,
    domains: { event: timeDomain(relations, "event"), report: timeDomain(relations, "report") },
  };
}

export function createModel(graph: NewsGraph, store: Store<AppState>): ExplorerModel {
  const listeners = new Map<ModelEvent, Set<() => void>>();
  const emit = (event: ModelEvent) => listeners.get(event)?.forEach((listener) => listener());

  let derived = deriveFromGraph(graph);
  let view: GraphView = { nodes: new Set(), edges: new Set(), degree: new Map() };
  let curvatures = new Map<string, number>();
  let aggregated: Map<string, number> | null = null;
  let sizes = new Map<string, number>();
  let hovered: string | null = null;
  let layoutMoving = false;
  const reveal = createEdgeReveal();
  let path: PathView | null = null;
  let context: RenderContext | null = null;

  const lod = () => graph.order > LOD_MIN_NODES || graph.size > LOD_MIN_EDGES;

  const ensureMetric = (metric: Metric) => {
    if (metric === "pagerank" && !derived.pagerank) derived.pagerank = computePagerank(graph);
    if (metric === "betweenness" && !derived.betweenness) derived.betweenness = computeBetweenness(graph);
    if (metric === "communities" && !derived.communities) derived.communities = computeCommunities(graph);
  };

  const updateSizes = () => {
    const state = store.get();
    const metric = state.sizeBy === "pagerank" && derived.pagerank ? derived.pagerank : derived.degree;
    sizes = sizesFromMetric(metric, lod());
  };

  const ensureStateMetrics = () => {
    const state = store.get();
    if (state.sizeBy === "pagerank") ensureMetric("pagerank");
    if (state.colorBy === "community") ensureMetric("communities");
  };

  const recomputeView = () => {
    const state = store.get();
    const forced = forcedByState(state, path?.highlight);
    view = computeView(graph, state, derived, forced);
    curvatures = lod() ? new Map() : computeCurvatures(graph, view.edges);
    aggregated = lod() ? aggregateParallel(graph, view.edges) : null;
    context = null;
  };

  const highlightFor = (state: AppState): Highlight | null => {
    const around = (node: string) =>
      neighbourhood(node, view, (n, callback) => graph.forEachEdge(n, (edge, _a, s, t) => callback(edge, s, t)));
    // Hover fading means re-reducing every item: skipped in level-of-detail mode (sigma still labels the node).
    if (hovered && !lod() && graph.hasNode(hovered)) return around(hovered);
    const selection = state.selection;
    if (selection?.kind === "node" && graph.hasNode(selection.id)) return around(selection.id);
    if (selection?.kind === "edge" && graph.hasEdge(selection.id)) {
      return {
        nodes: new Set([graph.source(selection.id), graph.target(selection.id)]),
        edges: new Set([selection.id]),
      };
    }
    return null;
  };

  const buildContext = (): RenderContext => {
    const state = store.get();
    return {
      view,
      lod: lod(),
      colorBy: state.colorBy,
      sizes,
      communities: derived.communities?.communities ?? null,
      curvatures,
      aggregated,
      denials: derived.denials,
      asOf: asOfMonth(state.time),
      layoutMoving,
      unrevealed: reveal.pending,
      highlight: highlightFor(state),
      selectedNode: state.selection?.kind === "node" ? state.selection.id : null,
      selectedEdge: state.selection?.kind === "edge" ? state.selection.id : null,
      path: path?.highlight ?? null,
    };
  };

  store.subscribe((next, prev) => {
    const metricsChanged = next.sizeBy !== prev.sizeBy || next.colorBy !== prev.colorBy;
    if (metricsChanged) {
      ensureStateMetrics();
      updateSizes();
      context = null;
    }
    if (VIEW_KEYS.some((key) => next[key] !== prev[key])) {
      recomputeView();
      emit("view");
    } else if (metricsChanged) {
      emit("render");
    }
  });

  const model: ExplorerModel = {
    graph,
    store,
    derived: () => derived,
    view: () => view,
    renderContext: () => (context ??= buildContext()),
    lod,
    sizeOf: (node) => sizes.get(node) ?? 4,
    hovered: () => hovered,
    setHovered(node) {
      if (node === hovered) return;
      hovered = node;
      if (lod()) return;
      context = null;
      emit("render");
    },
    setLayoutMoving(moving) {
      if (moving === layoutMoving) return;
      layoutMoving = moving;
      context = null;
      // Drawing every edge of a large graph at once took one 200-300 ms frame when its layout ended.
      if (!moving && aggregated && aggregated.size > 0) {
        reveal.start(aggregated.keys());
        emit("reveal");
        return;
      }
      reveal.clear();
      emit("render");
    },
    unrevealedEdges: () => [...(reveal.pending ?? [])],
    markRevealed(edges) {
      if (edges ? reveal.revealed(edges) : reveal.clear()) context = null;
    },
    path: () => path,
    setPath(next) {
      path = next;
      recomputeView();
      emit("view");
    },
    graphChanged() {
      derived = deriveFromGraph(graph);
      ensureStateMetrics();
      updateSizes();
      recomputeView();
      emit("graph");
      emit("view");
    },
    ensureMetric(metric) {
      ensureMetric(metric);
      updateSizes();
      context = null;
      emit("metrics");
      emit("render");
    },
    on(event, listener) {
      const set = listeners.get(event) ?? new Set();
      set.add(listener);
      listeners.set(event, set);
      return () => set.delete(listener);
    },
  };
  return model;
}
