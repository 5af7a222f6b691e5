/**
 * Maps the graph of a Cypher result (every node, relationship and path it returned) onto the explorer's
 * model, so "Replace view" / "Add to view" draw it with the same reducers as the rest of the graph:
 *
 * - `:Entity` nodes keep their key (our entity id) and entity type: entity colours, and they merge with
 *   the entities already on screen;
 * - other nodes (Article, Evidence, ...) keep their key and carry their Neo4j label in `entityType`.
 *   Our styles return the neutral UNKNOWN_COLOR for any label that is not an entity type, filters by
 *   entity type hide them like any unchecked type, and `isForeignNode` tells them apart;
 * - relationships of one of our relation types keep their key (the relation id) and provenance, so
 *   they get relation colours and status treatments and merge with the same relation already loaded;
 *   other relationships (MENTIONS, STATES, ...) are drawn neutral, as "reported", without sources;
 * - relations an analyst rejected are left out (the explorer never draws them), and counted.
 *
 * Pure and DOM-free (unit-tested).
 */
import {
  isEntityType,
  isPartialDate,
  isRelationStatus,
  isRelationType,
  RELATION_TYPES,
  type CypherResponse,
  type EntityType,
  type GraphPayload,
  type JsonValue,
  type RelationEdgeAttributes,
  type RelationType,
} from "../../graph-schema/index.js";

export type CypherGraph = CypherResponse["graph"];

export interface MappedGraph {
  payload: GraphPayload;
  stats: {
    entities: number;
    /** Nodes that are not entities (articles, evidence, ...). */
    otherNodes: number;
    relations: number;
    /** Relationships that are not relations between entities (MENTIONS, STATES, ...). */
    otherEdges: number;
    /** Relations rejected by an analyst, left out of the graph. */
    rejected: number;
  };
}

/** Longest node label drawn on the canvas (article titles and evidence sentences are long). */
export const MAX_LABEL = 48;

const truncate = (text: string, max = MAX_LABEL): string => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text);
const str = (value: JsonValue | undefined): string | null => (typeof value === "string" ? value : null);
const num = (value: JsonValue | undefined, fallback: number): number => (typeof value === "number" && Number.isFinite(value) ? value : fallback);
const strings = (value: JsonValue | undefined): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : []);
const date = (value: JsonValue | undefined): string | null => (isPartialDate(value) ? value : null);

/**
 * The explorer's node model is typed for entities; a foreign node carries its Neo4j label in the same
 * field (see the header). This is the one place that widens a label into that field.
 */
function foreignType(label: string): EntityType {
  return label as EntityType;
}

/** Whether a node of the explorer's graph came from a Cypher result and is not an entity. */
export function isForeignNode(attributes: { entityType: string }): boolean {
  return !isEntityType(attributes.entityType);
}

function nodeLabel(attributes: NonNullable<CypherGraph["nodes"][number]["attributes"]>, key: string): string {
  const sentence = str(attributes.properties["sentence"]);
  if (attributes.labels.includes("Evidence") && sentence) return `“${truncate(sentence, MAX_LABEL - 2)}”`;
  return truncate(attributes.label || key);
}

function relationAttributes(key: string, relationType: RelationType, p: Record<string, JsonValue>): RelationEdgeAttributes {
  const attributes: RelationEdgeAttributes = {
    id: str(p["id"]) ?? key,
    relationType,
    status: isRelationStatus(p["status"]) ? p["status"] : "reported",
    eventDate: date(p["eventDate"]),
    firstReported: date(p["firstReported"]),
    lastReported: date(p["lastReported"]),
    sourceCount: num(p["sourceCount"], 1),
    outletCount: num(p["outletCount"], 1),
    evidenceCount: num(p["evidenceCount"], 1),
    articleIds: strings(p["articleIds"]),
    claimIds: strings(p["claimIds"]),
    deniedBy: strings(p["deniedBy"]),
    allegedBy: strings(p["allegedBy"]),
    confidence: num(p["confidence"], 1),
  };
  if (p["curated"] === true) attributes.curated = true;
  return attributes;
}

/** A relationship that is not one of our relations: neutral, undated, one source. */
function otherAttributes(key: string, type: string): RelationEdgeAttributes {
  return {
    id: key,
    relationType: type as RelationType,
    status: "reported",
    eventDate: null,
    firstReported: null,
    lastReported: null,
    sourceCount: 1,
    outletCount: 1,
    evidenceCount: 0,
    articleIds: [],
    claimIds: [],
    deniedBy: [],
    allegedBy: [],
    confidence: 1,
  };
}

export function toExplorerGraph(graph: CypherGraph): MappedGraph {
  const stats = { entities: 0, otherNodes: 0, relations: 0, otherEdges: 0, rejected: 0 };
  const entityKeys = new Set<string>();
  const nodes: GraphPayload["nodes"] = [];
  for (const node of graph.nodes) {
    const a = node.attributes;
    if (!a) continue;
    const entityType = a.entityType !== null && isEntityType(a.entityType) ? a.entityType : null;
    if (entityType) {
      entityKeys.add(node.key);
      stats.entities += 1;
    } else stats.otherNodes += 1;
    nodes.push({
      key: node.key,
      attributes: {
        label: nodeLabel(a, node.key),
        entityType: entityType ?? foreignType(a.labels.find((label) => label !== "Entity") ?? a.labels[0] ?? "Node"),
        aliases: strings(a.properties["aliases"]),
        roles: strings(a.properties["roles"]),
        mentionCount: 0,
      },
    });
  }

  const nodeKeys = new Set(nodes.map((n) => n.key));
  const edges: GraphPayload["edges"] = [];
  graph.edges.forEach((edge, index) => {
    const a = edge.attributes;
    if (!a || !nodeKeys.has(edge.source) || !nodeKeys.has(edge.target)) return;
    const key = edge.key ?? `cypher-edge-${index}`;
    const type = a.relationType;
    if (isRelationType(type) && entityKeys.has(edge.source) && entityKeys.has(edge.target)) {
      if (a.properties["rejected"] === true) {
        stats.rejected += 1;
        return;
      }
      stats.relations += 1;
      const attributes = relationAttributes(key, type, a.properties);
      edges.push({ key: attributes.id, source: edge.source, target: edge.target, attributes, ...(RELATION_TYPES[type].symmetric ? { undirected: true } : {}) });
      return;
    }
    stats.otherEdges += 1;
    edges.push({ key, source: edge.source, target: edge.target, attributes: otherAttributes(key, type) });
  });

  return {
    payload: { attributes: {}, options: { type: "mixed", multi: true, allowSelfLoops: true }, nodes, edges },
    stats,
  };
}
