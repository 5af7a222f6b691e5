/**
 * An SVG picture of the subgraph for reports: circles coloured by entity type, edges coloured by
 * relation type with arrows (none on symmetric relations), dashes by status, parallel relations
 * between the same pair drawn as separate curves, labels with a halo, a legend of what is drawn, and
 * tooltips (`<title>`). Positions come from the prepared graph (view, stored or computed layout);
 * y points up as in sigma and Gephi. Every string goes through the XmlWriter's escaping.
 */
import { ENTITY_TYPES, RELATION_STATUSES, RELATION_TYPES, RELATION_TYPE_NAMES, type RelationType } from "../../graph-schema/index.js";
import type { ExportBundle } from "./bundle.js";
import { countBy, groupBy } from "./collections.js";
import { isoDay } from "./dates.js";
import { describeScope } from "./describe.js";
import { toExportGraph, type ExportEdge, type ExportGraph, type ExportNode } from "./prepare.js";
import { statusStroke } from "./style.js";
import { XmlWriter } from "./xml-writer.js";

export interface SvgOptions {
  /** Width in px (default 1200). */
  width?: number;
  /** Write the XML declaration (standalone .svg files) or not (inline in HTML). */
  declaration?: boolean;
  /** Most node labels drawn; the largest nodes get them (default 150). */
  maxLabels?: number;
  /** Draw the title and scope line at the top (default true; the HTML report has its own heading). */
  header?: boolean;
}

const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif";
const TEXT_COLOR = "#1f2933";
const MUTED = "#5f6b7a";
const MARGIN = 48;
const HEADER = 56;
const LEGEND_ROW = 18;

const r1 = (n: number) => Math.round(n * 10) / 10;

interface Frame {
  width: number;
  height: number;
  toScreen(node: ExportNode): { x: number; y: number };
  radius(node: ExportNode): number;
}

function frameFor(graph: ExportGraph, width: number, header: number): Frame {
  let [minX, maxX, minY, maxY] = [Infinity, -Infinity, Infinity, -Infinity];
  for (const n of graph.nodes) {
    minX = Math.min(minX, n.x);
    maxX = Math.max(maxX, n.x);
    minY = Math.min(minY, n.y);
    maxY = Math.max(maxY, n.y);
  }
  if (graph.nodes.length === 0) [minX, maxX, minY, maxY] = [0, 0, 0, 0];
  const inner = width - 2 * MARGIN;
  const dx = maxX - minX || 1;
  const dy = maxY - minY || 1;
  const scale = Math.min(inner / dx, (width * 0.7) / dy);
  const drawnWidth = dx * scale;
  const drawnHeight = Math.max(graph.nodes.length > 1 ? dy * scale : 0, 120);
  const radiusScale = graph.nodes.length > 200 ? Math.max(0.25, Math.sqrt(200 / graph.nodes.length)) : 1;
  const offsetX = MARGIN + (inner - drawnWidth) / 2;
  const centreY = graph.nodes.length > 1 ? 0 : drawnHeight / 2;
  return {
    width,
    height: header + drawnHeight + 2 * MARGIN,
    toScreen: (n) =>
      graph.nodes.length > 1 ? { x: offsetX + (n.x - minX) * scale, y: header + MARGIN + centreY + (maxY - n.y) * scale } : { x: width / 2, y: header + MARGIN + centreY },
    radius: (n) => Math.max(1.5, n.size * radiusScale),
  };
}

/** The curve of one edge: straight when alone between its pair, else bent by its rank among them. */
function edgePath(from: { x: number; y: number }, to: { x: number; y: number }, bend: number, r0: number, r1_: number): string {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const length = Math.hypot(dx, dy) || 1;
  if (bend === 0) {
    const ux = dx / length;
    const uy = dy / length;
    return `M${r1(from.x + ux * r0)},${r1(from.y + uy * r0)}L${r1(to.x - ux * r1_)},${r1(to.y - uy * r1_)}`;
  }
  const cx = (from.x + to.x) / 2 - (dy / length) * bend;
  const cy = (from.y + to.y) / 2 + (dx / length) * bend;
  const start = towards(from, { x: cx, y: cy }, r0);
  const end = towards(to, { x: cx, y: cy }, r1_);
  return `M${r1(start.x)},${r1(start.y)}Q${r1(cx)},${r1(cy)} ${r1(end.x)},${r1(end.y)}`;
}

function towards(p: { x: number; y: number }, q: { x: number; y: number }, distance: number): { x: number; y: number } {
  const d = Math.hypot(q.x - p.x, q.y - p.y) || 1;
  return { x: p.x + ((q.x - p.x) / d) * distance, y: p.y + ((q.y - p.y) / d) * distance };
}

/** Bend (px) of each edge: edges between the same pair fan out, measured in the pair's canonical direction. */
function bends(edges: readonly ExportEdge[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const group of groupBy(edges, (e) => (e.source < e.target ? `${e.source}\u0000${e.target}` : `${e.target}\u0000${e.source}`)).values()) {
    group.forEach((e, i) => {
      const rank = i - (group.length - 1) / 2;
      // Flip for edges drawn against the canonical direction, so A->B and B->A do not cancel out.
      const sign = e.source < e.target ? 1 : -1;
      out.set(e.id, group.length === 1 ? 0 : rank * 28 * sign);
    });
  }
  return out;
}

function markerId(type: RelationType): string {
  return `arrow-${type}`;
}

export function renderSvg(graph: ExportGraph, options: SvgOptions = {}): string {
  const width = options.width ?? 1200;
  const withHeader = options.header !== false;
  const frame = frameFor(graph, width, withHeader ? HEADER : 0);
  const legend = legendRows(graph);
  const legendHeight = legend.height;
  const height = Math.round(frame.height + legendHeight);
  const xml = new XmlWriter({ declaration: options.declaration !== false });
  xml.open("svg", {
    xmlns: "http://www.w3.org/2000/svg",
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    "font-family": FONT,
    role: "img",
    "aria-labelledby": "newsgraph-title",
  });
  xml.leaf("title", { id: "newsgraph-title" }, graph.meta.title);
  xml.leaf("desc", undefined, `${describeScope(graph.meta.scope)}. ${graph.nodes.length} entities, ${graph.edges.length} relations. Generated ${isoDay(graph.meta.generatedAt)} by newsgraph.`);

  const types = RELATION_TYPE_NAMES.filter((t) => graph.edges.some((e) => e.relationType === t && e.directed));
  xml.open("defs");
  for (const type of types) {
    xml.open("marker", { id: markerId(type), viewBox: "0 0 10 10", refX: 9, refY: 5, markerWidth: 9, markerHeight: 9, orient: "auto", markerUnits: "userSpaceOnUse" });
    xml.leaf("path", { d: "M0,0L10,5L0,10z", fill: RELATION_TYPES[type].color });
    xml.close();
  }
  xml.close();
  xml.leaf("rect", { x: 0, y: 0, width, height, fill: "#ffffff" });
  if (withHeader) {
    xml.leaf("text", { x: MARGIN / 2, y: 28, "font-size": 18, "font-weight": 600, fill: TEXT_COLOR }, truncate(graph.meta.title, 110));
    xml.leaf("text", { x: MARGIN / 2, y: 46, "font-size": 11, fill: MUTED }, truncate(`${describeScope(graph.meta.scope)} · ${isoDay(graph.meta.generatedAt)}`, 190));
  }

  writeEdges(xml, graph, frame);
  writeNodes(xml, graph, frame);
  writeLabels(xml, graph, frame, options.maxLabels ?? 150);
  writeLegend(xml, legend, frame.height, width);
  xml.close();
  return xml.toString();
}

function writeEdges(xml: XmlWriter, graph: ExportGraph, frame: Frame): void {
  const bend = bends(graph.edges);
  xml.open("g", { class: "edges", fill: "none", "stroke-linecap": "round" });
  for (const e of graph.edges) {
    const s = graph.nodeById.get(e.source);
    const t = graph.nodeById.get(e.target);
    if (!s || !t) continue;
    const d = edgePath(frame.toScreen(s), frame.toScreen(t), bend.get(e.id) ?? 0, frame.radius(s) + 1, frame.radius(t) + (e.directed ? 2 : 1));
    xml.open("path", {
      d,
      stroke: e.color,
      "stroke-width": r1(e.thickness),
      "stroke-opacity": e.stroke.opacity < 1 ? e.stroke.opacity : null,
      "stroke-dasharray": e.stroke.dash,
      "marker-end": e.directed ? `url(#${markerId(e.relationType)})` : null,
    });
    xml.leaf("title", undefined, `${s.label} ${e.directed ? "→" : "↔"} ${t.label}: ${e.spec.label} (${e.status}${e.eventDate ? `, ${e.eventDate}` : ""}; ${e.sourceCount} source${e.sourceCount === 1 ? "" : "s"})`);
    xml.close();
  }
  xml.close();
}

function writeNodes(xml: XmlWriter, graph: ExportGraph, frame: Frame): void {
  xml.open("g", { class: "nodes", stroke: "#ffffff", "stroke-width": 1 });
  for (const n of graph.nodes) {
    const p = frame.toScreen(n);
    xml.open("circle", { cx: r1(p.x), cy: r1(p.y), r: r1(frame.radius(n)), fill: n.color });
    xml.leaf("title", undefined, `${n.label} (${ENTITY_TYPES[n.entityType].label}; ${n.degree} relation${n.degree === 1 ? "" : "s"})`);
    xml.close();
  }
  xml.close();
}

function writeLabels(xml: XmlWriter, graph: ExportGraph, frame: Frame, maxLabels: number): void {
  const labelled = [...graph.nodes].sort((a, b) => b.size - a.size || b.degree - a.degree || (a.id < b.id ? -1 : 1)).slice(0, maxLabels);
  xml.open("g", { class: "labels", "font-size": 11, fill: TEXT_COLOR, "text-anchor": "middle", stroke: "#ffffff", "stroke-width": 3, "paint-order": "stroke", "stroke-linejoin": "round" });
  for (const n of labelled) {
    const p = frame.toScreen(n);
    xml.leaf("text", { x: r1(p.x), y: r1(p.y + frame.radius(n) + 12) }, truncate(n.label, 40));
  }
  xml.close();
}

interface Legend {
  height: number;
  entities: { label: string; color: string; count: number }[];
  relations: { label: string; color: string; count: number; directed: boolean }[];
  statuses: { label: string; dash: string | null; count: number }[];
}

function legendRows(graph: ExportGraph): Legend {
  const entityCounts = countBy(graph.nodes, (n) => n.entityType);
  const relationCounts = countBy(graph.edges, (e) => e.relationType);
  const statusCounts = countBy(graph.edges, (e) => e.status);
  const entities = Object.entries(ENTITY_TYPES).flatMap(([type, spec]) => {
    const count = entityCounts.get(type as keyof typeof ENTITY_TYPES) ?? 0;
    return count > 0 ? [{ label: spec.label, color: spec.color, count }] : [];
  });
  const relations = RELATION_TYPE_NAMES.flatMap((type) => {
    const count = relationCounts.get(type) ?? 0;
    const spec = RELATION_TYPES[type];
    return count > 0 ? [{ label: spec.label, color: spec.color, count, directed: !spec.symmetric }] : [];
  });
  const statuses = Object.entries(RELATION_STATUSES).flatMap(([status, spec]) => {
    const count = statusCounts.get(status as keyof typeof RELATION_STATUSES) ?? 0;
    return count > 0 ? [{ label: spec.label, dash: statusStroke(status as keyof typeof RELATION_STATUSES).dash, count }] : [];
  });
  const rows = Math.max(entities.length, relations.length, statuses.length);
  return { height: rows > 0 ? 36 + rows * LEGEND_ROW + 12 : 0, entities, relations, statuses };
}

function writeLegend(xml: XmlWriter, legend: Legend, top: number, width: number): void {
  if (legend.height === 0) return;
  const columns = [MARGIN / 2, MARGIN / 2 + 300, MARGIN / 2 + 620];
  xml.open("g", { class: "legend", "font-size": 12, fill: TEXT_COLOR });
  xml.leaf("line", { x1: MARGIN / 2, y1: top, x2: width - MARGIN / 2, y2: top, stroke: "#e3e6ea" });
  const heading = (x: number, text: string) => xml.leaf("text", { x, y: top + 22, "font-weight": 600 }, text);
  const rowY = (i: number) => top + 36 + i * LEGEND_ROW;
  const [c0 = 0, c1 = 0, c2 = 0] = columns;
  heading(c0, "Entities");
  legend.entities.forEach((e, i) => {
    xml.leaf("circle", { cx: c0 + 6, cy: rowY(i) + 4, r: 5, fill: e.color });
    xml.leaf("text", { x: c0 + 18, y: rowY(i) + 8 }, `${e.label} (${e.count})`);
  });
  heading(c1, "Relations");
  legend.relations.forEach((r, i) => {
    xml.leaf("line", { x1: c1, y1: rowY(i) + 4, x2: c1 + 26, y2: rowY(i) + 4, stroke: r.color, "stroke-width": 2.5 });
    if (r.directed) xml.leaf("path", { d: `M${c1 + 24},${rowY(i)}L${c1 + 31},${rowY(i) + 4}L${c1 + 24},${rowY(i) + 8}z`, fill: r.color });
    xml.leaf("text", { x: c1 + 38, y: rowY(i) + 8 }, `${r.label} (${r.count})`);
  });
  heading(c2, "Status");
  legend.statuses.forEach((s, i) => {
    xml.leaf("line", { x1: c2, y1: rowY(i) + 4, x2: c2 + 30, y2: rowY(i) + 4, stroke: MUTED, "stroke-width": 2, "stroke-dasharray": s.dash });
    xml.leaf("text", { x: c2 + 38, y: rowY(i) + 8 }, `${s.label} (${s.count})`);
  });
  xml.close();
}

function truncate(text: string, max: number): string {
  const chars = [...text];
  return chars.length > max ? `${chars.slice(0, max - 1).join("")}…` : text;
}

export function exportSvg(bundle: ExportBundle): string {
  return renderSvg(toExportGraph(bundle));
}
