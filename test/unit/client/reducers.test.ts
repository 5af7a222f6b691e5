import { computeAffiliation } from "../../../client/graph/affiliation.js";
import { indexDenials } from "../../../client/graph/denials.js";
import { aggregateParallel, computeCurvatures } from "../../../client/graph/parallel.js";
import { computeView, forcedByState } from "../../../client/graph/view.js";
import {
  EDGE_PROGRAM_LOD,
  edgeProgramKey,
  neighbourhood,
  NODE_PROGRAM,
  NODE_PROGRAM_LOD,
  programsInUse,
  reduceEdge,
  reduceNode,
  sizesFromMetric,
  type RenderContext,
} from "../../../client/render/reducers.js";
import { FADED_EDGE_COLOR, FADED_NODE_COLOR, entityColor } from "../../../client/render/styles.js";
import { DEFAULT_STATE } from "../../../client/state/app-state.js";
import { loadFixtureGraph } from "./fixture-graph.js";

const graph = loadFixtureGraph();
const denials = indexDenials(graph);
const filterContext = { affiliation: computeAffiliation(graph), denials };

function context(patch: Partial<RenderContext> = {}): RenderContext {
  const view = computeView(graph, DEFAULT_STATE, filterContext, forcedByState(DEFAULT_STATE));
  return {
    view,
    lod: false,
    colorBy: "type",
    sizes: new Map(),
    communities: null,
    curvatures: computeCurvatures(graph, view.edges),
    aggregated: null,
    denials,
    asOf: null,
    layoutMoving: false,
    unrevealed: null,
    highlight: null,
    selectedNode: null,
    selectedEdge: null,
    path: null,
    ...patch,
  };
}

const around = (node: string, ctx: RenderContext) =>
  neighbourhood(node, ctx.view, (n, cb) => graph.forEachEdge(n, (edge, _a, s, t) => cb(edge, s, t)));

const SHOIGU_VISIT = "VISITED:sergei-shoigu:north-korea:reported";
const NK_SUPPLIES = "SUPPLIES_WEAPONS_TO:north-korea:russia:alleged";

describe("the programs in use (only these are compiled)", () => {
  it("should list exactly the programs the reducers pick for the visible items", () => {
    const ctx = context();
    const picked = new Set<string>();
    for (const edge of ctx.view.edges) {
      const display = reduceEdge(edge, graph.getEdgeAttributes(edge), graph.isDirected(edge), ctx);
      if (!display.hidden && display.type) picked.add(display.type);
    }

    const inUse = programsInUse(graph, ctx);

    expect(new Set(inUse.edges)).toEqual(picked);
    // The fixture's alleged supply is denied: drawn as contested, dashed.
    expect(inUse.edges).toContain(edgeProgramKey("contested", true));
    expect(inUse.nodes).toEqual([NODE_PROGRAM]);
  });

  it("while a layout moves a large graph, then only its emphasised edges are drawn", () => {
    const aggregated = aggregateParallel(graph, context().view.edges);
    const moving = context({ lod: true, aggregated, layoutMoving: true });
    const still = context({ lod: true, aggregated });
    const selected = context({ lod: true, aggregated, layoutMoving: true, highlight: { nodes: new Set(["north-korea", "russia"]), edges: new Set([NK_SUPPLIES]) } });

    expect(reduceEdge(SHOIGU_VISIT, graph.getEdgeAttributes(SHOIGU_VISIT), true, moving).hidden).toBe(true);
    expect(reduceEdge(SHOIGU_VISIT, graph.getEdgeAttributes(SHOIGU_VISIT), true, still).hidden).toBe(false);
    expect(reduceEdge(NK_SUPPLIES, graph.getEdgeAttributes(NK_SUPPLIES), true, selected).hidden).toBe(false);
  });

  it("after a layout stops on a large graph, then edges not yet revealed stay hidden in the light program", () => {
    const aggregated = aggregateParallel(graph, context().view.edges);
    const revealing = context({ lod: true, aggregated, unrevealed: new Set([SHOIGU_VISIT]) });
    const selected = context({ lod: true, aggregated, unrevealed: new Set([SHOIGU_VISIT, NK_SUPPLIES]), highlight: { nodes: new Set(["north-korea", "russia"]), edges: new Set([NK_SUPPLIES]) } });

    // Same program hidden or drawn: the renderer can then rewrite an edge in place to reveal it.
    expect(reduceEdge(SHOIGU_VISIT, graph.getEdgeAttributes(SHOIGU_VISIT), true, revealing)).toEqual({ hidden: true, type: EDGE_PROGRAM_LOD });
    expect(reduceEdge(NK_SUPPLIES, graph.getEdgeAttributes(NK_SUPPLIES), true, revealing)).toMatchObject({ hidden: false, type: EDGE_PROGRAM_LOD });
    expect(reduceEdge(NK_SUPPLIES, graph.getEdgeAttributes(NK_SUPPLIES), true, selected).hidden).toBe(false);
  });

  it("should need only the light programs in level-of-detail mode", () => {
    expect(programsInUse(graph, context({ lod: true }))).toEqual({ nodes: [NODE_PROGRAM_LOD], edges: [EDGE_PROGRAM_LOD] });
  });
});

describe("reducers", () => {
  it("should colour nodes by entity type from graph-schema", () => {
    const display = reduceNode("north-korea", graph.getNodeAttributes("north-korea"), context());
    expect(display.color).toBe(entityColor("Country"));
    expect(display.hidden).toBe(false);
    expect(display.label).toBe("North Korea");
  });

  it("should colour nodes by community when asked and communities are known", () => {
    const display = reduceNode("north-korea", graph.getNodeAttributes("north-korea"), context({ colorBy: "community", communities: new Map([["north-korea", 0]]) }));
    expect(display.color).not.toBe(entityColor("Country"));
  });

  it("should hide what the view filters out", () => {
    const ctx = context({ view: { nodes: new Set(), edges: new Set(), degree: new Map() } });
    expect(reduceNode("north-korea", graph.getNodeAttributes("north-korea"), ctx)).toEqual({ hidden: true });
    expect(reduceEdge(SHOIGU_VISIT, graph.getEdgeAttributes(SHOIGU_VISIT), true, ctx)).toEqual({ hidden: true });
  });

  it("when a node is hovered, then its neighbours stay and everything else fades", () => {
    const base = context();
    const ctx = { ...base, highlight: around("sergei-shoigu", base) };
    expect(reduceNode("north-korea", graph.getNodeAttributes("north-korea"), ctx)).toMatchObject({ forceLabel: true });
    expect(reduceNode("iran", graph.getNodeAttributes("iran"), ctx)).toMatchObject({ color: FADED_NODE_COLOR, label: "" });
    expect(reduceEdge(SHOIGU_VISIT, graph.getEdgeAttributes(SHOIGU_VISIT), true, ctx)).toMatchObject({ forceLabel: true, label: "visited" });
    expect(reduceEdge(NK_SUPPLIES, graph.getEdgeAttributes(NK_SUPPLIES), true, ctx)).toMatchObject({ color: FADED_EDGE_COLOR });
  });

  it("should draw each status with its own program, dashed for alleged and contested", () => {
    const ctx = context();
    expect(reduceEdge(SHOIGU_VISIT, graph.getEdgeAttributes(SHOIGU_VISIT), true, ctx).type).toBe(edgeProgramKey("reported", true));
    expect(reduceEdge(NK_SUPPLIES, graph.getEdgeAttributes(NK_SUPPLIES), true, ctx).type).toBe(edgeProgramKey("contested", true));
    const met = "MET_WITH:kim-jong-un:sergei-shoigu:reported";
    expect(reduceEdge(met, graph.getEdgeAttributes(met), false, ctx).type).toBe(edgeProgramKey("reported", false));
  });

  it("when playing before the denial was reported, then the claim is only alleged", () => {
    const ctx = context({ asOf: "2023-12" });
    expect(reduceEdge(NK_SUPPLIES, graph.getEdgeAttributes(NK_SUPPLIES), true, ctx).type).toBe(edgeProgramKey("alleged", true));
  });

  it("should draw single-source relations thinner than corroborated ones", () => {
    const ctx = context();
    const single = reduceEdge(SHOIGU_VISIT, { ...graph.getEdgeAttributes(SHOIGU_VISIT), sourceCount: 1 }, true, ctx);
    const many = reduceEdge(SHOIGU_VISIT, { ...graph.getEdgeAttributes(SHOIGU_VISIT), sourceCount: 4 }, true, ctx);
    expect(single.size ?? 0).toBeLessThan(many.size ?? 0);
  });

  it("in level of detail, then only one representative per pair is drawn with the light program", () => {
    const base = context();
    const ctx = { ...base, lod: true, aggregated: aggregateParallel(graph, base.view.edges) };
    const pair = graph.edges("north-korea", "russia").filter((edge) => ctx.view.edges.has(edge));
    const drawn = pair.map((edge) => reduceEdge(edge, graph.getEdgeAttributes(edge), true, ctx)).filter((d) => !d.hidden);
    expect(pair.length).toBeGreaterThan(1);
    expect(drawn).toHaveLength(1);
    expect(drawn[0]?.type).toBe(EDGE_PROGRAM_LOD);
    expect(reduceNode("north-korea", graph.getNodeAttributes("north-korea"), ctx).type).toBe("point");
  });

  it("should scale sizes with the metric, the largest at the top of the range", () => {
    const sizes = sizesFromMetric(new Map([["a", 0], ["b", 25], ["c", 100]]), false);
    expect(sizes.get("a")).toBeLessThan(sizes.get("b") ?? 0);
    expect(sizes.get("c")).toBe(18);
  });
});
