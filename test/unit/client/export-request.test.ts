import {
  MAX_BODY_BYTES,
  buildExportBody,
  filterBody,
  itemSelection,
  type ExportSnapshot,
  type ItemSet,
} from "../../../client/export/request.js";
import { fileNameFromDisposition } from "../../../client/export/file-name.js";
import { KNOWN_SERVER_FORMATS, PNG_FORMAT, toFormatOptions } from "../../../client/export/formats.js";

const view: ItemSet = {
  nodes: [
    { id: "sergei-shoigu", x: 1.234567, y: -2.5, color: "#f28e2b", size: 9.87654 },
    { id: "north-korea", x: 10, y: 20, color: "#4e79a7", size: 18 },
    { id: "hamas", x: 30, y: 40, color: "#59a14f", size: 4 },
  ],
  edges: [{ id: "VISITED:sergei-shoigu:north-korea:reported", source: "sergei-shoigu", target: "north-korea" }],
};

const snapshot = (overrides: Partial<ExportSnapshot> = {}): ExportSnapshot => ({
  filters: { relationTypes: null, statuses: null },
  clientOnlyRelationFilters: false,
  time: { clock: "event", from: null, to: null },
  colorBy: "type",
  view,
  highlighted: null,
  selectedEntity: null,
  cypher: null,
  ...overrides,
});

const build = (scope: Parameters<typeof buildExportBody>[0], s: ExportSnapshot, title = "", depth = 1) => buildExportBody(scope, "json", s, { title, depth });

describe("export request: current view", () => {
  it("should send the entities and relations on screen, the filter and the picture", () => {
    const built = build("view", snapshot());
    expect(built.ok).toBe(true);
    if (!built.ok) return;
    expect(built.value.body).toEqual({
      format: "json",
      title: "Current view: 3 entities, 1 relations",
      filter: { clock: "event" },
      selection: { entities: ["sergei-shoigu", "north-korea", "hamas"], relations: ["VISITED:sergei-shoigu:north-korea:reported"] },
      view: {
        positions: { "sergei-shoigu": { x: 1.23, y: -2.5 }, "north-korea": { x: 10, y: 20 }, hamas: { x: 30, y: 40 } },
        sizes: { "sergei-shoigu": 9.88, "north-korea": 18, hamas: 4 },
      },
    });
    expect(built.value.notes).toEqual([]);
  });

  it("when a filter the server does not know narrows relations, then only lone entities are listed", () => {
    const built = build("view", snapshot({ clientOnlyRelationFilters: true }));
    expect(built.ok && built.value.body.selection).toEqual({ entities: ["hamas"], relations: ["VISITED:sergei-shoigu:north-korea:reported"] });
  });

  it("should send the relation type, status and time filters as the server names them", () => {
    const s = snapshot({ filters: { relationTypes: ["VISITED", "DENIES"], statuses: ["alleged"] }, time: { clock: "report", from: "2024-01", to: "2024-06" } });
    expect(filterBody(s)).toEqual({ types: ["VISITED", "DENIES"], status: ["alleged"], clock: "report", from: "2024-01", to: "2024-06" });
    // "No type" cannot be said to the server (an empty list means all): the items carry the view.
    expect(filterBody(snapshot({ filters: { relationTypes: [], statuses: null } }))).toEqual({ clock: "event" });
  });

  it("should send colours only when nodes are coloured by community (else the server derives the same)", () => {
    const built = build("view", snapshot({ colorBy: "community" }));
    expect(built.ok && built.value.body.view?.colors).toEqual({ "sergei-shoigu": "#f28e2b", "north-korea": "#4e79a7", hamas: "#59a14f" });
  });

  it("should keep the user's title", () => {
    const built = build("view", snapshot(), "  Weapons to Russia  ");
    expect(built.ok && built.value.body.title).toBe("Weapons to Russia");
  });

  it("when nothing is on screen, then it says so instead of sending", () => {
    const built = build("view", snapshot({ view: { nodes: [], edges: [] } }));
    expect(built).toEqual({ ok: false, message: expect.stringMatching(/Nothing on screen/) });
  });

  it("when the view is too large for one request, then it falls back to the server-side filter and says so", () => {
    const nodes = Array.from({ length: 9000 }, (_, i) => ({ id: `entity-number-${i}`, x: i * 1.11, y: i * 2.22, color: "#4e79a7", size: 7.5 }));
    const edges = Array.from({ length: 20000 }, (_, i) => ({ id: `VISITED:entity-number-${i % 9000}:entity-number-${(i * 7) % 9000}:reported`, source: `entity-number-${i % 9000}`, target: `entity-number-${(i * 7) % 9000}` }));
    const built = build("view", snapshot({ view: { nodes, edges }, filters: { relationTypes: ["VISITED"], statuses: null } }));
    expect(built.ok).toBe(true);
    if (!built.ok) return;
    expect(built.value.body.selection).toBeUndefined();
    expect(built.value.body.filter).toEqual({ types: ["VISITED"], clock: "event" });
    expect(built.value.notes.join(" ")).toMatch(/too many relations \(20,000\)/);
    expect(JSON.stringify(built.value.body).length).toBeLessThan(MAX_BODY_BYTES);
  });

  it("when only the picture makes it too large, then the picture is dropped first", () => {
    const nodes = Array.from({ length: 14000 }, (_, i) => ({ id: `e-${i}`, x: i + 0.123, y: i + 0.456, color: "#4e79a7", size: 7.25 }));
    const built = build("view", snapshot({ view: { nodes, edges: [] }, colorBy: "community" }));
    expect(built.ok).toBe(true);
    if (!built.ok) return;
    expect(built.value.body.selection?.entities.length).toBe(14000);
    expect(built.value.body.view?.colors === undefined).toBe(true);
    expect(built.value.body.view?.positions === undefined).toBe(false);
    expect(built.value.notes).toEqual([expect.stringMatching(/picks the colours/)]);
  });
});

describe("export request: selection, ego network, Cypher", () => {
  const highlighted: ItemSet = { nodes: view.nodes.slice(0, 2), edges: view.edges };

  it("should send what the selection highlights, without adding relations among its entities", () => {
    const built = build("selection", snapshot({ highlighted, selectedEntity: { id: "sergei-shoigu", name: "Sergei Shoigu" } }));
    expect(built.ok && built.value.body).toEqual(
      expect.objectContaining({
        title: "Selection: Sergei Shoigu and its relations",
        selection: { entities: [], relations: ["VISITED:sergei-shoigu:north-korea:reported"] },
        filter: { clock: "event" },
      }),
    );
    expect(build("selection", snapshot())).toEqual({ ok: false, message: expect.stringMatching(/Select an entity or a relation/) });
  });

  it("should ask the server for the ego network of the selected entity with the view's filters", () => {
    const s = snapshot({ selectedEntity: { id: "north-korea", name: "North Korea" }, filters: { relationTypes: ["ACCUSES"], statuses: null } });
    const built = build("ego", s, "", 2);
    expect(built.ok && built.value.body.filter).toEqual({ types: ["ACCUSES"], clock: "event", around: "north-korea", depth: 2 });
    expect(built.ok && built.value.body.title).toBe("Ego network of North Korea (2 hops)");
    expect(built.ok && built.value.body.selection).toBeUndefined();
    expect(build("ego", s, "", 9).ok && (build("ego", s, "", 9) as { ok: true; value: { body: { filter?: { depth?: number } } } }).value.body.filter?.depth).toBe(3);
    expect(build("ego", snapshot())).toEqual({ ok: false, message: expect.stringMatching(/Select an entity/) });
  });

  it("should send the last Cypher query with its parameters and no filter", () => {
    const cypher = { query: "MATCH p = (:Entity {id: $id})-[*1..2]-(:Entity) RETURN p", params: { id: "iran" } };
    const built = build("cypher", snapshot({ cypher }));
    expect(built.ok && built.value.body.cypher).toEqual(cypher);
    expect(built.ok && built.value.body.filter).toBeUndefined();
    expect(built.ok && built.value.body.selection).toBeUndefined();
    expect(build("cypher", snapshot())).toEqual({ ok: false, message: expect.stringMatching(/Cypher console/) });
  });

  it("should never send ids the server would refuse", () => {
    const odd: ItemSet = { nodes: [{ id: "../etc", x: 0, y: 0, color: "#000000", size: 4 }], edges: [{ id: "a/b", source: "x", target: "y" }] };
    expect(itemSelection(odd, false)).toEqual({ entities: [], relations: [] });
  });
});

describe("export downloads and formats", () => {
  it("should take the file name from Content-Disposition, or fall back", () => {
    expect(fileNameFromDisposition('attachment; filename="newsgraph-view-2024-06-01.json"', "x.json")).toBe("newsgraph-view-2024-06-01.json");
    expect(fileNameFromDisposition("attachment; filename=report.html", "x")).toBe("report.html");
    expect(fileNameFromDisposition('attachment; filename="../../evil.sh"', "safe.json")).toBe("safe.json");
    expect(fileNameFromDisposition(null, "safe.json")).toBe("safe.json");
  });

  it("should offer PNG first, then the server's formats in a stable order", () => {
    const options = toFormatOptions({
      formats: [
        { format: "json", label: "JSON", extension: "json", contentType: "application/json" },
        { format: "graphml", label: "GraphML", extension: "graphml", contentType: "x" },
        { format: "html", label: "Report", extension: "html", contentType: "text/html" },
      ],
    });
    expect(options?.map((o) => o.format)).toEqual(["png", "html", "graphml", "json"]);
    expect(options?.[0]).toBe(PNG_FORMAT);
    expect(toFormatOptions({ formats: [] })).toBeNull();
    expect(toFormatOptions("nonsense")).toBeNull();
    expect(KNOWN_SERVER_FORMATS.map((f) => f.format)).toEqual(["svg", "html", "graphml", "gexf", "csv", "json", "cypher"]);
  });
});
