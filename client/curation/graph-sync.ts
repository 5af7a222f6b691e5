/**
 * Brings the explorer's graph in line with the database after a curation, without a reload: the
 * server's answer is merged in (graphology merge verbs, positions kept) and what it no longer has is
 * dropped — a rejected relation, the old side of a correction, an entity merged away. `syncAround`
 * does it for the ego networks of the touched entities, `syncAll` for the whole graph (after an upload).
 * New entities appear next to a neighbour already on screen. Pure over graphology: unit-tested.
 */
import type { GraphPayload } from "../../graph-schema/index.js";
import { mergePayload, type NewsGraph, type PlaceNode } from "../graph/news-graph.js";
import { seededPosition, type Point } from "../layout/positions.js";

export interface SyncReport {
  addedNodes: string[];
  addedEdges: string[];
  droppedNodes: string[];
  droppedEdges: string[];
}

export const changed = (report: SyncReport): boolean =>
  report.addedNodes.length + report.addedEdges.length + report.droppedNodes.length + report.droppedEdges.length > 0;

/** Places a new node near the first neighbour (in the payload) that is already in the graph. */
export function placeNearNeighbours(graph: NewsGraph, payload: GraphPayload, fallback: PlaceNode): PlaceNode {
  const neighbours = new Map<string, string[]>();
  for (const edge of payload.edges) {
    neighbours.set(edge.source, [...(neighbours.get(edge.source) ?? []), edge.target]);
    neighbours.set(edge.target, [...(neighbours.get(edge.target) ?? []), edge.source]);
  }
  const spread = Math.max(1, Math.sqrt(graph.order)) * 2;
  return (key) => {
    const anchor = (neighbours.get(key) ?? []).find((n) => n !== key && graph.hasNode(n));
    if (!anchor) return fallback(key);
    const centre: Point = { x: graph.getNodeAttribute(anchor, "x"), y: graph.getNodeAttribute(anchor, "y") };
    return seededPosition(key, spread, centre);
  };
}

function dropEdges(graph: NewsGraph, keys: Iterable<string>, report: SyncReport): void {
  for (const key of keys) {
    if (!graph.hasEdge(key)) continue;
    graph.dropEdge(key);
    report.droppedEdges.push(key);
  }
}

/** Drops entities that no longer exist (merged away), with their relations. */
export function dropNodes(graph: NewsGraph, ids: Iterable<string>, report: SyncReport = emptyReport()): SyncReport {
  for (const id of ids) {
    if (!graph.hasNode(id)) continue;
    dropEdges(graph, graph.edges(id), report);
    graph.dropNode(id);
    report.droppedNodes.push(id);
  }
  return report;
}

export const emptyReport = (): SyncReport => ({ addedNodes: [], addedEdges: [], droppedNodes: [], droppedEdges: [] });

/**
 * `payload` is the server's ego network (depth 1) of `centres`: every relation of a centre it does not
 * list is gone from the database's view (rejected, corrected, moved by a merge) and is dropped here.
 */
export function syncAround(graph: NewsGraph, payload: GraphPayload, centres: readonly string[], fallback: PlaceNode): SyncReport {
  const merged = mergePayload(graph, payload, placeNearNeighbours(graph, payload, fallback));
  const report: SyncReport = { ...emptyReport(), addedNodes: merged.addedNodes, addedEdges: merged.addedEdges };
  const listed = new Set(payload.edges.map((edge) => edge.key ?? edge.attributes?.id ?? ""));
  for (const centre of centres) {
    if (!graph.hasNode(centre)) continue;
    dropEdges(graph, graph.edges(centre).filter((edge) => !listed.has(edge)), report);
  }
  return report;
}

/**
 * `payload` is the whole graph: relations it does not list are dropped, and so are entities it does
 * not list (except `keep`, e.g. the selected entity, which may simply have no relation left).
 */
export function syncAll(graph: NewsGraph, payload: GraphPayload, fallback: PlaceNode, keep: ReadonlySet<string> = new Set()): SyncReport {
  const merged = mergePayload(graph, payload, placeNearNeighbours(graph, payload, fallback));
  const report: SyncReport = { ...emptyReport(), addedNodes: merged.addedNodes, addedEdges: merged.addedEdges };
  const edges = new Set(payload.edges.map((edge) => edge.key ?? edge.attributes?.id ?? ""));
  dropEdges(graph, graph.edges().filter((edge) => !edges.has(edge)), report);
  const nodes = new Set(payload.nodes.map((node) => node.key));
  dropNodes(graph, graph.nodes().filter((node) => !nodes.has(node) && !keep.has(node)), report);
  return report;
}
