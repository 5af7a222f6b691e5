import { LEGEND_METRICS, layoutLegend, legendRows, type LegendInput } from "../../../client/export/legend-layout.js";
import { exportScale } from "../../../client/export/png-size.js";
import { entityColor, relationColor, UNKNOWN_COLOR } from "../../../client/render/styles.js";

const input = (overrides: Partial<LegendInput> = {}): LegendInput => ({
  entityTypes: new Set(["Person", "Country"]),
  otherNodeLabels: new Set(),
  relationTypes: new Set(["VISITED", "DENIES"]),
  otherEdgeTypes: new Set(),
  statuses: new Set(["reported", "contested"]),
  communities: null,
  sizeBy: "degree",
  ...overrides,
});

describe("PNG legend", () => {
  it("should list only what the picture uses, in the schema's order, with the schema's colours", () => {
    const rows = legendRows(input());
    expect(rows.map((r) => r.title)).toEqual(["Nodes", "Relations", "Status"]);
    expect(rows[0]?.items.map((i) => i.label)).toEqual(["Country", "Person", "size: degree"]);
    expect(rows[0]?.items[0]?.swatch).toEqual({ kind: "dot", color: entityColor("Country") });
    expect(rows[1]?.items.map((i) => i.label)).toEqual(["visited", "denies"]);
    expect(rows[1]?.items[0]?.swatch).toEqual({ kind: "line", color: relationColor("VISITED") });
    expect(rows[2]?.items.map((i) => i.label)).toEqual(["reported", "alleged, denied", "width: independent sources"]);
  });

  it("should name other node labels and relationship types in neutral grey", () => {
    const rows = legendRows(input({ otherNodeLabels: new Set(["Evidence", "Article"]), otherEdgeTypes: new Set(["STATES"]) }));
    expect(rows[0]?.items).toContainEqual({ swatch: { kind: "dot", color: UNKNOWN_COLOR }, label: "Article, Evidence" });
    expect(rows[1]?.items).toContainEqual({ swatch: { kind: "line", color: UNKNOWN_COLOR }, label: "STATES" });
  });

  it("should describe community colours instead of entity types", () => {
    const rows = legendRows(input({ communities: 4, sizeBy: "pagerank" }));
    expect(rows[0]?.items.map((i) => i.label)).toEqual(["colour: 4 Louvain communities", "size: PageRank"]);
  });

  it("should wrap items to the image width", () => {
    const rows = legendRows(input({ entityTypes: new Set(["Country", "Person", "Organization", "Location", "Group"]) }));
    const measure = (text: string) => text.length * 7;
    const wide = layoutLegend(rows, { ...LEGEND_METRICS, width: 2000 }, measure);
    const narrow = layoutLegend(rows, { ...LEGEND_METRICS, width: 320 }, measure);
    expect(narrow.height).toBeGreaterThan(wide.height);
    for (const placed of narrow.items) expect(placed.x).toBeLessThan(320);
    expect(new Set(wide.items.filter((p) => p.y === wide.titles[0]?.y).map((p) => p.item.label)).size).toBe(6);
  });

  it("should aim at about 3,000 px wide, at 3x to 6x the screen", () => {
    expect(exportScale(656)).toBeCloseTo(3000 / 656);
    expect(exportScale(1280)).toBe(3);
    expect(exportScale(300)).toBe(6);
  });
});
