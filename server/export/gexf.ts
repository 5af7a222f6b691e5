/**
 * GEXF 1.3 for Gephi: typed attribute model (liststring for lists), viz colour / size / position /
 * thickness / shape, and time intervals so Gephi's timeline works: the graph is `mode="dynamic"`
 * with `timeformat="date"`, every dated relation gets `start`/`end` (the days its event date covers,
 * or first..last report on the report clock), and an entity gets the union of its relations'
 * intervals when all of them are dated. Undated relations carry no interval: always visible.
 *
 * Written with our XmlWriter rather than graphology-gexf's writer, which (0.13.2) can emit 1.3 but
 * has no way to write `mode`, `timeformat` or edge `start`/`end`. Tests read the output back with
 * graphology-gexf's parser.
 */
import { EDGE_COLUMNS, NODE_COLUMNS, type Column, type ColumnType, type ColumnValue } from "./attributes.js";
import type { ExportBundle } from "./bundle.js";
import { describeScope } from "./describe.js";
import { isoDay } from "./dates.js";
import { toExportGraph, type ExportEdge, type ExportNode } from "./prepare.js";
import { hexToRgb } from "./style.js";
import { XmlWriter } from "./xml-writer.js";

const GEXF_TYPES: Record<ColumnType, string> = { string: "string", int: "integer", double: "double", boolean: "boolean", list: "liststring" };

const NODE_ATTRIBUTES = NODE_COLUMNS.filter((c) => !c.visual && c.name !== "label");
const EDGE_ATTRIBUTES = EDGE_COLUMNS.filter((c) => !c.visual && c.name !== "label");

/** A GEXF 1.3 list value: ["a", "b"], each item quoted with backslash escapes (as Gephi and graphology read them). */
export function gexfList(values: readonly string[]): string {
  return `[${values.map((v) => `"${v.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n").replace(/\r/g, "\\r").replace(/\t/g, "\\t")}"`).join(", ")}]`;
}

function gexfValue(type: ColumnType, value: ColumnValue): string | null {
  if (value === null) return null;
  if (type === "list") return Array.isArray(value) && value.length > 0 ? gexfList(value) : null;
  if (typeof value === "boolean") return value ? "true" : "false";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : null;
  return typeof value === "string" && value !== "" ? value : null;
}

export function exportGexf(bundle: ExportBundle): Buffer {
  const graph = toExportGraph(bundle);
  const dynamic = graph.edges.some((e) => e.interval !== null);
  const xml = new XmlWriter();
  xml.open("gexf", {
    xmlns: "http://gexf.net/1.3",
    "xmlns:viz": "http://gexf.net/1.3/viz",
    "xmlns:xsi": "http://www.w3.org/2001/XMLSchema-instance",
    "xsi:schemaLocation": "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd",
    version: "1.3",
  });
  xml.open("meta", { lastmodifieddate: isoDay(graph.meta.generatedAt) });
  xml.leaf("creator", undefined, "newsgraph");
  xml.leaf("description", undefined, `${graph.meta.title}. ${describeScope(graph.meta.scope)}.`);
  xml.close();

  xml.open("graph", { defaultedgetype: "directed", mode: dynamic ? "dynamic" : "static", timeformat: dynamic ? "date" : null });
  writeModel(xml, "node", NODE_ATTRIBUTES);
  writeModel(xml, "edge", EDGE_ATTRIBUTES);

  xml.open("nodes");
  for (const node of graph.nodes) writeNode(xml, node, dynamic);
  xml.close();
  xml.open("edges");
  for (const edge of graph.edges) writeEdge(xml, edge);
  xml.close();
  xml.close().close();
  return xml.toBytes();
}

function writeModel<T>(xml: XmlWriter, cls: "node" | "edge", columns: readonly Column<T>[]): void {
  xml.open("attributes", { class: cls, mode: "static" });
  for (const c of columns) xml.leaf("attribute", { id: c.name, title: c.name, type: GEXF_TYPES[c.type] });
  xml.close();
}

function writeValues<T>(xml: XmlWriter, columns: readonly Column<T>[], item: T): void {
  const values = columns.flatMap((c) => {
    const value = gexfValue(c.type, c.get(item));
    return value === null ? [] : [{ for: c.name, value }];
  });
  if (values.length === 0) return;
  xml.open("attvalues");
  for (const v of values) xml.leaf("attvalue", v);
  xml.close();
}

function writeColor(xml: XmlWriter, hex: string, alpha: number): void {
  const { r, g, b } = hexToRgb(hex);
  xml.leaf("viz:color", { r, g, b, a: alpha < 1 ? alpha : null, hex });
}

function writeNode(xml: XmlWriter, node: ExportNode, dynamic: boolean): void {
  const interval = dynamic ? node.interval : null;
  xml.open("node", { id: node.id, label: node.label, start: interval?.start, end: interval?.end });
  writeValues(xml, NODE_ATTRIBUTES, node);
  writeColor(xml, node.color, 1);
  xml.leaf("viz:size", { value: node.size });
  xml.leaf("viz:position", { x: node.x, y: node.y, z: 0 });
  xml.close();
}

function writeEdge(xml: XmlWriter, edge: ExportEdge): void {
  xml.open("edge", {
    id: edge.id,
    source: edge.source,
    target: edge.target,
    type: edge.directed ? null : "undirected",
    label: edge.spec.label,
    weight: Math.max(1, edge.sourceCount),
    start: edge.interval?.start,
    end: edge.interval?.end,
  });
  writeValues(xml, EDGE_ATTRIBUTES, edge);
  writeColor(xml, edge.color, edge.stroke.opacity);
  xml.leaf("viz:thickness", { value: edge.thickness });
  xml.leaf("viz:shape", { value: edge.stroke.shape });
  xml.close();
}
