
import { exportJson } from "../../../../server/export/json.js";
import { ENTITIES, fixtureBundle, fixturePayload, SCRIPT_NAME } from "../../../fixtures/export/bundle.js";
import { Graph } from "./graph-class.js";


describe("JSON export", () => {
  const json = JSON.parse(exportJson(fixtureBundle()).toString("utf8")) as unknown;

  it("should be re-importable with Graph.from", () => {
    const graph = Graph.from(json as Parameters<typeof Graph.from>[0]);
    const payload = fixturePayload();

    expect(graph.order).toBe(payload.nodes.length);
    expect(graph.size).toBe(payload.edges.length);
    expect(graph.type).toBe("mixed");
    expect(graph.isUndirected("MET_WITH:ким-чен-ын:김정은:reported")).toBe(true);
  });

  it("should keep the payload's attributes and add what sigma draws", () => {
    const graph = Graph.from(json as Parameters<typeof Graph.from>[0]);

    expect(graph.getNodeAttributes(ENTITIES.script.id)).toMatchObject({ label: SCRIPT_NAME, entityType: "Organization", color: "#59a14f" });
    expect(typeof graph.getNodeAttribute(ENTITIES.script.id, "x")).toBe("number");
    expect(graph.getEdgeAttributes("SUPPLIES_WEAPONS_TO:north-korea:russia:alleged")).toMatchObject({
      relationType: "SUPPLIES_WEAPONS_TO",
      status: "alleged",
      cameo: "072",
      ploverEventType: "AID",
      allegedByNames: [SCRIPT_NAME],
      color: "#d62728",
    });
  });

  it("should carry each relation's evidence and the cited articles once", () => {
    const graph = Graph.from(json as Parameters<typeof Graph.from>[0]);
    const evidence = graph.getEdgeAttribute("VISITED:ким-чен-ын:russia:reported", "evidence") as { sentence: string; articleId: string; article?: unknown }[];

    expect(evidence.map((v) => v.sentence)).toContain("Ким Чен Ын посетил Россию в июле.");
    expect(evidence[0]?.article).toBeUndefined();
    expect((graph.getAttribute("articles") as { id: string }[]).map((a) => a.id)).toEqual(["art-claims", "art-visit"]);
    expect(graph.getAttribute("title")).toBe(`Report on "${SCRIPT_NAME}" & 김정은 🚀`);
  });

  it("should leave evidence out when the bundle carries none", () => {
    const graph = Graph.from(JSON.parse(exportJson(fixtureBundle({ evidence: { kind: "none" } })).toString("utf8")) as Parameters<typeof Graph.from>[0]);

    expect(graph.getEdgeAttribute("VISITED:ким-чен-ын:russia:reported", "evidence")).toBeUndefined();
  });
});

describe("JSON export writing", () => {
  it("should write exactly JSON.stringify of the exported graph", async () => {
    const { toExportedGraph } = await import("../../../../server/export/json.js");

    expect(exportJson(fixtureBundle()).toString("utf8")).toBe(JSON.stringify(toExportedGraph(fixtureBundle())));
  });
});
