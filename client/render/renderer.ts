/**
 * The one Sigma instance of the page. Reducers read the model's render context; model events decide
 * how much sigma redoes: a new view or graph reprocesses everything, a hover only re-reduces.
 * Level of detail (large graphs) switches settings in place: lighter programs come from the reducers,
 * edges and labels are hidden while the camera moves, edge picking is off.
 */
import Sigma from "sigma";

import { createNewsGraph, type EdgeAttributes, type NodeAttributes } from "../graph/news-graph.js";
import type { ExplorerModel } from "../model.js";
import { NODE_PROGRAMS, createEdgePrograms } from "./programs.js";
import { EDGE_PROGRAM_LOD, NODE_PROGRAM, edgeProgramKey, programsInUse, reduceEdge, reduceNode } from "./reducers.js";
import { LABEL_COLOR } from "./styles.js";

/**
 * Sigma with its default attribute generics: sigma's program types are invariant in them, so typing
 * the instance with our attributes would reject its own built-in programs. The reducers receive a
 * shallow copy of our graph's attributes (sigma makes it for them, so they write into it rather than
 * copy it again), hence the casts in the two reducer wrappers below.
 */
export type ExplorerSigma = Sigma;

/** Above this many edges, edges and labels are hidden while panning or zooming. */
export const LIGHT_MOVES_MIN_EDGES = 1500;

/** Edges revealed per step after a layout stops, and the main-thread time one frame's steps may take. */
const REVEAL_SLICE = 2500;
const REVEAL_BUDGET_MS = 40;

const FONT = "Inter, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', 'DejaVu Sans', sans-serif";

export interface ExplorerRenderer {
  sigma: ExplorerSigma;
  /** Resolves after the next refresh that follows a model change has been drawn. */
  whenRefreshed(): Promise<void>;
  /**
   * Runs a change of the whole graph (the first load, a reload) with sigma detached from it: sigma
   * then processes the result once, on the next frame, instead of reacting to every added node and
   * edge (at 30,000 edges that reaction cost more than the rest of the load).
   */
  changeInBulk<T>(change: () => T): T;
  /** Moves the camera to a node (and zooms in a little). */
  focusNode(node: string): Promise<void>;
  fit(): Promise<void>;
  kill(): void;
}

type ProgramClasses<T> = Record<string, T>;

function pick<T>(all: ProgramClasses<T>, keys: Iterable<string>): ProgramClasses<T> {
  const picked: ProgramClasses<T> = {};
  for (const key of keys) if (all[key]) picked[key] = all[key];
  return picked;
}

const DEFAULT_EDGE_PROGRAM = edgeProgramKey("reported", true);

export function createRenderer(container: HTMLElement, model: ExplorerModel): ExplorerRenderer {
  const { graph } = model;
  // Programs are registered when the view first needs them (see programsInUse); the defaults always are.
  const allEdgePrograms = createEdgePrograms();
  let edgePrograms = pick(allEdgePrograms, [DEFAULT_EDGE_PROGRAM]);
  let nodePrograms = pick(NODE_PROGRAMS, [NODE_PROGRAM]);
  // Types a reducer asked for before they were registered: drawn with the default for one frame,
  // registered by the next refresh.
  const missing = { nodes: new Set<string>(), edges: new Set<string>() };
  const registered = <T>(programs: ProgramClasses<T>, all: ProgramClasses<T>, type: unknown, fallback: string, into: Set<string>): string => {
    if (typeof type !== "string") return fallback;
    if (programs[type]) return type;
    if (all[type]) into.add(type);
    return fallback;
  };
  const sigma: ExplorerSigma = new Sigma(graph, container, {
    nodeProgramClasses: nodePrograms,
    edgeProgramClasses: edgePrograms,
    defaultNodeType: NODE_PROGRAM,
    defaultEdgeType: DEFAULT_EDGE_PROGRAM,
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
    nodeReducer: (node, data) => {
      const display = Object.assign(data, reduceNode(node, data as NodeAttributes, model.renderContext()));
      if (!display.hidden) display.type = registered(nodePrograms, NODE_PROGRAMS, display.type, NODE_PROGRAM, missing.nodes);
      return display;
    },
    // Sigma keeps what the reducer returns: the display alone (a relation's 20 attributes copied onto
    // 30,000 edges cost a tenth of the first frame), and edges are drawn from nothing else.
    edgeReducer: (edge, data) => {
      const display = reduceEdge(edge, data as EdgeAttributes, graph.isDirected(edge), model.renderContext());
      if (!display.hidden) display.type = registered(edgePrograms, allEdgePrograms, display.type, DEFAULT_EDGE_PROGRAM, missing.edges);
      return display;
    },
  });

  /** Registers the programs the view needs that sigma does not have yet; true when it did. */
  const registerProgramsInUse = (): boolean => {
    const inUse = programsInUse(graph, model.renderContext());
    const newEdges = [...new Set([...inUse.edges, ...missing.edges])].filter((key) => !edgePrograms[key]);
    const newNodes = [...new Set([...inUse.nodes, ...missing.nodes])].filter((key) => !nodePrograms[key]);
    missing.edges.clear();
    missing.nodes.clear();
    if (newEdges.length === 0 && newNodes.length === 0) return false;
    edgePrograms = { ...edgePrograms, ...pick(allEdgePrograms, newEdges) };
    nodePrograms = { ...nodePrograms, ...pick(NODE_PROGRAMS, newNodes) };
    sigma.setSettings({ edgeProgramClasses: edgePrograms, nodeProgramClasses: nodePrograms });
    return true;
  };

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

  // While a bulk change runs, sigma watches this empty graph instead of ours.
  const detached = createNewsGraph();
  let reattach = false;

  // One full refresh (reducers over every item) per frame, however many model events arrive.
  let frame = 0;
  let waiting: (() => void)[] = [];
  const scheduleRefresh = () => {
    if (frame) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      // A full refresh draws every edge the view shows: nothing is left to reveal.
      model.markRevealed();
      const settingsChanged = applyLevelOfDetail();
      const programsAdded = registerProgramsInUse();
      if (reattach) {
        reattach = false;
        // setGraph() processes and draws the whole graph.
        sigma.setGraph(graph);
      }
      // setSettings() has just re-reduced everything: an empty partial refresh only draws, now.
      else if (settingsChanged && !programsAdded) sigma.refresh({ partialGraph: {} });
      else sigma.refresh();
      // A reducer met a program the scan did not foresee: one more frame registers it.
      if (missing.edges.size > 0 || missing.nodes.size > 0) scheduleRefresh();
      const done = waiting;
      waiting = [];
      done.forEach((resolve) => resolve());
    });
  };

  // After a layout stops on a large graph, its edges appear a few thousand per frame: each slice only
  // re-reduces and rewrites its own edges (sigma's partial refresh), so no frame redraws all of them.
  let revealFrame = 0;
  const revealStep = () => {
    revealFrame = 0;
    if (frame) return; // a full refresh is coming, which reveals everything
    const pending = model.unrevealedEdges();
    const started = performance.now();
    let offset = 0;
    while (offset < pending.length && performance.now() - started < REVEAL_BUDGET_MS) {
      const slice = pending.slice(offset, offset + REVEAL_SLICE);
      offset += slice.length;
      // Only edges sigma holds, hidden, in the light program can be rewritten in place.
      if (!slice.every((edge) => sigma.getEdgeDisplayData(edge)?.type === EDGE_PROGRAM_LOD)) {
        scheduleRefresh();
        return;
      }
      model.markRevealed(slice);
      sigma.refresh({ partialGraph: { edges: slice }, skipIndexation: true, schedule: true });
    }
    if (offset < pending.length) revealFrame = requestAnimationFrame(revealStep);
  };
  const scheduleReveal = () => {
    if (!revealFrame) revealFrame = requestAnimationFrame(revealStep);
  };

  // The container changes size with the legend, the panels and the window.
  const observer = new ResizeObserver(() => sigma.scheduleRender());
  observer.observe(container);

  const unsubscribe = [
    () => observer.disconnect(),
    () => cancelAnimationFrame(frame),
    () => cancelAnimationFrame(revealFrame),
    model.on("view", scheduleRefresh),
    model.on("reveal", scheduleReveal),
    model.on("render", scheduleRefresh),
  ];

  return {
    sigma,
    whenRefreshed: () => new Promise<void>((resolve) => waiting.push(resolve)),
    changeInBulk(change) {
      if (!reattach) sigma.setGraph(detached);
      reattach = true;
      try {
        return change();
      } finally {
        scheduleRefresh();
      }
    },
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
