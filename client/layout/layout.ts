/**
 * Layout: ForceAtlas2 (graphology-layout-forceatlas2) with noverlap at the end.
 * - On load, positions come from the payload, else from the cache of this node set, else from seeded
 *   starting points plus a fixed number of synchronous FA2 iterations (deterministic: same graph, same
 *   picture). Large graphs skip the synchronous run and use the worker.
 * - The start/stop button runs FA2 in a web worker (`graphology-layout-forceatlas2/worker`); stopping
 *   removes overlaps and caches the positions. Pinned nodes carry `fixed`, which FA2 respects.
 * - Overlap removal runs on the page only for small graphs: on 4,400 crowded nodes noverlap took 17 s
 *   of the main thread. Larger graphs run it in its own worker, for at most a few seconds.
 */
import forceAtlas2, { type ForceAtlas2Settings } from "graphology-layout-forceatlas2";
import FA2LayoutSupervisor from "graphology-layout-forceatlas2/worker";
import noverlap, { type NoverlapNodeReducer, type NoverlapSettings } from "graphology-layout-noverlap";
import NoverlapLayoutSupervisor from "graphology-layout-noverlap/worker";

import type { NewsGraph } from "../graph/news-graph.js";
import { nodeSetKey, seededPosition, type PositionCache, type PositionMap } from "./positions.js";

/** Graphs up to this size are laid out synchronously on load. */
export const SYNC_LAYOUT_MAX_NODES = 2000;
/** Overlaps are removed on the page up to this size (a few milliseconds), in a worker above it. */
export const SYNC_NOVERLAP_MAX_NODES = 500;
const NOVERLAP_MAX_NODES = 5000;
/** The worker's noverlap stops here even when it has not converged (crowded graphs never do). */
const NOVERLAP_WORKER_MS = 3000;

export type InitialLayout = "stored" | "cached" | "computed" | "seeded";

export function layoutSettings(graph: NewsGraph): ForceAtlas2Settings {
  const inferred = forceAtlas2.inferSettings(graph);
  return {
    ...inferred,
    barnesHutOptimize: graph.order > 300,
    gravity: 1,
    scalingRatio: 10,
    slowDown: 1 + Math.log(Math.max(1, graph.order)),
    outboundAttractionDistribution: true,
  };
}

function iterationsFor(order: number): number {
  if (order <= 200) return 400;
  if (order <= 800) return 200;
  return 80;
}

/** Node discs in graph units (sizes are display sizes) and the spacing noverlap keeps between them. */
function overlapParameters(graph: NewsGraph, sizeOf: (node: string) => number): { inputReducer: NoverlapNodeReducer; settings: NoverlapSettings } {
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  graph.forEachNode((_node, { x, y }) => {
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  });
  const unitsPerPixel = Math.max(maxX - minX, maxY - minY, 1) / 700;
  return {
    inputReducer: (key, attrs) => ({ x: attrs["x"] as number, y: attrs["y"] as number, size: sizeOf(key) * unitsPerPixel }),
    settings: { margin: 6 * unitsPerPixel, ratio: 1.1, speed: 3 },
  };
}

/** Separates overlapping discs on the page; only for small graphs (see SYNC_NOVERLAP_MAX_NODES). */
export function removeOverlaps(graph: NewsGraph, sizeOf: (node: string) => number): void {
  if (graph.order < 2 || graph.order > SYNC_NOVERLAP_MAX_NODES) return;
  noverlap.assign(graph, { maxIterations: 150, ...overlapParameters(graph, sizeOf) });
}

/** Whether a graph's overlaps are left for the worker (removeOverlapsInWorker). */
export function overlapsNeedWorker(graph: NewsGraph): boolean {
  return graph.order > SYNC_NOVERLAP_MAX_NODES && graph.order <= NOVERLAP_MAX_NODES;
}

export function positionsOf(graph: NewsGraph): PositionMap {
  const positions: Record<string, readonly [number, number]> = {};
  graph.forEachNode((node, { x, y }) => {
    positions[node] = [x, y];
  });
  return positions;
}

export function cachePositions(graph: NewsGraph, cache: PositionCache): void {
  cache.save(nodeSetKey(graph.nodes()), positionsOf(graph));
}

export function initialLayout(
  graph: NewsGraph,
  cache: PositionCache,
  hadStoredPositions: boolean,
  sizeOf: (node: string) => number,
): InitialLayout {
  if (hadStoredPositions || graph.order === 0) return "stored";
  const cached = cache.load(nodeSetKey(graph.nodes()));
  if (cached && graph.everyNode((node) => cached[node] !== undefined)) {
    graph.forEachNode((node) => {
      const position = cached[node];
      if (position) graph.mergeNodeAttributes(node, { x: position[0], y: position[1] });
    });
    return "cached";
  }
  const radius = 10 * Math.sqrt(graph.order);
  graph.forEachNode((node) => graph.mergeNodeAttributes(node, seededPosition(node, radius)));
  if (graph.order > SYNC_LAYOUT_MAX_NODES) return "seeded";
  forceAtlas2.assign(graph, { iterations: iterationsFor(graph.order), settings: layoutSettings(graph), getEdgeWeight: null });
  removeOverlaps(graph, sizeOf);
  cachePositions(graph, cache);
  return "computed";
}

export interface LayoutController {
  isRunning(): boolean;
  start(): void;
  stop(): void;
  /** Removes overlaps in a worker (graphs too large to do it on the page), then caches the positions. */
  removeOverlapsInWorker(): void;
  /** True while FA2 or the overlap removal moves nodes (the renderer draws lighter meanwhile). */
  isMoving(): boolean;
  onChange(listener: (running: boolean) => void): () => void;
  kill(): void;
}

export function createLayoutController(
  graph: NewsGraph,
  cache: PositionCache,
  sizeOf: (node: string) => number,
  pinned: () => readonly string[],
  onError: (message: string) => void,
): LayoutController {
  let supervisor: FA2LayoutSupervisor | null = null;
  let separating: { supervisor: NoverlapLayoutSupervisor; timer: number } | null = null;
  const listeners = new Set<(running: boolean) => void>();
  const notify = () => listeners.forEach((listener) => listener(supervisor?.isRunning() ?? false));

  const syncFixed = () => {
    const fixed = new Set(pinned());
    graph.forEachNode((node, attrs) => {
      const want = fixed.has(node);
      if ((attrs.fixed ?? false) !== want) graph.setNodeAttribute(node, "fixed", want);
    });
  };

  const endSeparation = () => {
    if (!separating) return;
    window.clearTimeout(separating.timer);
    separating.supervisor.kill();
    separating = null;
    cachePositions(graph, cache);
    notify();
  };

  const removeOverlapsInWorker = () => {
    endSeparation();
    if (!overlapsNeedWorker(graph)) return;
    try {
      const noverlapWorker = new NoverlapLayoutSupervisor(graph, { ...overlapParameters(graph, sizeOf), onConverged: () => endSeparation() });
      separating = { supervisor: noverlapWorker, timer: window.setTimeout(endSeparation, NOVERLAP_WORKER_MS) };
      noverlapWorker.start();
      notify();
    } catch (error) {
      separating = null;
      onError(`Overlaps could not be removed (${error instanceof Error ? error.message : String(error)}).`);
    }
  };

  return {
    isRunning: () => supervisor?.isRunning() ?? false,
    isMoving: () => (supervisor?.isRunning() ?? false) || separating !== null,
    removeOverlapsInWorker,
    start() {
      endSeparation();
      if (supervisor?.isRunning() || graph.order === 0) return;
      syncFixed();
      try {
        supervisor?.kill();
        supervisor = new FA2LayoutSupervisor(graph, { settings: layoutSettings(graph), getEdgeWeight: null });
        supervisor.start();
      } catch (error) {
        supervisor = null;
        onError(
          `The layout worker could not start (${error instanceof Error ? error.message : String(error)}). ` +
            "If the page sets a Content-Security-Policy, it must allow `worker-src blob:`.",
        );
      }
      notify();
    },
    stop() {
      if (!supervisor?.isRunning()) return;
      supervisor.stop();
      removeOverlaps(graph, sizeOf);
      cachePositions(graph, cache);
      removeOverlapsInWorker();
      notify();
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    kill() {
      endSeparation();
      supervisor?.kill();
      supervisor = null;
      listeners.clear();
    },
  };
}
