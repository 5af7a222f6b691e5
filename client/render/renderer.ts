/**
 * The one Sigma instance of the page. Reducers read the model's render context; model events decide
 * how much sigma redoes: a new view or graph reprocesses everything, a hover only re-reduces.
 * Level of detail (large graphs) switches settings in place: lighter programs come from the reducers,
 * edges and labels are hidden while the camera moves, edge picking is off.
 */
import Sigma from "sigma";

import type { EdgeAttributes, NodeAttributes } from "../graph/news-graph.js";
import type { ExplorerModel } from "../model.js";
import { NODE_PROGRAMS, createEdgePrograms } from "./programs.js";
import { NODE_PROGRAM, edgeProgramKey, reduceEdge, reduceNode } from "./reducers.js";
import { LABEL_COLOR } from "./styles.js";

/**
 * Sigma with its default attribute generics: sigma's program types are invariant in them, so typing
 * the instance with our attributes would reject its own built-in programs. The reducers receive a
 * shallow copy of our graph's attributes, hence the casts in the two reducer wrappers below.
 */
export type ExplorerSigma = Sigma;

/** Above this many edges, edges and labels are hidden while panning or zooming. */
export const LIGHT_MOVES_MIN_EDGES = 1500;

const FONT = "Inter, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', 'DejaVu Sans', sans-serif";

export interface ExplorerRenderer {
  sigma: ExplorerSigma;
  /** Resolves after the next refresh that follows a model change has been drawn. */
  whenRefreshed(): Promise<void>;
  /** Moves the camera to a node (and zooms in a little). */
  focusNode(node: string): Promise<void>;
  fit(): Promise<void>;
  kill(): void;
}

export function createRenderer(container: HTMLElement, model: ExplorerModel): ExplorerRenderer {
  const { graph } = model;
  const sigma: ExplorerSigma = new Sigma(graph, container, {
    nodeProgramClasses: NODE_PROGRAMS,
    edgeProgramClasses: createEdgePrograms(),
    defaultNodeType: NODE_PROGRAM,
    defaultEdgeType: edgeProgramKey("reported", true),
    renderEdgeLabels: true,
    enableEdgeEvents: true,
    zIndex: true,
    labelFont: FONT,
    labelSize: 12,
    labelWeight: "600",
    labelColor: { color: LABEL_COLOR },
    edgeLabelFont: FONT,
    edgeLabelSize: 11,
    edgeLabelWeight: "500",
    edgeLabelColor: { color: "#52606d" },
    labelDensity: 0.6,
    labelGridCellSize: 90,
    labelRenderedSizeThreshold: 7,
    stagePadding: 36,
    minCameraRatio: 0.03,
    maxCameraRatio: 6,
    nodeReducer: (node, data) => ({ ...data, ...reduceNode(node, data as NodeAttributes, model.renderContext()) }),
    edgeReducer: (edge, data) => ({
      ...data,
      ...reduceEdge(edge, data as EdgeAttributes, graph.isDirected(edge), model.renderContext()),
    }),
  });

  // Level of detail: settings follow the graph's size; changing them refreshes sigma by itself.
  let applied: string | null = null;
  const applyLevelOfDetail = (): boolean => {
    const lod = model.lod();
    const light = lod || graph.size > LIGHT_MOVES_MIN_EDGES;
    const key = `${lod}:${light}`;
    if (key === applied) return false;
    applied = key;
    sigma.setSettings({
      hideEdgesOnMove: light,
      hideLabelsOnMove: light,
      enableEdgeEvents: !lod,
      labelRenderedSizeThreshold: lod ? 5 : 7,
      labelDensity: lod ? 0.15 : 0.6,
    });
    return true;
  };

  // One full refresh (reducers over every item) per frame, however many model events arrive.
  let frame = 0;
  let waiting: (() => void)[] = [];
  const scheduleRefresh = () => {
    if (frame) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      // setSettings() has just re-reduced everything: an empty partial refresh only draws, now.
      if (applyLevelOfDetail()) sigma.refresh({ partialGraph: {} });
      else sigma.refresh();
      const done = waiting;
      waiting = [];
      done.forEach((resolve) => resolve());
    });
  };

  // The container changes size with the legend, the panels and the window.
  const observer = new ResizeObserver(() => sigma.scheduleRender());
  observer.observe(container);

  const unsubscribe = [
    () => observer.disconnect(),
    () => cancelAnimationFrame(frame),
    model.on("view", scheduleRefresh),
    model.on("render", scheduleRefresh),
  ];

  return {
    sigma,
    whenRefreshed: () => new Promise<void>((resolve) => waiting.push(resolve)),
    async focusNode(node) {
      // Frame the node with its visible neighbours (display coordinates span [0, 1] at ratio 1).
      const data = sigma.getNodeDisplayData(node);
      if (!data) return;
      let [minX, maxX, minY, maxY] = [data.x, data.x, data.y, data.y];
      graph.forEachNeighbor(node, (neighbour) => {
        const other = sigma.getNodeDisplayData(neighbour);
        if (!other || other.hidden) return;
        [minX, maxX, minY, maxY] = [Math.min(minX, other.x), Math.max(maxX, other.x), Math.min(minY, other.y), Math.max(maxY, other.y)];
      });
      const ratio = Math.min(1, Math.max(0.15, Math.max(maxX - minX, maxY - minY) * 1.35));
      // Before the first full render display data can be unset; a NaN camera would blank the canvas.
      if (![minX, maxX, minY, maxY, ratio].every(Number.isFinite)) return;
      await sigma.getCamera().animate({ x: (minX + maxX) / 2, y: (minY + maxY) / 2, ratio }, { duration: 450 });
    },
    async fit() {
      await sigma.getCamera().animatedReset({ duration: 350 });
    },
    kill() {
      unsubscribe.forEach((off) => off());
      sigma.kill();
    },
  };
}
