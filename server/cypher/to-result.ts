/**
 * Turns Neo4j records into the console's JSON: rows of JSON-safe values, and a graph of every node,
 * relationship and path found anywhere in them. Our stable `id` property names nodes and relationships
 * where present; Neo4j's element ids never leave the server.
 */
import { isNode, isPath, isRelationship, type Node, type Relationship } from "neo4j-driver";

import { isEntityType, type CypherResponse, type JsonValue } from "../../graph-schema/index.js";
import { EVIDENCE_DIGEST_PROPERTY } from "../../import/load/evidence-digest.js";
import { toNative } from "../db/to-native.js";

export interface GraphElements {
  nodes: Map<string, Node>;
  relationships: Map<string, Relationship>;
}

export const createElements = (): GraphElements => ({ nodes: new Map(), relationships: new Map() });

/** Pass 1: find every node and relationship, however deeply nested in lists, maps and paths. */
export function collectElements(value: unknown, into: GraphElements): void {
  if (isNode(value)) into.nodes.set(value.elementId, value);
  else if (isRelationship(value)) into.relationships.set(value.elementId, value);
  else if (isPath(value)) {
    into.nodes.set(value.start.elementId, value.start);
    for (const s of value.segments) {
      into.nodes.set(s.end.elementId, s.end);
      into.relationships.set(s.relationship.elementId, s.relationship);
    }
  } else if (Array.isArray(value)) for (const v of value) collectElements(v, into);
  else if (isPlainObject(value)) for (const v of Object.values(value)) collectElements(v, into);
}

/** Relationship endpoints that no row returned, to be fetched so the graph can draw the relationship. */
export function missingEndpoints(elements: GraphElements): string[] {
  const missing = new Set<string>();
  for (const r of elements.relationships.values()) {
    for (const id of [r.startNodeElementId, r.endNodeElementId]) if (!elements.nodes.has(id)) missing.add(id);
  }
  return [...missing];
}

export function nodeKey(node: Node): string {
  return typeof node.properties.id === "string" ? node.properties.id : `node-${shortHash(node.elementId)}`;
}

function relationshipKey(rel: Relationship): string {
  return typeof rel.properties.id === "string" ? rel.properties.id : `rel-${shortHash(rel.elementId)}`;
}

/** Element ids are internal; a short stable hash keeps keys unique without exposing them. */
function shortHash(text: string): string {
  let h = 2166136261;
  for (let i = 0; i < text.length; i += 1) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return (h >>> 0).toString(36);
}

function properties(props: Record<string, unknown>): { [k: string]: JsonValue } {
  return toNative(props) as { [k: string]: JsonValue };
}

/**
 * A relationship's properties as the console shows them: without the evidence digest, derived data
 * whose kilobyte per row would fill the result's size cap (run-query.ts measures rows the same way).
 */
export function shownRelationshipProperties(props: Record<string, unknown>): Record<string, unknown> {
  const { [EVIDENCE_DIGEST_PROPERTY]: _digest, ...shown } = props;
  return shown;
}

function relationshipProperties(props: Record<string, unknown>): { [k: string]: JsonValue } {
  return properties(shownRelationshipProperties(props));
}

/** Pass 2: one value to JSON; `keyOf` maps element ids of every known node to our keys. */
export function toJsonValue(value: unknown, keyOf: Map<string, string>): JsonValue {
  if (isNode(value)) return { id: nodeKey(value), labels: [...value.labels], properties: properties(value.properties) };
  if (isRelationship(value)) {
    return {
      id: relationshipKey(value),
      type: value.type,
      start: keyOf.get(value.startNodeElementId) ?? null,
      end: keyOf.get(value.endNodeElementId) ?? null,
      properties: relationshipProperties(value.properties),
    };
  }
  if (isPath(value)) {
    return {
      nodes: [value.start, ...value.segments.map((s) => s.end)].map((n) => toJsonValue(n, keyOf)),
      relationships: value.segments.map((s) => toJsonValue(s.relationship, keyOf)),
    };
  }
  if (Array.isArray(value)) return value.map((v) => toJsonValue(v, keyOf));
  if (isPlainObject(value)) {
    const out: { [k: string]: JsonValue } = {};
    for (const [k, v] of Object.entries(value)) out[k] = toJsonValue(v, keyOf);
    return out;
  }
  return toNative(value) as JsonValue;
}

export function toGraph(elements: GraphElements): CypherResponse["graph"] {
  const keyOf = new Map([...elements.nodes.values()].map((n) => [n.elementId, nodeKey(n)]));
  const nodes = [...elements.nodes.values()].map((n) => {
    const label = n.properties.name ?? n.properties.title ?? n.properties.id ?? n.labels[0] ?? "node";
    return {
      key: nodeKey(n),
      attributes: {
        label: String(label),
        labels: [...n.labels],
        entityType: n.labels.includes("Entity") && isEntityType(n.properties.type) ? n.properties.type : null,
        properties: properties(n.properties),
      },
    };
  });
  const edges = [...elements.relationships.values()].flatMap((r) => {
    const source = keyOf.get(r.startNodeElementId);
    const target = keyOf.get(r.endNodeElementId);
    if (!source || !target) return [];
    return [{ key: relationshipKey(r), source, target, attributes: { relationType: r.type, properties: relationshipProperties(r.properties) } }];
  });
  return {
    attributes: {},
    options: { type: "directed", multi: true, allowSelfLoops: true },
    nodes: dedupeByKey(nodes),
    edges: dedupeByKey(edges),
  };
}

function dedupeByKey<T extends { key: string }>(items: T[]): T[] {
  return [...new Map(items.map((i) => [i.key, i])).values()];
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype;
}
