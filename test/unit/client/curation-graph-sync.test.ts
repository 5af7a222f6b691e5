import type { GraphPayload } from "../../../graph-schema/index.js";
import { createNewsGraph, mergePayload, type NewsGraph } from "../../../client/graph/news-graph.js";
import { dropNodes, syncAll, syncAround } from "../../../client/curation/graph-sync.js";

type EdgeSpec = [key: string, source: string, target: string];

const payload = (nodes: string[], edges: EdgeSpec[]): GraphPayload => ({
  attributes: {},
  options: { type: "mixed", multi: true, allowSelfLoops: true },
  nodes: nodes.map((key) => ({ key, attributes: { label: key, entityType: "Country", aliases: [], roles: [], mentionCount: 1 } })),
  edges: edges.map(([key, source, target]) => ({
    key,
    source,
    target,
    attributes: {
      id: key,
      relationType: "VISITED",
      status: "reported",
      eventDate: null,
      firstReported: null,
      lastReported: null,
      sourceCount: 1,
      outletCount: 1,
      evidenceCount: 1,
      articleIds: [],
      claimIds: [],
      deniedBy: [],
      allegedBy: [],
      confidence: 1,
    },
  })),
});

const far = () => ({ x: 1000, y: 1000 });

function graphOf(nodes: string[], edges: EdgeSpec[]): NewsGraph {
  const graph = createNewsGraph();
  let i = 0;
  mergePayload(graph, payload(nodes, edges), () => ({ x: (i += 10), y: 0 }));
  return graph;
}

describe("syncing the graph after a curation", () => {
  it("when a relation was rejected, then the ego network without it drops it and keeps the rest", () => {
    const graph = graphOf(["a", "b", "c", "d"], [["ab", "a", "b"], ["ac", "a", "c"], ["cd", "c", "d"]]);

    const report = syncAround(graph, payload(["a", "c"], [["ac", "a", "c"]]), ["a"], far);

    expect(report.droppedEdges).toEqual(["ab"]);
    expect(graph.edges().sort()).toEqual(["ac", "cd"]);
    expect(graph.hasNode("b")).toBe(true);
  });

  it("when a correction made a new relation, then it is added and placed next to its neighbour", () => {
    const graph = graphOf(["a", "b"], [["ab", "a", "b"]]);
    const { x, y } = graph.getNodeAttributes("a");

    const report = syncAround(graph, payload(["a", "n"], [["an", "a", "n"]]), ["a"], far);

    expect(report).toMatchObject({ addedNodes: ["n"], addedEdges: ["an"], droppedEdges: ["ab"] });
    const placed = graph.getNodeAttributes("n");
    expect(Math.hypot(placed.x - x, placed.y - y)).toBeLessThan(100);
  });

  it("when an entity was merged away, then it is dropped with its relations", () => {
    const graph = graphOf(["keep", "gone", "x"], [["gx", "gone", "x"]]);

    const report = dropNodes(graph, ["gone", "never-there"]);

    expect(report).toMatchObject({ droppedNodes: ["gone"], droppedEdges: ["gx"] });
    expect(graph.nodes().sort()).toEqual(["keep", "x"]);
  });

  it("after an upload, the whole graph is reconciled but the kept entity stays", () => {
    const graph = graphOf(["a", "b", "lonely"], [["ab", "a", "b"]]);

    const report = syncAll(graph, payload(["a", "c"], [["ac", "a", "c"]]), far, new Set(["lonely"]));

    expect(report).toMatchObject({ addedNodes: ["c"], addedEdges: ["ac"], droppedEdges: ["ab"], droppedNodes: ["b"] });
    expect(graph.nodes().sort()).toEqual(["a", "c", "lonely"]);
  });

  it("should keep existing positions", () => {
    const graph = graphOf(["a", "b"], [["ab", "a", "b"]]);
    const before = graph.getNodeAttributes("a");

    syncAll(graph, payload(["a", "b"], [["ab", "a", "b"]]), far);

    expect(graph.getNodeAttributes("a")).toMatchObject({ x: before.x, y: before.y });
  });
});
