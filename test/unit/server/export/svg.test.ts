import { XMLParser, XMLValidator } from "fast-xml-parser";

import { exportSvg } from "../../../../server/export/svg.js";
import { ENTITIES, fixtureBundle, RELATION_DETAILS, SCRIPT_NAME } from "../../../fixtures/export/bundle.js";

type El = Record<string, unknown>;

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "", isArray: (name) => ["g", "circle", "path", "text", "line", "marker"].includes(name) });

describe("SVG export", () => {
  const svg = exportSvg(fixtureBundle());
  const doc = parser.parse(svg) as { svg: El & { g: (El & { class: string; circle?: El[]; path?: El[]; text?: (El | string)[] })[]; defs: { marker: El[] } } };
  const group = (name: string) => doc.svg.g.find((g) => g.class === name);

  it("should be valid XML with an SVG root", () => {
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(doc.svg.xmlns).toBe("http://www.w3.org/2000/svg");
  });

  it("should draw one circle per entity, coloured by entity type, and one path per relation", () => {
    const circles = group("nodes")?.circle ?? [];

    expect(circles).toHaveLength(Object.keys(ENTITIES).length);
    expect(circles.map((c) => c.fill)).toEqual(expect.arrayContaining(["#4e79a7", "#f28e2b", "#59a14f"]));
    expect(group("edges")?.path).toHaveLength(RELATION_DETAILS.length);
  });

  it("should colour relations by type with arrows, none on symmetric relations, dashes by status", () => {
    const paths = group("edges")?.path ?? [];
    const byColor = (color: string) => paths.find((p) => p.stroke === color);

    expect(byColor("#1f77b4")).toMatchObject({ "marker-end": "url(#arrow-VISITED)" });
    expect(byColor("#17becf")?.["marker-end"]).toBeUndefined();
    expect(byColor("#d62728")).toMatchObject({ "stroke-dasharray": "9 5" });
    expect(doc.svg.defs.marker.map((m) => m.id)).toContain("arrow-SUPPLIES_WEAPONS_TO");
    expect(doc.svg.defs.marker.map((m) => m.id)).not.toContain("arrow-MET_WITH");
  });

  it("should draw parallel relations between the same pair as separate curves", () => {
    const paths = (group("edges")?.path ?? []).map((p) => String(p.d));

    expect(paths.filter((d) => d.includes("Q"))).toHaveLength(2);
  });

  it("should write labels as escaped text and a legend of what is drawn", () => {
    expect(svg).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(svg).not.toContain(SCRIPT_NAME);
    expect(svg).toContain("김정은");
    const legend = (group("legend")?.text ?? []).map((t) => (typeof t === "string" ? t : String(t["#text"])));
    expect(legend).toEqual(expect.arrayContaining(["Entities", "Relations", "Status", "Country (2)", "supplies weapons to (1)", "alleged (1)"]));
  });

  it("should be non-blank: shapes inside the canvas", () => {
    const width = Number(doc.svg.width);
    const height = Number(doc.svg.height);
    const circles = group("nodes")?.circle ?? [];

    expect(width).toBeGreaterThan(0);
    for (const c of circles) {
      expect(Number(c.cx)).toBeGreaterThan(0);
      expect(Number(c.cx)).toBeLessThan(width);
      expect(Number(c.cy)).toBeGreaterThan(0);
      expect(Number(c.cy)).toBeLessThan(height);
    }
  });

  it("should place entities at the view's positions", () => {
    const view = { positions: Object.fromEntries(Object.values(ENTITIES).map((e, i) => [e.id, { x: i * 10, y: 0 }])) };
    const placed = parser.parse(exportSvg(fixtureBundle({ view }))) as typeof doc;
    const xs = (placed.svg.g.find((g) => g.class === "nodes")?.circle ?? []).map((c) => Number(c.cx));

    expect(xs).toEqual([...xs].sort((a, b) => a - b));
  });

  it("should draw an empty graph", () => {
    const bundle = fixtureBundle();
    bundle.graph = { ...bundle.graph, nodes: [], edges: [] };

    expect(XMLValidator.validate(exportSvg(bundle))).toBe(true);
  });
});
