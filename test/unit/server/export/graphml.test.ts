import { XMLParser, XMLValidator } from "fast-xml-parser";
import { parse } from "graphology-graphml";

import { exportGraphml } from "../../../../server/export/graphml.js";
import { ENTITIES, fixtureBundle, fixturePayload, SCRIPT_NAME } from "../../../fixtures/export/bundle.js";
import { Graph } from "./graph-class.js";


describe("GraphML export", () => {
  const xml = exportGraphml(fixtureBundle()).toString("utf8");

  it("should be well-formed XML", () => {
    expect(XMLValidator.validate(xml)).toBe(true);
  });

  it("should declare typed keys for nodes and edges", () => {
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "" }).parse(xml) as {
      graphml: { key: { id: string; for: string; "attr.name": string; "attr.type": string }[]; graph: { edgedefault: string } };
    };
    const types = Object.fromEntries(doc.graphml.key.map((k) => [`${k.for}.${k["attr.name"]}`, k["attr.type"]]));

    expect(doc.graphml.graph.edgedefault).toBe("directed");
    expect(types).toMatchObject({
      "node.label": "string",
      "node.entityType": "string",
      "node.mentionCount": "int",
      "node.x": "double",
      "node.r": "int",
      "edge.relationType": "string",
      "edge.status": "string",
      "edge.eventDate": "string",
      "edge.sourceCount": "int",
      "edge.evidenceCount": "int",
      "edge.confidence": "double",
      "edge.curated": "boolean",
      "edge.cameo": "string",
      "edge.ploverEventType": "string",
      "edge.articleIds": "string",
    });
  });

  it("should read back with graphology-graphml: same nodes, edges and attributes", () => {
    const graph = parse(Graph, xml);
    const payload = fixturePayload();

    expect(graph.order).toBe(payload.nodes.length);
    expect(graph.size).toBe(payload.edges.length);
    expect(graph.getNodeAttributes(ENTITIES.script.id)).toMatchObject({
      label: SCRIPT_NAME,
      entityType: "Organization",
      aliases: `${SCRIPT_NAME}|O"Reilly & <Co>`,
      mentionCount: 1,
      color: "#59a14f",
    });
    expect(graph.getNodeAttribute(ENTITIES.kimKo.id, "label")).toBe("김정은");
    expect(graph.getNodeAttribute(ENTITIES.rocket.id, "label")).toBe("🚀 Rocket Force");
    expect(typeof graph.getNodeAttribute(ENTITIES.russia.id, "x")).toBe("number");
    for (const edge of payload.edges) {
      const a = edge.attributes;
      if (!a) throw new Error("fixture edges have attributes");
      expect(graph.source(a.id)).toBe(edge.source);
      expect(graph.target(a.id)).toBe(edge.target);
      expect(graph.getEdgeAttributes(a.id)).toMatchObject({
        relationType: a.relationType,
        status: a.status,
        sourceCount: a.sourceCount,
        evidenceCount: a.evidenceCount,
        confidence: a.confidence,
        articleIds: a.articleIds.join("|"),
        ...(a.eventDate ? { eventDate: a.eventDate } : {}),
        ...(a.claimIds.length ? { claimIds: a.claimIds.join("|") } : {}),
      });
    }
  });

  it("should carry event codes, who alleges and denies, and the curated flag", () => {
    const graph = parse(Graph, xml);

    expect(graph.getEdgeAttributes("SUPPLIES_WEAPONS_TO:north-korea:russia:alleged")).toMatchObject({
      cameo: "072",
      ploverEventType: "AID",
      allegedBy: ENTITIES.script.id,
      allegedByNames: SCRIPT_NAME,
      deniedBy: "north-korea",
      deniedByNames: "North Korea",
      directed: true,
    });
    expect(graph.getEdgeAttributes("DENIES:north-korea:script-alert-1-script:reported")).toMatchObject({ ploverEventType: "DENY", ploverExtension: true });
    expect(graph.getEdgeAttribute("VISITED:ким-чен-ын:russia:reported", "curated")).toBe(true);
  });

  it("should mark symmetric relations directed=\"false\" and leave the others directed", () => {
    const edges = [...xml.matchAll(/<edge id="([^"]+)"[^>]*?(directed="false")?>/g)].map((m) => [m[1], m[2] !== undefined]);

    expect(Object.fromEntries(edges)).toEqual({
      "SUPPLIES_WEAPONS_TO:north-korea:russia:alleged": false,
      "ACCUSES:script-alert-1-script:north-korea:reported": false,
      "DENIES:north-korea:script-alert-1-script:reported": false,
      "VISITED:ким-чен-ын:russia:reported": false,
      "MET_WITH:ким-чен-ын:김정은:reported": true,
      "COOPERATES_WITH:o-brien-quote-sons:rocket-force:planned": true,
      "ATTACKED:rocket-force:russia:denied": false,
    });
  });

  it("should write every edge directed with directedOnly (for NetworkX), keeping directed=false as data", () => {
    const directedOnly = exportGraphml(fixtureBundle(), { directedOnly: true }).toString("utf8");

    expect(directedOnly).not.toContain('directed="false"');
    expect(parse(Graph, directedOnly).getEdgeAttribute("MET_WITH:ким-чен-ын:김정은:reported", "directed")).toBe(false);
  });

  it("should use the view's positions and colours when given", () => {
    const view = { positions: { russia: { x: 12.5, y: -3 } }, colors: { russia: "#ABC" } };

    const graph = parse(Graph, exportGraphml(fixtureBundle({ view })).toString("utf8"));

    expect(graph.getNodeAttributes("russia")).toMatchObject({ x: 12.5, y: -3, color: "#aabbcc" });
  });

  it("should write an empty graph", () => {
    const bundle = fixtureBundle();
    bundle.graph = { ...bundle.graph, nodes: [], edges: [] };

    const empty = exportGraphml(bundle).toString("utf8");

    expect(XMLValidator.validate(empty)).toBe(true);
    expect(parse(Graph, empty).order).toBe(0);
  });
});
