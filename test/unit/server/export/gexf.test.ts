import { XMLParser, XMLValidator } from "fast-xml-parser";
import { parse } from "graphology-gexf";

import { exportGexf, gexfList } from "../../../../server/export/gexf.js";
import { ENTITIES, fixtureBundle, fixturePayload, SCRIPT_NAME } from "../../../fixtures/export/bundle.js";
import { Graph } from "./graph-class.js";


interface GexfDoc {
  gexf: {
    version: string;
    xmlns: string;
    graph: {
      mode: string;
      timeformat: string;
      defaultedgetype: string;
      nodes: { node: { id: string; start?: string; end?: string }[] };
      edges: { edge: { id: string; start?: string; end?: string; type?: string }[] };
    };
  };
}

describe("GEXF export", () => {
  const xml = exportGexf(fixtureBundle()).toString("utf8");
  const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "" }).parse(xml) as GexfDoc;
  const edge = (id: string) => doc.gexf.graph.edges.edge.find((e) => e.id === id);

  it("should be well-formed GEXF 1.3", () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(doc.gexf.version).toBe("1.3");
    expect(doc.gexf.xmlns).toBe("http://gexf.net/1.3");
  });

  it("should be a dynamic graph with date intervals from event dates, so Gephi's timeline works", () => {
    expect(doc.gexf.graph).toMatchObject({ mode: "dynamic", timeformat: "date", defaultedgetype: "directed" });
    expect(edge("VISITED:ким-чен-ын:russia:reported")).toMatchObject({ start: "2024-07-01", end: "2024-07-31" });
    expect(edge("MET_WITH:ким-чен-ын:김정은:reported")).toMatchObject({ start: "2024-06-13", end: "2024-06-13", type: "undirected" });
    expect(edge("COOPERATES_WITH:o-brien-quote-sons:rocket-force:planned")).toMatchObject({ start: "2025-01-01", end: "2025-12-31" });
    expect(edge("ATTACKED:rocket-force:russia:denied")).toMatchObject({ start: "2024-02-29", end: "2024-02-29" });
    expect(edge("ACCUSES:script-alert-1-script:north-korea:reported")?.start).toBeUndefined();
  });

  it("should give an entity the span of its relations only when all of them are dated", () => {
    const node = (id: string) => doc.gexf.graph.nodes.node.find((n) => n.id === id);

    expect(node(ENTITIES.kimRu.id)).toMatchObject({ start: "2024-06-13", end: "2024-07-31" });
    expect(node(ENTITIES.northKorea.id)?.start).toBeUndefined();
  });

  it("should use report dates on the report clock", () => {
    const bundle = fixtureBundle();
    if (bundle.meta.scope.kind !== "graph") throw new Error("fixture scope is graph");
    bundle.meta.scope.filter.clock = "report";

    const reportDoc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "" }).parse(exportGexf(bundle).toString("utf8")) as GexfDoc;

    expect(reportDoc.gexf.graph.edges.edge.find((e) => e.id.startsWith("VISITED"))).toMatchObject({ start: "2024-06-20", end: "2024-07-02" });
  });

  it("should read back with graphology-gexf: nodes, edges, attributes, viz colour, size and position", () => {
    const graph = parse(Graph, xml);
    const payload = fixturePayload();

    expect(graph.order).toBe(payload.nodes.length);
    expect(graph.size).toBe(payload.edges.length);
    expect(graph.getNodeAttributes(ENTITIES.script.id)).toMatchObject({
      label: SCRIPT_NAME,
      entityType: "Organization",
      aliases: [SCRIPT_NAME, 'O"Reilly & <Co>'],
      mentionCount: 1,
      color: "#59a14f",
    });
    expect(graph.getNodeAttribute(ENTITIES.obrien.id, "aliases")).toEqual([`O'Brien "Quote" & Sons`, "OB|S"]);
    expect(typeof graph.getNodeAttribute(ENTITIES.russia.id, "x")).toBe("number");
    expect(graph.getNodeAttribute(ENTITIES.russia.id, "size")).toBeGreaterThan(0);
    expect(graph.getEdgeAttributes("SUPPLIES_WEAPONS_TO:north-korea:russia:alleged")).toMatchObject({
      label: "supplies weapons to",
      relationType: "SUPPLIES_WEAPONS_TO",
      status: "alleged",
      sourceCount: 1,
      evidenceCount: 1,
      articleIds: ["art-claims"],
      claimIds: ["art-claims#c1"],
      allegedByNames: [SCRIPT_NAME],
      deniedBy: ["north-korea"],
      cameo: "072",
      ploverEventType: "AID",
      thickness: 1.1,
      shape: "dashed",
    });
    expect(graph.isUndirected("MET_WITH:ким-чен-ын:김정은:reported")).toBe(true);
    expect(graph.isDirected("VISITED:ким-чен-ын:russia:reported")).toBe(true);
  });

  it("should quote list items so commas, quotes and backslashes survive", () => {
    expect(gexfList(['a, b', 'say "x"', "back\\slash"])).toBe('["a, b", "say \\"x\\"", "back\\\\slash"]');
  });

  it("should be a static graph when no relation is dated", () => {
    const bundle = fixtureBundle();
    bundle.graph = { ...bundle.graph, edges: bundle.graph.edges.map((e) => (e.attributes ? { ...e, attributes: { ...e.attributes, eventDate: null } } : e)) };

    const xmlStatic = exportGexf(bundle).toString("utf8");

    expect(xmlStatic).toContain('mode="static"');
    expect(xmlStatic).not.toContain("timeformat");
    expect(parse(Graph, xmlStatic).size).toBe(bundle.graph.edges.length);
  });
});
