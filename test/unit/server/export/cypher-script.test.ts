import { exportCypherScript, splitCypherStatements } from "../../../../server/export/cypher-script.js";
import { ENTITIES, fixtureBundle, RELATION_DETAILS, SCRIPT_NAME } from "../../../fixtures/export/bundle.js";

describe("Cypher script export", () => {
  const script = exportCypherScript(fixtureBundle());
  const statements = splitCypherStatements(script);

  it("should start with newsgraph's schema, then entities, relations, articles and evidence", () => {
    const kinds = statements.map((s) => (s.startsWith("CREATE") ? "schema" : /MERGE \(e:Entity/.test(s) ? "entities" : /MERGE \(s\)-\[r:/.test(s) ? "relations" : /MERGE \(a:Article/.test(s) ? "articles" : /MERGE \(v:Evidence/.test(s) ? "evidence" : "other"));

    expect(kinds.filter((k, i) => k !== kinds[i - 1])).toEqual(["schema", "entities", "relations", "articles", "evidence"]);
    expect(kinds).not.toContain("other");
  });

  it("should give each entity its type label and each relation its type, from the closed tables", () => {
    expect(script).toContain("SET e += row, e:`Country`");
    expect(script).toContain("SET e += row, e:`Person`");
    for (const r of RELATION_DETAILS) expect(script).toContain(`MERGE (s)-[r:\`${r.relationType}\` {id: row.id}]->(t)`);
  });

  it("should write every value as an escaped literal, with no parameters", () => {
    expect(script).not.toMatch(/\$[A-Za-z_]/);
    expect(script).toContain("name: '<script>alert(1)</script>'");
    expect(script).toContain("name: 'O\\'Brien \\\"Quote\\\" & Sons'");
    expect(script).toContain("sentence: 'Pyongyang denied the claim\\u0007 with a tab\\there and </blockquote> ]]> text.'");
    expect(script).toContain("name: '김정은'");
    expect(script).toContain("sourceCount: 2, outletCount: 2, evidenceCount: 2");
    expect(script).toContain("confidence: 0.9");
    expect(script).toContain("curated: true");
  });

  it("should end every statement with ';' at a line end and never break a line inside a literal", () => {
    for (const statement of statements) {
      expect(statement.endsWith(";")).toBe(false);
      expect(statement).not.toMatch(/;\s*$/);
    }
    const body = script.split("\n").filter((l) => !l.startsWith("//") && l.trim() !== "");
    expect(body.filter((l) => l.endsWith(";"))).toHaveLength(statements.length);
  });

  it("should keep a hostile title inside its comment line", () => {
    const hostile = exportCypherScript(fixtureBundle({ title: "x\nMATCH (n) DETACH DELETE n;\r\u2028// y" }));

    expect(hostile.split("\n")[0]).toBe("// newsgraph export: x MATCH (n) DETACH DELETE n;  // y");
    expect(splitCypherStatements(hostile).some((s) => s.includes("DETACH DELETE"))).toBe(false);
  });

  it("should leave out articles and evidence without provenance", () => {
    const bare = splitCypherStatements(exportCypherScript(fixtureBundle(), { includeProvenance: false }));
    const none = splitCypherStatements(exportCypherScript(fixtureBundle({ evidence: { kind: "none" } })));

    for (const s of [...bare, ...none]) expect(s).not.toMatch(/MERGE \((a:Article|v:Evidence)/);
    expect(bare.filter((s) => s.includes("MERGE (e:Entity")).length).toBeGreaterThan(0);
  });

  it("should batch rows so large exports stay a few statements", () => {
    const bundle = fixtureBundle({ evidence: { kind: "none" } });
    const template = bundle.graph.nodes[0]?.attributes;
    if (!template) throw new Error("fixture has nodes");
    bundle.graph.nodes = Array.from({ length: 1200 }, (_, i) => ({ key: `n-${i}`, attributes: { ...template, label: `N ${i}`, entityType: "Country" as const } }));
    bundle.graph.edges = [];

    const entityStatements = splitCypherStatements(exportCypherScript(bundle)).filter((s) => s.includes("MERGE (e:Entity"));

    expect(entityStatements).toHaveLength(3);
  });

  it("should name the entities it mentions in the header", () => {
    expect(script.split("\n")[0]).toContain(SCRIPT_NAME);
    expect(script).toContain(`${Object.keys(ENTITIES).length} entities, ${RELATION_DETAILS.length} relations`);
  });
});
