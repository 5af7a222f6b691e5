/**
 * Node and edge reducers: pure functions from (graph data, RenderContext) to display overrides.
 * Display state never goes into the graph (STYLE §1.4): filters hide through `view`, hover and
 * selection fade everything else, status picks the (dashed) program, parallel edges get a curvature.
 * `renderer.ts` wraps these into sigma's nodeReducer/edgeReducer.
 */
import { displayStatus, type DenialIndex, type DisplayStatus } from "../graph/denials.js";
import type { EdgeAttributes, NodeAttributes } from "../graph/news-graph.js";
import type { GraphView } from "../graph/view.js";
import type { ColorBy } from "../state/app-state.js";
import {
  FADED_EDGE_COLOR,
  FADED_NODE_COLOR,
  NODE_SIZES,
  NODE_SIZES_LOD,
  STATUS_STYLES,
  communityColor,
  edgeThickness,
  entityColor,
  relationLabel,
  scaleSize,
  statusColor,
} from "./styles.js";

/** What a reducer may override (structurally compatible with sigma's Partial<NodeDisplayData>). */
export interface NodeDisplay {
  label?: string | null;
  size?: number;
  color?: string;
  hidden?: boolean;
  forceLabel?: boolean;
  highlighted?: boolean;
  zIndex?: number;
  type?: string;
}

export interface EdgeDisplay {
  label?: string | null;
  size?: number;
  color?: string;
  hidden?: boolean;
  forceLabel?: boolean;
  zIndex?: number;
  type?: string;
  curvature?: number;
}

/** Items to emphasise (hovered node + neighbours, selected edge + ends, ...); everything else fades. */
export interface Highlight {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
}

export interface RenderContext {
  view: GraphView;
  lod: boolean;
  colorBy: ColorBy;
  /** Display size per node (already scaled). */
  sizes: ReadonlyMap<string, number>;
  communities: ReadonlyMap<string, number> | null;
  curvatures: ReadonlyMap<string, number>;
  /** LOD only: representative edge -> number of relations it stands for. */
  aggregated: ReadonlyMap<string, number> | null;
  denials: DenialIndex;
  /** Month "now" for status changes during playback (null = latest knowledge). */
  asOf: string | null;
  /** A layout is moving the nodes: large graphs draw their nodes only meanwhile. */
  layoutMoving: boolean;
  /** Level of detail: edges still hidden after a layout stopped, until the renderer reveals them. */
  unrevealed: ReadonlySet<string> | null;
  highlight: Highlight | null;
  selectedNode: string | null;
  selectedEdge: string | null;
  path: Highlight | null;
}

/** Above this many emphasised edges (a hub's neighbourhood), edge labels would pile up: none are forced. */
export const MAX_FORCED_EDGE_LABELS = 12;

export const NODE_PROGRAM = "circle";
export const NODE_PROGRAM_LOD = "point";
export const EDGE_PROGRAM_LOD = "lod";

/** The sigma program for a relation: one per status treatment, with or without an arrow head. */
export function edgeProgramKey(status: DisplayStatus, directed: boolean): string {
  return `${status}:${directed ? "arrow" : "plain"}`;
}

/**
 * The programs the current view draws with, as reduceNode and reduceEdge choose them: sigma compiles
 * each program it knows when it is registered (two WebGL programs, drawing and picking), which in
 * software WebGL costs more than drawing a small graph; only these are registered.
 */
export function programsInUse(graph: { isDirected(edge: string): boolean; getEdgeAttributes(edge: string): EdgeAttributes }, ctx: RenderContext): { nodes: string[]; edges: string[] } {
  if (ctx.lod) return { nodes: [NODE_PROGRAM_LOD], edges: [EDGE_PROGRAM_LOD] };
  const edges = new Set<string>();
  for (const edge of ctx.view.edges) edges.add(edgeProgramKey(displayStatus(graph.getEdgeAttributes(edge), ctx.denials, ctx.asOf), graph.isDirected(edge)));
  return { nodes: [NODE_PROGRAM], edges: [...edges] };
}

export function nodeColor(node: string, attrs: NodeAttributes, ctx: RenderContext): string {
  if (ctx.colorBy === "community" && ctx.communities) {
    const community = ctx.communities.get(node);
    if (community !== undefined) return communityColor(community);
  }
  return entityColor(attrs.entityType);
}

export function reduceNode(node: string, attrs: NodeAttributes, ctx: RenderContext): NodeDisplay {
  if (!ctx.view.nodes.has(node)) return { hidden: true };
  const range = ctx.lod ? NODE_SIZES_LOD : NODE_SIZES;
  const display: NodeDisplay = {
    label: attrs.label,
    size: ctx.sizes.get(node) ?? range.min,
    color: nodeColor(node, attrs, ctx),
    type: ctx.lod ? NODE_PROGRAM_LOD : NODE_PROGRAM,
    zIndex: 1,
    hidden: false,
    forceLabel: false,
    highlighted: false,
  };
  const emphasis = ctx.highlight ?? ctx.path;
  if (emphasis) {
    if (emphasis.nodes.has(node)) {
      display.zIndex = 2;
      display.forceLabel = emphasis.nodes.size <= 60;
    } else {
      display.color = FADED_NODE_COLOR;
      display.label = "";
      display.zIndex = 0;
    }
  }
  if (node === ctx.selectedNode) {
    display.highlighted = true;
    display.forceLabel = true;
    display.zIndex = 3;
    display.color = nodeColor(node, attrs, ctx);
  }
  return display;
}

export function reduceEdge(edge: string, attrs: EdgeAttributes, directed: boolean, ctx: RenderContext): EdgeDisplay {
  if (!ctx.view.edges.has(edge)) return { hidden: true };
  const emphasis = ctx.highlight ?? ctx.path;
  const emphasised = emphasis?.edges.has(edge) ?? false;

  if (ctx.lod) {
    // While a layout moves nodes, each of its frames would redraw every edge: nodes alone keep it fluid.
    // These edges keep the light program's type while hidden, so revealing one needs no reindexing.
    if ((ctx.layoutMoving || ctx.unrevealed?.has(edge)) && !emphasised) return { hidden: true, type: EDGE_PROGRAM_LOD };
    const count = ctx.aggregated?.get(edge);
    if (count === undefined && !emphasised) return { hidden: true };
    if (emphasis && !emphasised) return { hidden: true };
    const status = displayStatus(attrs, ctx.denials, ctx.asOf);
    return {
      hidden: false,
      type: EDGE_PROGRAM_LOD,
      color: statusColor(attrs.relationType, status),
      size: edgeThickness(Math.max(attrs.sourceCount, count ?? 1), true) * (emphasised ? 2 : 1),
      label: emphasised ? relationLabel(attrs.relationType) : "",
      forceLabel: emphasised && (emphasis?.edges.size ?? 0) <= MAX_FORCED_EDGE_LABELS,
    };
  }

  const status = displayStatus(attrs, ctx.denials, ctx.asOf);
  const display: EdgeDisplay = {
    hidden: false,
    type: edgeProgramKey(status, directed),
    color: statusColor(attrs.relationType, status),
    size: edgeThickness(attrs.sourceCount),
    curvature: ctx.curvatures.get(edge) ?? 0.12,
    label: "",
    forceLabel: false,
    zIndex: 1,
  };
  if (emphasis) {
    if (emphasised) {
      if (emphasis.edges.size <= MAX_FORCED_EDGE_LABELS) {
        display.label = status === "reported" ? relationLabel(attrs.relationType) : `${relationLabel(attrs.relationType)} (${STATUS_STYLES[status].label})`;
        display.forceLabel = true;
      }
      display.zIndex = 2;
      if (ctx.path && !ctx.highlight) display.size = (display.size ?? 1) + 1.5;
    } else {
      display.color = FADED_EDGE_COLOR;
      display.zIndex = 0;
    }
  }
  if (edge === ctx.selectedEdge) {
    display.size = (display.size ?? 1) * 1.8 + 1;
    display.forceLabel = true;
    display.label = relationLabel(attrs.relationType);
    display.zIndex = 3;
  }
  return display;
}

/** Neighbourhood highlight of a node over the visible graph (hover and node selection). */
export function neighbourhood(
  node: string,
  view: GraphView,
  forEachEdge: (node: string, callback: (edge: string, source: string, target: string) => void) => void,
): Highlight {
  const nodes = new Set<string>([node]);
  const edges = new Set<string>();
  forEachEdge(node, (edge, source, target) => {
    if (!view.edges.has(edge)) return;
    edges.add(edge);
    nodes.add(source);
    nodes.add(target);
  });
  return { nodes, edges };
}

/** Display sizes from a metric, scaled to the current size range. */
export function sizesFromMetric(metric: ReadonlyMap<string, number>, lod: boolean): Map<string, number> {
  const range = lod ? NODE_SIZES_LOD : NODE_SIZES;
  let max = 0;
  for (const value of metric.values()) if (value > max) max = value;
  const sizes = new Map<string, number>();
  for (const [node, value] of metric) sizes.set(node, scaleSize(value, max, range));
  return sizes;
}
