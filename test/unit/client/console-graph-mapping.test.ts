import type { CypherResponse } from "../../../graph-schema/index.js";
import { addToView, replaceView, type ApplyDeps } from "../../../client/console/apply-to-view.js";
import { isForeignNode, toExplorerGraph, type CypherGraph } from "../../../client/console/to-explorer-graph.js";
import { createNewsGraph, mergePayload } from "../../../client/graph/news-graph.js";
import { computeAffiliation } from "../../../client/graph/affiliation.js";
import { indexDenials } from "../../../client/graph/denials.js";
import { computeView, forcedByState } from "../../../client/graph/view.js";
import { seededPosition } from "../../../client/layout/positions.js";
import { entityColor, relationColor, UNKNOWN_COLOR } from "../../../client/render/styles.js";
import { DEFAULT_STATE, createStore, type AppState } from "../../../client/state/app-state.js";

type Node = CypherGraph["nodes"][number];
type Edge = CypherGraph["edges"][number];

const entity = (id: string, type: "Country" | "Person", name: string): Node => ({
  key: id,
  attributes: { label: name, labels: ["Entity", type], entityType: type, properties: { id, name, type, aliases: [name], roles: [] } },
});
const article: Node = {
  key: "art-1",
  attributes: { label: "A very long article title about visits, weapons and denials in 2024", labels: ["Article"], entityType: null, properties: { id: "art-1", title: "x" } },
};
const evidence: Node = {
  key: "ev-1",
  attributes: { label: "ev-1", labels: ["Evidence"], entityType: null, properties: { id: "ev-1", sentence: "Shoigu visited Pyongyang in July." } },
};
const visited: Edge = {
  key: "VISITED:sergei-shoigu:north-korea:reported",
  source: "sergei-shoigu",
  target: "north-korea",
  attributes: {
    relationType: "VISITED",
    properties: { id: "VISITED:sergei-shoigu:north-korea:reported", status: "reported", eventDate: "2023-07", firstReported: "2024-02-01", sourceCount: 2, articleIds: ["art-1"], createdAt: "2026-01-01T00:00:00Z" },
  },
};
const metWith: Edge = {
  key: "MET_WITH:kim-jong-un:sergei-shoigu:reported",
  source: "kim-jong-un",
  target: "sergei-shoigu",
  attributes: { relationType: "MET_WITH", properties: { id: "MET_WITH:kim-jong-un:sergei-shoigu:reported", status: "planned", eventDate: "not a date" } },
};
const states: Edge = { key: "rel-1abc", source: "art-1", target: "ev-1", attributes: { relationType: "STATES", properties: {} } };
const rejected: Edge = {
  key: "ACCUSES:north-korea:sergei-shoigu:reported",
  source: "north-korea",
  target: "sergei-shoigu",
  attributes: { relationType: "ACCUSES", properties: { id: "ACCUSES:north-korea:sergei-shoigu:reported", status: "reported", rejected: true } },
};

const cypherGraph = (nodes: Node[], edges: Edge[]): CypherResponse["graph"] => ({
  attributes: {},
  options: { type: "directed", multi: true, allowSelfLoops: true },
  nodes,
  edges,
});

const fullResult = () =>
  cypherGraph(
    [entity("sergei-shoigu", "Person", "Sergei Shoigu"), entity("north-korea", "Country", "North Korea"), entity("kim-jong-un", "Person", "Kim Jong Un"), article, evidence],
    [visited, metWith, states, rejected],
  );

describe("Cypher graph -> explorer model", () => {
  it("should keep entities with their ids and types, so they merge with loaded ones and get entity colours", () => {
    const { payload, stats } = toExplorerGraph(fullResult());
    const shoigu = payload.nodes.find((n) => n.key === "sergei-shoigu");
    expect(shoigu?.attributes).toEqual({ label: "Sergei Shoigu", entityType: "Person", aliases: ["Sergei Shoigu"], roles: [], mentionCount: 0 });
    expect(entityColor(shoigu?.attributes?.entityType ?? "")).toBe(entityColor("Person"));
    expect(stats).toEqual({ entities: 3, otherNodes: 2, relations: 2, otherEdges: 1, rejected: 1 });
  });

  it("should give other nodes their Neo4j label, a neutral colour and a short readable label", () => {
    const { payload } = toExplorerGraph(fullResult());
    const art = payload.nodes.find((n) => n.key === "art-1")?.attributes;
    const ev = payload.nodes.find((n) => n.key === "ev-1")?.attributes;
    expect(art?.entityType).toBe("Article");
    expect(ev?.entityType).toBe("Evidence");
    expect(isForeignNode(art ?? { entityType: "" })).toBe(true);
    expect(entityColor(art?.entityType ?? "")).toBe(UNKNOWN_COLOR);
    expect(art?.label.length).toBeLessThanOrEqual(48);
    expect(art?.label.endsWith("…")).toBe(true);
    expect(ev?.label).toBe("“Shoigu visited Pyongyang in July.”");
  });

  it("should map relation types to relations with their provenance, and symmetric ones undirected", () => {
    const { payload } = toExplorerGraph(fullResult());
    const visit = payload.edges.find((e) => e.key === visited.key);
    expect(visit?.undirected).toBeUndefined();
    expect(visit?.attributes).toEqual(
      expect.objectContaining({ id: visited.key, relationType: "VISITED", status: "reported", eventDate: "2023-07", firstReported: "2024-02-01", sourceCount: 2, articleIds: ["art-1"] }),
    );
    expect(relationColor(visit?.attributes?.relationType ?? "")).toBe(relationColor("VISITED"));
    const met = payload.edges.find((e) => e.key === metWith.key);
    expect(met?.undirected).toBe(true);
    expect(met?.attributes?.status).toBe("planned");
    expect(met?.attributes?.eventDate).toBeNull();
  });

  it("should draw other relationships neutral and leave rejected relations out", () => {
    const { payload } = toExplorerGraph(fullResult());
    const stated = payload.edges.find((e) => e.key === "rel-1abc")?.attributes;
    expect(stated).toEqual(expect.objectContaining({ relationType: "STATES", status: "reported", sourceCount: 1, eventDate: null }));
    expect(relationColor(stated?.relationType ?? "")).toBe(UNKNOWN_COLOR);
    expect(payload.edges.some((e) => e.key === rejected.key)).toBe(false);
  });

  it("should drop relationships whose ends are not in the result", () => {
    const { payload } = toExplorerGraph(cypherGraph([entity("north-korea", "Country", "North Korea")], [visited]));
    expect(payload.edges).toEqual([]);
  });
});

describe("Replace view / Add to view", () => {
  const setup = (state: Partial<AppState> = {}) => {
    const graph = createNewsGraph();
    const store = createStore<AppState>({ ...DEFAULT_STATE, ...state });
    const calls = { initial: 0, refine: 0, remember: 0, fit: 0 };
    const visibleNodes = () => {
      const ctx = { affiliation: computeAffiliation(graph), denials: indexDenials(graph) };
      return computeView(graph, store.get(), ctx, forcedByState(store.get())).nodes;
    };
    const deps: ApplyDeps = {
      target: { graph, store, graphChanged: () => undefined, visibleNodes },
      layout: {
        initial: () => ((calls.initial += 1), false),
        refine: () => void (calls.refine += 1),
        stop: () => undefined,
        remember: () => void (calls.remember += 1),
      },
      fit: () => void (calls.fit += 1),
    };
    return { graph, store, deps, calls, visibleNodes };
  };

  it("when replacing, then the graph holds exactly the result and state about the old graph is cleared", () => {
    const { graph, store, deps, calls, visibleNodes } = setup({
      focus: { id: "iran", depth: 1 },
      hidden: ["russia"],
      selection: { kind: "node", id: "iran" },
      filters: { ...DEFAULT_STATE.filters, relationTypes: ["DENIES"], minSources: 3 },
    });
    mergePayload(graph, toExplorerGraph(cypherGraph([entity("iran", "Country", "Iran")], [])).payload, (key) => seededPosition(key));
    const report = replaceView(deps, toExplorerGraph(fullResult()).payload);
    expect(graph.order).toBe(5);
    expect(graph.hasNode("iran")).toBe(false);
    expect(graph.size).toBe(3);
    expect(store.get().focus).toBeNull();
    expect(store.get().hidden).toEqual([]);
    expect(store.get().selection).toBeNull();
    expect(store.get().filters.relationTypes).toBeNull();
    expect(visibleNodes().size).toBe(5);
    expect(report).toEqual(expect.objectContaining({ mode: "replace", nodes: 5, edges: 3, hiddenNodes: 0 }));
    expect(calls).toEqual(expect.objectContaining({ initial: 1, fit: 1, refine: 0 }));
  });

  it("when the result has lone nodes, then min degree drops to 0 so they are drawn", () => {
    const { store, deps } = setup();
    replaceView(deps, toExplorerGraph(cypherGraph([entity("iran", "Country", "Iran")], [])).payload);
    expect(store.get().filters.minDegree).toBe(0);
    replaceView(deps, toExplorerGraph(cypherGraph([entity("sergei-shoigu", "Person", "Sergei Shoigu"), entity("north-korea", "Country", "North Korea")], [visited])).payload);
    expect(store.get().filters.minDegree).toBe(DEFAULT_STATE.filters.minDegree);
  });

  it("when adding, then only new items are added, loaded ones keep their attributes, and the layout runs", () => {
    const { graph, deps, calls } = setup();
    mergePayload(
      graph,
      {
        attributes: {},
        options: { type: "mixed", multi: true, allowSelfLoops: true },
        nodes: [{ key: "north-korea", attributes: { label: "North Korea", entityType: "Country", aliases: ["DPRK"], roles: [], mentionCount: 9, x: 10, y: 20 } }],
        edges: [],
      },
      (key) => seededPosition(key),
    );
    const report = addToView(deps, toExplorerGraph(fullResult()).payload);
    expect(graph.getNodeAttributes("north-korea")).toEqual(expect.objectContaining({ mentionCount: 9, aliases: ["DPRK"], x: 10, y: 20 }));
    expect(report).toEqual(expect.objectContaining({ mode: "add", addedNodes: 4, addedEdges: 3 }));
    expect(calls.refine).toBe(1);
    const again = addToView(deps, toExplorerGraph(fullResult()).payload);
    expect(again).toEqual(expect.objectContaining({ addedNodes: 0, addedEdges: 0 }));
    expect(calls.refine).toBe(1);
  });

  it("should place a new node next to its loaded neighbour", () => {
    const { graph, deps } = setup();
    mergePayload(
      graph,
      { attributes: {}, options: { type: "mixed", multi: true, allowSelfLoops: true }, nodes: [{ key: "north-korea", attributes: { label: "North Korea", entityType: "Country", aliases: [], roles: [], mentionCount: 1, x: 500, y: 500 } }], edges: [] },
      (key) => seededPosition(key),
    );
    addToView(deps, toExplorerGraph(cypherGraph([entity("north-korea", "Country", "North Korea"), entity("sergei-shoigu", "Person", "Sergei Shoigu")], [visited])).payload);
    const { x, y } = graph.getNodeAttributes("sergei-shoigu");
    expect(Math.hypot(x - 500, y - 500)).toBeLessThan(20);
  });

  it("should count added nodes the current filters hide", () => {
    const { deps } = setup({ filters: { ...DEFAULT_STATE.filters, entityTypes: ["Country"], minDegree: 0 } });
    const report = addToView(deps, toExplorerGraph(fullResult()).payload);
    // Shoigu and Kim (Person), the article and the evidence are not countries.
    expect(report.hiddenNodes).toBe(4);
  });
});
