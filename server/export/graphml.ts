/**
 * GraphML for Gephi, yEd, Cytoscape and NetworkX: typed `<key>` declarations (string, int, double,
 * boolean), directed edges by default and `directed="false"` on symmetric relations. Node keys named
 * label, x, y, size, r, g, b are the ones Gephi's importer maps to label, position, size and colour.
 * Lists (aliases, article ids, ...) are "|"-joined strings: GraphML has no list type.
 * NetworkX cannot read mixed graphs (it refuses `directed="false"` in a directed graph): the
 * `directedOnly` option writes every edge directed, symmetric ones keeping `directed` = false as data.
 */
import { EDGE_COLUMNS, NODE_COLUMNS, columnText, type Column, type ColumnType } from "./attributes.js";
import type { ExportBundle, ExportOptions } from "./bundle.js";
import { describeScope } from "./describe.js";
import { toExportGraph, type ExportEdge, type ExportNode } from "./prepare.js";
import { hexToRgb } from "./style.js";
import { XmlWriter } from "./xml-writer.js";

const GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns";

const GRAPHML_TYPES: Record<ColumnType, string> = { string: "string", int: "int", double: "double", boolean: "boolean", list: "string" };

/** r, g, b int keys derived from the colour column: what Gephi reads as colour. */
function rgbColumns<T extends { color: string }>(): Column<T>[] {
  return (["r", "g", "b"] as const).map((c) => ({ name: c, type: "int" as const, get: (item: T) => hexToRgb(item.color)[c] }));
}

const NODE_KEYS: readonly Column<ExportNode>[] = [...NODE_COLUMNS, ...rgbColumns<ExportNode>()];
const EDGE_KEYS: readonly Column<ExportEdge>[] = [...EDGE_COLUMNS, ...rgbColumns<ExportEdge>()];

const GRAPH_KEYS = ["title", "description", "generatedAt", "scope", "evidencePolicy", "notes"] as const;

export function exportGraphml(bundle: ExportBundle, options: ExportOptions = {}): Buffer {
  const graph = toExportGraph(bundle);
  const xml = new XmlWriter();
  xml.open("graphml", {
    xmlns: GRAPHML_NS,
    "xmlns:xsi": "http://www.w3.org/2001/XMLSchema-instance",
    "xsi:schemaLocation": `${GRAPHML_NS} ${GRAPHML_NS}/1.0/graphml.xsd`,
  });
  for (const name of GRAPH_KEYS) xml.leaf("key", { id: `g_${name}`, for: "graph", "attr.name": name, "attr.type": "string" });
  writeKeys(xml, "node", NODE_KEYS);
  writeKeys(xml, "edge", EDGE_KEYS);

  xml.open("graph", { id: "newsgraph", edgedefault: "directed" });
  const meta = graph.meta;
  const graphData: Record<(typeof GRAPH_KEYS)[number], string> = {
    title: meta.title,
    description: describeScope(meta.scope),
    generatedAt: meta.generatedAt,
    scope: meta.scope.kind,
    evidencePolicy: meta.evidence.kind,
    notes: meta.notes.join("\n"),
  };
  for (const name of GRAPH_KEYS) if (graphData[name]) xml.leaf("data", { key: `g_${name}` }, graphData[name]);

  for (const node of graph.nodes) {
    xml.open("node", { id: node.id });
    writeData(xml, "n", NODE_KEYS, node);
    xml.close();
  }
  for (const edge of graph.edges) {
    xml.open("edge", { id: edge.id, source: edge.source, target: edge.target, directed: edge.directed || options.directedOnly ? null : false });
    writeData(xml, "e", EDGE_KEYS, edge);
    xml.close();
  }
  xml.close().close();
  return xml.toBytes();
}

function writeKeys<T>(xml: XmlWriter, domain: "node" | "edge", columns: readonly Column<T>[]): void {
  const prefix = domain === "node" ? "n" : "e";
  for (const c of columns) xml.leaf("key", { id: `${prefix}_${c.name}`, for: domain, "attr.name": c.name, "attr.type": GRAPHML_TYPES[c.type] });
}

function writeData<T>(xml: XmlWriter, prefix: string, columns: readonly Column<T>[], item: T): void {
  for (const c of columns) {
    const text = columnText(c.type, c.get(item));
    if (text !== null && text !== "") xml.leaf("data", { key: `${prefix}_${c.name}` }, text);
  }
}
