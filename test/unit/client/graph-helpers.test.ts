import { parseGraphPayload } from "../../../client/api-schemas.js";
import { computeAffiliation } from "../../../client/graph/affiliation.js";
import { displayStatus, indexDenials, isDeniedAsOf } from "../../../client/graph/denials.js";
import { egoNodes } from "../../../client/graph/ego.js";
import { BASE_CURVATURE, computeCurvatures } from "../../../client/graph/parallel.js";
import { searchLocal } from "../../../client/graph/search.js";
import { markRanges, markTerms } from "../../../client/ui/highlight.js";
import { loadFixtureGraph } from "./fixture-graph.js";

const graph = loadFixtureGraph();

describe("graph helpers", () => {
  it("should find North Korea by its Indonesian name and its capital", () => {
    expect(searchLocal(graph, "Korea Utara", 5)[0]?.id).toBe("north-korea");
    expect(searchLocal(graph, "pyongyang", 5)[0]).toMatchObject({ id: "north-korea", matched: "Pyongyang" });
    expect(searchLocal(graph, "shoigu", 5)[0]?.id).toBe("sergei-shoigu");
    expect(searchLocal(graph, "   ", 5)).toEqual([]);
  });

  it("should affiliate people with the countries they represent", () => {
    const affiliation = computeAffiliation(graph);
    expect(affiliation.get("sergei-shoigu")).toEqual(["russia"]);
    expect(affiliation.get("north-korea")).toEqual(["north-korea"]);
  });

  it("should date denials through shared claims", () => {
    const denials = indexDenials(graph);
    const claim = { relationType: "SUPPLIES_WEAPONS_TO", status: "alleged", claimIds: ["c1"], deniedBy: ["russia"] };
    const index = new Map([["c1", "2024-02"]]);
    expect(isDeniedAsOf(claim, index, null)).toBe(true);
    expect(isDeniedAsOf(claim, index, "2024-01")).toBe(false);
    expect(displayStatus(claim, index, "2024-02")).toBe("contested");
    expect(isDeniedAsOf({ ...claim, claimIds: [] }, index, "2000-01")).toBe(true);
    expect(isDeniedAsOf({ ...claim, relationType: "DENIES" }, index, null)).toBe(false);
    expect(denials.size).toBeGreaterThan(0);
  });

  it("should collect ego networks by hops", () => {
    expect(egoNodes(graph, "sergei-shoigu", 1).size).toBe(4);
    expect(egoNodes(graph, "nobody", 1).size).toBe(0);
  });

  it("should fan parallel relations out on alternating sides", () => {
    const pair = [...new Set([...graph.edges("north-korea", "russia"), ...graph.edges("russia", "north-korea")])];
    const curvatures = computeCurvatures(graph, new Set(pair));
    const absolute = pair.map((edge) => (curvatures.get(edge) ?? 0) * (graph.source(edge) <= graph.target(edge) ? 1 : -1));
    expect(new Set(absolute.map((c) => c.toFixed(3))).size).toBe(pair.length);
    expect(Math.min(...absolute.map(Math.abs))).toBeCloseTo(BASE_CURVATURE);
  });

  it("should mark trigger words and evidence ranges without overlap", () => {
    expect(markTerms("Sergei Shoigu mengunjungi Pyongyang", ["mengunjungi"])).toEqual([
      { text: "Sergei Shoigu ", mark: false },
      { text: "mengunjungi", mark: true },
      { text: " Pyongyang", mark: false },
    ]);
    expect(markTerms("Tuduhan dan tuduh", ["tuduh", "Tuduhan"]).filter((s) => s.mark).map((s) => s.text)).toEqual(["Tuduhan", "tuduh"]);
    expect(markRanges("abcdef", [{ start: 1, end: 3, id: "x" }, { start: 2, end: 5, id: "y" }, { start: 9, end: 12 }])).toEqual([
      { text: "a", mark: false },
      { text: "bc", mark: true, id: "x" },
      { text: "de", mark: true, id: "y" },
      { text: "f", mark: false },
    ]);
  });

  it("should drop payload items of unknown types and normalise missing fields", () => {
    const parsed = parseGraphPayload({
      nodes: [
        { key: "a", attributes: { label: "A", entityType: "Country" } },
        { key: "b", attributes: { label: "<img src=x onerror=alert(1)>", entityType: "Person" } },
        { key: "c", attributes: { label: "C", entityType: "Planet" } },
      ],
      edges: [
        { key: "e1", source: "a", target: "b", attributes: { relationType: "VISITED", status: "reported" } },
        { key: "e2", source: "a", target: "b", attributes: { relationType: "TELEPORTED", status: "reported" } },
      ],
    });
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value.nodes.map((n) => n.key)).toEqual(["a", "b"]);
    expect(parsed.value.edges).toHaveLength(1);
    expect(parsed.value.edges[0]?.attributes).toMatchObject({ id: "e1", sourceCount: 1, claimIds: [], eventDate: null });
    expect(parseGraphPayload({ nodes: "nope" }).ok).toBe(false);
  });
});
