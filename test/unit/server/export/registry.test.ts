import { EXPORTERS, EXPORT_FORMATS, isExportFormat } from "../../../../server/export/registry.js";
import { exportFileName } from "../../../../server/export/filename.js";
import { evidencePolicy, EXPORT_LIMITS } from "../../../../server/export/collect-bundle.js";
import { describeEvidencePolicy, describeScope } from "../../../../server/export/describe.js";
import { fixtureBundle, fixturePayload } from "../../../fixtures/export/bundle.js";

const size = (out: string | Uint8Array) => (typeof out === "string" ? out.length : out.byteLength);

describe("the EXPORTERS registry", () => {
  it("should list the seven formats with extension, content type and label", () => {
    expect(EXPORT_FORMATS).toEqual(["graphml", "gexf", "csv", "json", "cypher", "svg", "html"]);
    for (const format of EXPORT_FORMATS) {
      expect(EXPORTERS[format]).toMatchObject({ extension: expect.any(String), contentType: expect.any(String), label: expect.any(String) });
    }
    expect(isExportFormat("graphml")).toBe(true);
    expect(isExportFormat("toString")).toBe(false);
  });

  it.each(EXPORT_FORMATS)("%s should export the fixture and an empty graph", (format) => {
    const empty = fixtureBundle();
    empty.graph = { ...empty.graph, nodes: [], edges: [] };

    expect(size(EXPORTERS[format].export(fixtureBundle(), {}))).toBeGreaterThan(100);
    expect(size(EXPORTERS[format].export(empty, {}))).toBeGreaterThan(0);
  });

  it.each(EXPORT_FORMATS)("%s should be deterministic for the same bundle", (format) => {
    const a = EXPORTERS[format].export(fixtureBundle(), {});
    const b = EXPORTERS[format].export(fixtureBundle(), {});

    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });
});

describe("file names", () => {
  it("should be newsgraph-<scope>-<yyyy-mm-dd>.<ext>, ASCII only", () => {
    const filter = fixtureBundle().meta.scope.kind === "graph" ? { types: [], statuses: [], clock: "event" as const, from: null, to: null } : null;
    if (!filter) throw new Error("unreachable");
    const at = "2024-08-01T23:59:00.000Z";

    expect(exportFileName({ scope: { kind: "graph", filter }, generatedAt: at }, "graphml")).toBe("newsgraph-graph-2024-08-01.graphml");
    expect(exportFileName({ scope: { kind: "graph", filter: { ...filter, from: "2024" } }, generatedAt: at }, "gexf")).toBe("newsgraph-view-2024-08-01.gexf");
    expect(exportFileName({ scope: { kind: "ego", filter, centre: { id: "north-korea", name: "North Korea", entityType: "Country" }, depth: 1 }, generatedAt: at }, "svg")).toBe(
      "newsgraph-ego-north-korea-2024-08-01.svg",
    );
    expect(exportFileName({ scope: { kind: "ego", filter, centre: { id: "김정은", name: "김정은", entityType: "Person" }, depth: 1 }, generatedAt: at }, "svg")).toBe("newsgraph-ego-2024-08-01.svg");
    expect(exportFileName({ scope: { kind: "cypher", query: "RETURN 1" }, generatedAt: at }, "csv.zip")).toBe("newsgraph-cypher-2024-08-01.csv.zip");
    expect(exportFileName({ scope: { kind: "selection", filter, entities: ["a"], relations: [] }, generatedAt: at }, "html")).toBe("newsgraph-selection-2024-08-01.html");
  });
});

describe("the evidence policy", () => {
  it("should export all evidence for typical subgraphs", () => {
    expect(evidencePolicy(fixturePayload())).toEqual({ kind: "complete" });
  });

  it("should cap evidence per relation beyond 2,000 relations, and say why", () => {
    const payload = fixturePayload();
    const edge = payload.edges[0];
    if (!edge) throw new Error("fixture has edges");
    payload.edges = Array.from({ length: EXPORT_LIMITS.completeEvidenceRelations + 1 }, (_, i) => ({ ...edge, key: `e${i}` }));

    const policy = evidencePolicy(payload);

    expect(policy).toMatchObject({ kind: "capped", perRelation: 3 });
    expect(describeEvidencePolicy(policy)).toMatch(/Up to 3 evidence statements per relation .*2001 relations, more than the 2000/);
  });

  it("should cap evidence when the statements are too many, even for few relations", () => {
    const payload = fixturePayload();
    payload.edges = payload.edges.map((e) => (e.attributes ? { ...e, attributes: { ...e.attributes, evidenceCount: 20_000 } } : e));

    expect(evidencePolicy(payload)).toMatchObject({ kind: "capped", reason: expect.stringMatching(/140000 evidence statements/) });
  });

  it("should describe scopes for report headers", () => {
    expect(describeScope({ kind: "cypher", query: "MATCH (n) RETURN n" })).toBe("Cypher query: MATCH (n) RETURN n");
    expect(describeScope({ kind: "graph", filter: { types: ["VISITED"], statuses: ["alleged"], clock: "report", from: "2024", to: null } })).toBe(
      "Graph view (relation types: visited; statuses: alleged; report dates 2024 to …)",
    );
  });
});
