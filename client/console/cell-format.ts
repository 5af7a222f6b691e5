/**
 * How one value of a Cypher result reads in the results table: nodes by name with their label,
 * relationships by type and ends, paths as a chain, lists and maps compactly, everything as plain
 * text (the table inserts it with text nodes only). Pure and DOM-free (unit-tested).
 */
import type { JsonValue } from "../../graph-schema/index.js";

type JsonObject = { [key: string]: JsonValue };

export interface NodeValue {
  id: string;
  labels: string[];
  properties: JsonObject;
}

export interface RelationshipValue {
  id: string;
  type: string;
  start: string | null;
  end: string | null;
  properties: JsonObject;
}

export interface PathValue {
  nodes: NodeValue[];
  relationships: RelationshipValue[];
}

export type CellView =
  | { kind: "null"; text: string }
  | { kind: "scalar"; text: string }
  | { kind: "text"; text: string }
  | { kind: "node"; text: string; tag: string; id: string }
  | { kind: "relationship"; text: string; tag: string; id: string }
  | { kind: "path"; text: string; tag: string }
  | { kind: "list"; text: string }
  | { kind: "map"; text: string };

/** Cells longer than this show a shortened text and an expand button. */
export const CELL_PREVIEW = 140;

const isObject = (value: JsonValue | undefined): value is JsonObject => typeof value === "object" && value !== null && !Array.isArray(value);
const keysAre = (value: JsonObject, keys: string[]) => {
  const own = Object.keys(value);
  return own.length === keys.length && keys.every((key) => own.includes(key));
};

export function isNodeValue(value: JsonValue | undefined): value is JsonValue & NodeValue {
  return (
    isObject(value) &&
    keysAre(value, ["id", "labels", "properties"]) &&
    typeof value["id"] === "string" &&
    Array.isArray(value["labels"]) &&
    value["labels"].every((label) => typeof label === "string") &&
    isObject(value["properties"])
  );
}

export function isRelationshipValue(value: JsonValue | undefined): value is JsonValue & RelationshipValue {
  return (
    isObject(value) &&
    keysAre(value, ["id", "type", "start", "end", "properties"]) &&
    typeof value["id"] === "string" &&
    typeof value["type"] === "string" &&
    isObject(value["properties"])
  );
}

export function isPathValue(value: JsonValue | undefined): value is JsonValue & PathValue {
  return (
    isObject(value) &&
    keysAre(value, ["nodes", "relationships"]) &&
    Array.isArray(value["nodes"]) &&
    Array.isArray(value["relationships"]) &&
    value["nodes"].every(isNodeValue) &&
    value["relationships"].every(isRelationshipValue)
  );
}

/** The label shown for a node: its name, title or evidence sentence, else its id. */
export function nodeName(node: NodeValue): string {
  const p = node.properties;
  for (const key of ["name", "title", "sentence"]) {
    const value = p[key];
    if (typeof value === "string" && value.trim() !== "") return value;
  }
  return node.id;
}

/** The most specific label (`Person` rather than `Entity`). */
export function nodeTag(node: NodeValue): string {
  return node.labels.find((label) => label !== "Entity") ?? node.labels[0] ?? "node";
}

/** One value as inline text (used inside lists, maps and paths). */
export function inlineText(value: JsonValue): string {
  if (value === null) return "null";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (isNodeValue(value)) return `(${nodeTag(value)}) ${nodeName(value)}`;
  if (isRelationshipValue(value)) return `[${value.type}]`;
  if (isPathValue(value)) return pathText(value);
  if (Array.isArray(value)) return `[${value.map((item) => (typeof item === "string" ? JSON.stringify(item) : inlineText(item))).join(", ")}]`;
  return `{${Object.entries(value)
    .map(([key, item]) => `${key}: ${typeof item === "string" ? JSON.stringify(item) : inlineText(item)}`)
    .join(", ")}}`;
}

function pathText(path: PathValue): string {
  const parts: string[] = [];
  path.nodes.forEach((node, i) => {
    parts.push(nodeName(node));
    const rel = path.relationships[i];
    if (!rel) return;
    const next = path.nodes[i + 1];
    const forward = !next || rel.end === next.id;
    parts.push(forward ? `-[${rel.type}]->` : `<-[${rel.type}]-`);
  });
  return parts.join(" ");
}

/** Names of nodes by key (a result's graph knows the ends of its relationships). */
export type NameOf = (id: string) => string | undefined;

export function formatCell(value: JsonValue | undefined, nameOf: NameOf = () => undefined): CellView {
  if (value === undefined || value === null) return { kind: "null", text: "null" };
  if (typeof value === "string") return { kind: "text", text: value };
  if (typeof value === "number" || typeof value === "boolean") return { kind: "scalar", text: String(value) };
  if (isNodeValue(value)) return { kind: "node", text: nodeName(value), tag: nodeTag(value), id: value.id };
  if (isRelationshipValue(value)) {
    const ends = value.start && value.end ? `${nameOf(value.start) ?? value.start} → ${nameOf(value.end) ?? value.end}` : value.id;
    return { kind: "relationship", text: ends, tag: value.type, id: value.id };
  }
  if (isPathValue(value)) {
    const hops = value.relationships.length;
    return { kind: "path", text: pathText(value), tag: `path, ${hops} hop${hops === 1 ? "" : "s"}` };
  }
  if (Array.isArray(value)) {
    const allText = value.every((item) => typeof item === "string");
    return { kind: "list", text: allText ? value.join(" · ") : inlineText(value) };
  }
  return { kind: "map", text: inlineText(value) };
}

/** The text shown before "more": cut on a word boundary near `max`. */
export function previewText(text: string, max = CELL_PREVIEW): { preview: string; truncated: boolean } {
  if (text.length <= max) return { preview: text, truncated: false };
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(" ");
  return { preview: `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`, truncated: true };
}
