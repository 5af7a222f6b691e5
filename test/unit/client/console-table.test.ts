import type { CypherResponse } from "../../../graph-schema/index.js";
import { formatCell, inlineText, previewText } from "../../../client/console/cell-format.js";
import { describeApply, describeRun, errorView } from "../../../client/console/messages.js";
import { toExplorerGraph } from "../../../client/console/to-explorer-graph.js";
import { withoutPosition } from "../../../client/console/cypher-api.js";

const node = (id: string, labels: string[], properties: Record<string, string>) => ({ id, labels, properties });
const shoigu = node("sergei-shoigu", ["Entity", "Person"], { name: "Sergei Shoigu" });
const nk = node("north-korea", ["Entity", "Country"], { name: "North Korea" });
const visit = { id: "VISITED:sergei-shoigu:north-korea:reported", type: "VISITED", start: "sergei-shoigu", end: "north-korea", properties: {} };

describe("result cells", () => {
  it("should show nodes by name with their most specific label", () => {
    expect(formatCell(shoigu)).toEqual({ kind: "node", text: "Sergei Shoigu", tag: "Person", id: "sergei-shoigu" });
    expect(formatCell(node("art-1", ["Article"], { title: "Kunjungan" }))).toEqual({ kind: "node", text: "Kunjungan", tag: "Article", id: "art-1" });
  });

  it("should show relationships by type and named ends", () => {
    const names = new Map([["sergei-shoigu", "Sergei Shoigu"], ["north-korea", "North Korea"]]);
    expect(formatCell(visit, (id) => names.get(id))).toEqual({ kind: "relationship", text: "Sergei Shoigu → North Korea", tag: "VISITED", id: visit.id });
    expect(formatCell(visit).text).toBe("sergei-shoigu → north-korea");
  });

  it("should show paths as chains with direction", () => {
    const path = { nodes: [shoigu, nk], relationships: [visit] };
    expect(formatCell(path)).toEqual({ kind: "path", text: "Sergei Shoigu -[VISITED]-> North Korea", tag: "path, 1 hop" });
    expect(formatCell({ nodes: [nk, shoigu], relationships: [visit] }).text).toBe("North Korea <-[VISITED]- Sergei Shoigu");
  });

  it("should show scalars, nulls, lists and maps compactly", () => {
    expect(formatCell(null)).toEqual({ kind: "null", text: "null" });
    expect(formatCell(undefined)).toEqual({ kind: "null", text: "null" });
    expect(formatCell(3)).toEqual({ kind: "scalar", text: "3" });
    expect(formatCell(["a", "b"])).toEqual({ kind: "list", text: "a · b" });
    expect(formatCell([1, "b", null]).text).toBe('[1, "b", null]');
    expect(formatCell({ a: 1, b: [shoigu] }).text).toBe("{a: 1, b: [(Person) Sergei Shoigu]}");
    expect(inlineText(true)).toBe("true");
  });

  it("should keep markup as plain text (the table inserts text nodes)", () => {
    expect(formatCell("<img src=x onerror=alert(1)>")).toEqual({ kind: "text", text: "<img src=x onerror=alert(1)>" });
  });

  it("should shorten long cells on a word boundary", () => {
    const text = "word ".repeat(60).trim();
    const { preview, truncated } = previewText(text, 140);
    expect(truncated).toBe(true);
    expect(preview.length).toBeLessThanOrEqual(141);
    expect(preview.endsWith("word…")).toBe(true);
    expect(previewText("short")).toEqual({ preview: "short", truncated: false });
  });
});

const result = (rows: number, truncated: CypherResponse["summary"]["truncatedReason"]): CypherResponse => ({
  columns: ["n"],
  rows: [],
  graph: { attributes: {}, options: { type: "directed", multi: true, allowSelfLoops: true }, nodes: [], edges: [] },
  summary: { timeMs: 42.4, rows, truncated: truncated !== null, truncatedReason: truncated },
});

describe("console messages", () => {
  it("should say how many rows came back and what can be drawn", () => {
    const run = describeRun(result(12, null), toExplorerGraph(result(0, null).graph));
    expect(run.summary).toBe("12 rows · 42 ms · nothing to draw (no nodes, relationships or paths returned)");
    expect(run.notice).toBeNull();
  });

  it("should flag a result cut at the row cap", () => {
    const run = describeRun(result(5000, "row-cap"), toExplorerGraph(result(0, null).graph));
    expect(run.notice).toMatch(/^5,000 rows shown \(cap\)/);
    expect(describeRun(result(812, "size-cap"), toExplorerGraph(result(0, null).graph)).notice).toMatch(/^812 rows shown \(size cap\)/);
  });

  it("should explain refusals with their rule and syntax errors with their position", () => {
    expect(errorView({ kind: "refused", rule: "plan:write-query", message: "The console is read-only." }).title).toBe("Refused (rule: plan:write-query)");
    const syntax = errorView({ kind: "syntax-error", message: "Invalid input 'RETURN'", position: { line: 1, column: 10, offset: 9 } });
    expect(syntax.title).toBe("Syntax error at line 1, column 10");
    expect(errorView({ kind: "timeout", message: "The query ran longer than 5 s and was stopped." }).message).toMatch(/LIMIT/);
  });

  it("should drop the position Neo4j counted on the server's text", () => {
    expect(withoutPosition("Invalid input 'RETURN': expected ')' (line 1, column 18 (offset: 17))")).toBe("Invalid input 'RETURN': expected ')'");
  });

  it("should report what Replace and Add did", () => {
    expect(describeApply({ mode: "replace", nodes: 5, edges: 3, addedNodes: 5, addedEdges: 3, hiddenNodes: 0 })).toMatch(/^The graph now shows the query result: 5 nodes, 3 edges/);
    expect(describeApply({ mode: "add", nodes: 9, edges: 9, addedNodes: 0, addedEdges: 0, hiddenNodes: 0 })).toBe("Everything in the result is already in the graph.");
    expect(describeApply({ mode: "add", nodes: 9, edges: 9, addedNodes: 2, addedEdges: 1, hiddenNodes: 1 })).toBe("Added 2 nodes and 1 edge to the graph. 1 node is hidden by the current filters.");
  });
});
