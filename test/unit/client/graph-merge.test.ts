import type { GraphPayload } from "../../../graph-schema/index.js";
import { createNewsGraph, mergePayload, payloadHasPositions, replaceGraph } from "../../../client/graph/news-graph.js";

const payload = (nodes: [string, { x?: number; y?: number }?][], edges: [string, string, string, boolean?][]): GraphPayload => ({
  attributes: {},
  options: { type: "mixed", multi: true, allowSelfLoops: true },
  nodes: nodes.map(([key, position]) => ({
    key,
    attributes: { label: key.toUpperCase(), entityType: "Country", aliases: [], roles: [], mentionCount: 1, ...position },
  })),
  edges: edges.map(([key, source, target, undirected]) => ({
    key,
    source,
    target,
    ...(undirected ? { undirected: true } : {}),
    attributes: {
      id: key,
      relationType: undirected ? "MET_WITH" : "VISITED",
      status: "reported",
      eventDate: null,
      firstReported: "2024-01",
      lastReported: "2024-01",
      sourceCount: 1,
      outletCount: 1,
      evidenceCount: 1,
      articleIds: ["a1"],
      claimIds: [],
      deniedBy: [],
      allegedBy: [],
      confidence: 1,
    },
  })),
});

const place = () => ({ x: 5, y: 5 });

describe("graph merge", () => {
  it("should add new nodes at the placed position and keep existing positions", () => {
    const graph = createNewsGraph();
    mergePayload(graph, payload([["a", { x: 1, y: 2 }], ["b"]], [["e1", "a", "b"]]), place);
    expect(graph.getNodeAttributes("a")).toMatchObject({ x: 1, y: 2 });
    expect(graph.getNodeAttributes("b")).toMatchObject({ x: 5, y: 5 });
    graph.mergeNodeAttributes("b", { x: 42, y: 43 });
    mergePayload(graph, payload([["b", { x: 0, y: 0 }], ["c"]], [["e2", "b", "c"]]), place);
    expect(graph.getNodeAttributes("b")).toMatchObject({ x: 42, y: 43 });
  });

  it("should merge a repeated relation once and update its provenance", () => {
    const graph = createNewsGraph();
    mergePayload(graph, payload([["a"], ["b"]], [["e1", "a", "b"]]), place);
    const again = payload([["a"], ["b"]], [["e1", "a", "b"]]);
    const edge = again.edges[0];
    if (edge?.attributes) edge.attributes.sourceCount = 3;
    const report = mergePayload(graph, again, place);
    expect(graph.size).toBe(1);
    expect(report.addedEdges).toEqual([]);
    expect(graph.getEdgeAttribute("e1", "sourceCount")).toBe(3);
  });

  it("should keep parallel relations apart and symmetric ones undirected", () => {
    const graph = createNewsGraph();
    const report = mergePayload(graph, payload([["a"], ["b"]], [["e1", "a", "b"], ["e2", "b", "a"], ["e3", "a", "b", true]]), place);
    expect(report.addedEdges).toEqual(["e1", "e2", "e3"]);
    expect(graph.isUndirected("e3")).toBe(true);
    expect(graph.isDirected("e1")).toBe(true);
  });

  it("should skip edges whose ends are missing instead of throwing", () => {
    const graph = createNewsGraph();
    mergePayload(graph, payload([["a"]], [["e1", "a", "ghost"]]), place);
    expect(graph.size).toBe(0);
  });

  it("should refill the same instance on replace", () => {
    const graph = createNewsGraph();
    mergePayload(graph, payload([["a"], ["b"]], [["e1", "a", "b"]]), place);
    replaceGraph(graph, payload([["c"]], []), place);
    expect(graph.nodes()).toEqual(["c"]);
  });

  it("should tell whether a payload carries stored positions", () => {
    expect(payloadHasPositions(payload([["a", { x: 1, y: 1 }]], []))).toBe(true);
    expect(payloadHasPositions(payload([["a", { x: 1, y: 1 }], ["b"]], []))).toBe(false);
  });
});

describe("graph replace", () => {
  it("should insert in key order whatever the order of the payload", () => {
    const graph = createNewsGraph();
    replaceGraph(graph, payload([["b"], ["c"], ["a"]], [["e2", "a", "b"], ["e1", "b", "c"]]), place);
    expect(graph.nodes()).toEqual(["a", "b", "c"]);
    expect(graph.edges()).toEqual(["e1", "e2"]);
  });
});
