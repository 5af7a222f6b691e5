import { exportBodySchema, exportQuerySchema, jobFromBody, jobFromQuery } from "../../../../server/export/request.js";
import { RELATION_STATUS_NAMES, RELATION_TYPE_NAMES } from "../../../../graph-schema/index.js";

describe("export requests", () => {
  it("should turn GET filters into a view export, or an ego network with around", () => {
    const view = jobFromQuery(exportQuerySchema.parse({ format: "gexf", types: "VISITED,DENIES", status: "alleged", from: "2024-06", clock: "report" }));
    const ego = jobFromQuery(exportQuerySchema.parse({ format: "svg", around: "north-korea", depth: "2" }));

    expect(view.request).toEqual({ kind: "graph", filter: { types: ["VISITED", "DENIES"], statuses: ["alleged"], clock: "report", from: "2024-06", to: null } });
    expect(ego.request).toEqual({ kind: "ego", around: "north-korea", depth: 2, filter: { types: RELATION_TYPE_NAMES, statuses: RELATION_STATUS_NAMES, clock: "event", from: null, to: null } });
  });

  it("should refuse an unknown format, naming the known ones", () => {
    const parsed = exportQuerySchema.safeParse({ format: "pdf" });

    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toMatch(/unknown format; expected one of graphml, gexf, csv, json, cypher, svg, html/);
  });

  it("should refuse unknown parameters, bad dates and from after to", () => {
    expect(exportQuerySchema.safeParse({ format: "json", bogus: "1" }).success).toBe(false);
    expect(exportQuerySchema.safeParse({ format: "json", from: "June" }).success).toBe(false);
    expect(exportQuerySchema.safeParse({ format: "json", from: "2024-07", to: "2024-06" }).success).toBe(false);
    expect(exportQuerySchema.safeParse({ format: "json", around: "../etc/passwd" }).success).toBe(false);
  });

  it("should take a selection, with the filter applying to relations among the selected entities", () => {
    const job = jobFromBody(exportBodySchema.parse({ format: "csv", selection: { entities: ["russia", "north-korea"] }, filter: { status: ["reported"] }, title: "  Mine  " }));

    expect(job.request).toMatchObject({ kind: "selection", entities: ["russia", "north-korea"], relations: [], filter: { statuses: ["reported"] } });
    expect(job.title).toBe("Mine");
  });

  it("should take a Cypher query with parameters, and nothing else with it", () => {
    const job = jobFromBody(exportBodySchema.parse({ format: "json", cypher: { query: "MATCH (e:Entity {id: $id}) RETURN e", params: { id: "russia", n: 3 } } }));

    expect(job.request).toMatchObject({ kind: "cypher", query: "MATCH (e:Entity {id: $id}) RETURN e" });
    expect(exportBodySchema.safeParse({ format: "json", cypher: { query: "RETURN 1" }, selection: { entities: ["a"] } }).success).toBe(false);
    expect(exportBodySchema.safeParse({ format: "json", cypher: { query: "RETURN 1" }, filter: { types: ["VISITED"] } }).success).toBe(false);
  });

  it("should validate the view: finite positions, hex colours, positive sizes", () => {
    const ok = exportBodySchema.safeParse({ format: "svg", view: { positions: { a: { x: 1, y: 2 } }, colors: { a: "#abc" }, sizes: { a: 4 } } });

    expect(ok.success).toBe(true);
    expect(exportBodySchema.safeParse({ format: "svg", view: { colors: { a: "red;background:url(x)" } } }).success).toBe(false);
    expect(exportBodySchema.safeParse({ format: "svg", view: { sizes: { a: -1 } } }).success).toBe(false);
    expect(exportBodySchema.safeParse({ format: "svg", view: { positions: { a: { x: "1", y: 2 } } } }).success).toBe(false);
  });

  it("should refuse an empty selection and a selection that is also an ego network", () => {
    expect(exportBodySchema.safeParse({ format: "svg", selection: {} }).success).toBe(false);
    expect(exportBodySchema.safeParse({ format: "svg", selection: { entities: ["a"] }, filter: { around: "a" } }).success).toBe(false);
  });
});
