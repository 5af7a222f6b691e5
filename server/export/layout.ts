/**
 * Positions for exports: the explorer's view positions when given, else stored positions, else a
 * deterministic layout computed here: seed positions from a hash of each id, then a fixed number of
 * ForceAtlas2 iterations (given positions stay fixed). Same subgraph in, same picture out.
 *
 * The iteration count shrinks with graph size so a 10k-node export stays within its time budget
 * (ForceAtlas2 with Barnes-Hut, theta 1, costs ~30 ms per iteration at 10k nodes / 30k edges); for
 * large graphs the explorer's own positions (`view.positions`) give a better picture than a short layout.
 */
import { UndirectedGraph } from "graphology";
import forceAtlas2Import from "graphology-layout-forceatlas2";

import type { Point } from "./bundle.js";

type ForceAtlas2 = typeof forceAtlas2Import.default;
// A CommonJS package: Node gives module.exports (the function) as the default export, while TypeScript
// (NodeNext) types the default import as the module object. Take whichever is the function.
const imported: unknown = forceAtlas2Import;
const forceAtlas2 = (typeof imported === "function" ? imported : (imported as { default: ForceAtlas2 }).default) as ForceAtlas2;

export interface LayoutInput {
  nodes: readonly { id: string; position: Point | null }[];
  edges: readonly { source: string; target: string; weight: number }[];
}

/** FNV-1a, 32 bits: a stable hash of an id (not for security). */
export function hashId(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i += 1) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** Deterministic start position in a square that grows with the graph. */
export function seedPosition(id: string, order: number): Point {
  const side = 10 * Math.sqrt(Math.max(order, 1));
  const h1 = hashId(id);
  const h2 = hashId(`${id}#y`);
  return { x: (h1 / 0xffffffff - 0.5) * side, y: (h2 / 0xffffffff - 0.5) * side };
}

export const LAYOUT_WORK_BUDGET = 400_000;

/** Iterations for a graph of this size: many for small graphs, 10 for 10k nodes + 30k edges. */
export function layoutIterations(order: number, size: number): number {
  return Math.max(10, Math.min(500, Math.round(LAYOUT_WORK_BUDGET / Math.max(order + size, 1))));
}

export function computeLayout(input: LayoutInput): Map<string, Point> {
  const positions = new Map<string, Point>();
  if (input.nodes.every((n) => n.position !== null)) {
    for (const n of input.nodes) if (n.position) positions.set(n.id, { x: n.position.x, y: n.position.y });
    return positions;
  }
  const graph = new UndirectedGraph<{ x: number; y: number; fixed: boolean }, { weight: number }>({ allowSelfLoops: false });
  const order = input.nodes.length;
  let free = 0;
  for (const node of input.nodes) {
    const fixed = node.position !== null;
    const start = node.position ?? seedPosition(node.id, order);
    if (!fixed) free += 1;
    graph.addNode(node.id, { x: start.x, y: start.y, fixed });
  }
  for (const edge of input.edges) {
    if (edge.source === edge.target || !graph.hasNode(edge.source) || !graph.hasNode(edge.target)) continue;
    if (graph.hasEdge(edge.source, edge.target)) {
      graph.updateEdgeAttribute(edge.source, edge.target, "weight", (w) => (w ?? 0) + edge.weight);
    } else graph.addEdge(edge.source, edge.target, { weight: edge.weight });
  }
  if (free > 0 && order > 1) {
    // Barnes-Hut theta 1.0 on large graphs: 2.5x faster per iteration than 0.5, precise enough for a picture.
    const settings = { ...forceAtlas2.inferSettings(order), barnesHutOptimize: order > 500, barnesHutTheta: order > 2_000 ? 1 : 0.5 };
    forceAtlas2.assign(graph, { iterations: layoutIterations(order, graph.size), settings, getEdgeWeight: "weight" });
  }
  // A computed layout is turned so its longest extent runs across the page (reports are read landscape).
  const angle = free === order ? principalAngle(graph) : 0;
  const [cos, sin] = [Math.cos(-angle), Math.sin(-angle)];
  graph.forEachNode((id, attributes) => {
    if (angle !== 0) [attributes.x, attributes.y] = [attributes.x * cos - attributes.y * sin, attributes.x * sin + attributes.y * cos];
    const x = Number(attributes.x);
    const y = Number(attributes.y);
    positions.set(id, { x: Number.isFinite(x) ? round3(x) : 0, y: Number.isFinite(y) ? round3(y) : 0 });
  });
  return positions;
}

/** Angle of the positions' principal axis (from their covariance). */
function principalAngle(graph: UndirectedGraph<{ x: number; y: number; fixed: boolean }, { weight: number }>): number {
  let [mx, my, n] = [0, 0, 0];
  graph.forEachNode((_id, a) => {
    mx += a.x;
    my += a.y;
    n += 1;
  });
  if (n < 2) return 0;
  [mx, my] = [mx / n, my / n];
  let [sxx, syy, sxy] = [0, 0, 0];
  graph.forEachNode((_id, a) => {
    sxx += (a.x - mx) ** 2;
    syy += (a.y - my) ** 2;
    sxy += (a.x - mx) * (a.y - my);
  });
  const angle = 0.5 * Math.atan2(2 * sxy, sxx - syy);
  return Number.isFinite(angle) ? angle : 0;
}

const round3 = (n: number): number => Math.round(n * 1000) / 1000;
