/**
 * Runtime checks of the API's JSON (STYLE §9.4: parse once at the boundary, trust inside).
 * The zod schemas are typed against graph-schema/api.ts, so a drift between server and client fails
 * type-checking here. Fields the explorer does not display get defaults instead of failing the parse.
 * The graph payload (possibly 100k+ edges) is checked by a hand-written loop instead of zod, for speed.
 */
import { z } from "zod";

import {
  ENTITY_TYPE_NAMES,
  RELATION_STATUS_NAMES,
  RELATION_TYPE_NAMES,
  isEntityType,
  isRelationStatus,
  isPartialDate,
  isRelationType,
  languageSchema,
  partialDateSchema,
  type ArticleView,
  type EntityDetails,
  type EntityNodeAttributes,
  type EntityType,
  type GraphPayload,
  type HealthBody,
  type PathBody,
  type RelationDetails,
  type RelationEdgeAttributes,
  type RelationStatus,
  type RelationType,
  type SearchBody,
} from "../graph-schema/index.js";

const relationType = z.enum(RELATION_TYPE_NAMES as [RelationType, ...RelationType[]]);
const relationStatus = z.enum(RELATION_STATUS_NAMES as [RelationStatus, ...RelationStatus[]]);
const entityType = z.enum(ENTITY_TYPE_NAMES as [EntityType, ...EntityType[]]);
const date = partialDateSchema.nullable().catch(null);
const strings = z.array(z.string()).catch([]);

const entityRef = z.object({ id: z.string(), name: z.string(), entityType });

const articleRef = z.object({
  id: z.string(),
  title: z.string(),
  outlet: z.string().nullable().catch(null),
  url: z.string().nullable().catch(null),
  date,
  language: languageSchema.catch("en"),
});

const evidence = z.object({
  id: z.string(),
  relationId: z.string(),
  articleId: z.string(),
  type: relationType,
  sourceId: z.string(),
  targetId: z.string(),
  status: relationStatus,
  sentence: z.string(),
  start: z.number(),
  end: z.number(),
  triggers: strings,
  language: languageSchema.catch("en"),
  eventDate: date,
  reportDate: date,
  confidence: z.number().catch(1),
  extractorVersion: z.string().catch(""),
  claimId: z.string().nullable().catch(null),
  role: z.string().nullable().catch(null),
});

const provenance = {
  id: z.string(),
  status: relationStatus,
  eventDate: date,
  firstReported: date,
  lastReported: date,
  sourceCount: z.number().catch(1),
  outletCount: z.number().catch(1),
  evidenceCount: z.number().catch(1),
  articleIds: strings,
  claimIds: strings,
  deniedBy: strings,
  allegedBy: strings,
  confidence: z.number().catch(1),
  curated: z.boolean().optional().catch(undefined),
  rejected: z.boolean().optional().catch(undefined),
  version: z.number().optional().catch(undefined),
};

export const relationDetailsSchema: z.ZodType<RelationDetails> = z.object({
  ...provenance,
  relationType,
  source: entityRef,
  target: entityRef,
  allegers: z.array(entityRef).catch([]),
  deniers: z.array(entityRef).catch([]),
  evidence: z.array(evidence.extend({ article: articleRef })),
});

export const entityDetailsSchema: z.ZodType<EntityDetails> = z.object({
  entity: entityRef.extend({ aliases: strings, roles: strings, mentionCount: z.number().catch(0) }),
  relations: z.array(relationDetailsSchema),
});

export const searchBodySchema: z.ZodType<SearchBody> = z.object({
  query: z.string(),
  results: z.array(entityRef.extend({ aliases: strings, matched: z.string(), score: z.number().catch(0) })),
});

export const articleViewSchema: z.ZodType<ArticleView> = articleRef.extend({
  text: z.string(),
  dateSource: z.string().catch("none"),
  contentHash: z.string().catch(""),
  evidence: z
    .array(
      evidence.pick({
        id: true,
        relationId: true,
        type: true,
        sourceId: true,
        targetId: true,
        status: true,
        start: true,
        end: true,
        triggers: true,
      }),
    )
    .catch([]),
});

export const healthBodySchema: z.ZodType<HealthBody> = z.object({
  status: z.enum(["ok", "degraded"]),
  neo4j: z.object({
    connected: z.boolean(),
    version: z.string().nullable(),
    embedded: z.boolean(),
    uri: z.string(),
    reason: z.string().optional(),
  }),
  counts: z
    .object({ articles: z.number(), entities: z.number(), relations: z.number(), evidence: z.number() })
    .nullable(),
  schemaVersion: z.number().nullable(),
});

const pathShape = z.object({
  from: entityRef,
  to: entityRef,
  hops: z.array(z.object({ from: entityRef, to: entityRef, relation: relationDetailsSchema })).nullable(),
  graph: z.unknown(),
});

export function parsePathBody(value: unknown): { ok: true; value: PathBody } | { ok: false; error: string } {
  const shape = pathShape.safeParse(value);
  if (!shape.success) return { ok: false, error: shape.error.message };
  const graph = parseGraphPayload(shape.data.graph);
  if (!graph.ok) return graph;
  return { ok: true, value: { ...shape.data, graph: graph.value } };
}

type Json = Record<string, unknown>;
const isRecord = (value: unknown): value is Json => typeof value === "object" && value !== null && !Array.isArray(value);
const str = (value: unknown): string | null => (typeof value === "string" ? value : null);
const num = (value: unknown, fallback: number): number => (typeof value === "number" && Number.isFinite(value) ? value : fallback);
// The array itself when it holds only strings (the usual case: 120,000 arrays for 30,000 edges), else its strings.
const strList = (value: unknown): string[] =>
  !Array.isArray(value) ? [] : value.every((v) => typeof v === "string") ? (value as string[]) : value.filter((v): v is string => typeof v === "string");
// A plain check, not zod: three dates per edge, and zod's failure path (every null date) is slow.
const dateOrNull = (value: unknown): string | null => (isPartialDate(value) ? value : null);

/**
 * Checks and normalises a GraphPayload. Nodes of an unknown entity type and edges of an unknown
 * relation type or status are dropped (a newer server may know more types than this client).
 */
export function parseGraphPayload(value: unknown): { ok: true; value: GraphPayload } | { ok: false; error: string } {
  if (!isRecord(value) || !Array.isArray(value["nodes"]) || !Array.isArray(value["edges"])) {
    return { ok: false, error: "expected a graphology serialized graph with `nodes` and `edges` arrays" };
  }
  const nodes: GraphPayload["nodes"] = [];
  for (const node of value["nodes"] as unknown[]) {
    if (!isRecord(node) || typeof node["key"] !== "string") continue;
    const a = isRecord(node["attributes"]) ? node["attributes"] : {};
    if (!isEntityType(a["entityType"])) continue;
    const attributes: EntityNodeAttributes = {
      label: str(a["label"]) ?? node["key"],
      entityType: a["entityType"],
      aliases: strList(a["aliases"]),
      roles: strList(a["roles"]),
      mentionCount: num(a["mentionCount"], 0),
    };
    if (typeof a["x"] === "number" && typeof a["y"] === "number") {
      attributes.x = a["x"];
      attributes.y = a["y"];
    }
    nodes.push({ key: node["key"], attributes });
  }
  const edges: GraphPayload["edges"] = [];
  for (const edge of value["edges"] as unknown[]) {
    if (!isRecord(edge)) continue;
    const source = str(edge["source"]);
    const target = str(edge["target"]);
    const a = isRecord(edge["attributes"]) ? edge["attributes"] : {};
    const key = str(edge["key"]) ?? str(a["id"]);
    if (!source || !target || !key || !isRelationType(a["relationType"]) || !isRelationStatus(a["status"])) continue;
    const attributes: RelationEdgeAttributes = {
      id: str(a["id"]) ?? key,
      relationType: a["relationType"],
      status: a["status"],
      eventDate: dateOrNull(a["eventDate"]),
      firstReported: dateOrNull(a["firstReported"]),
      lastReported: dateOrNull(a["lastReported"]),
      sourceCount: num(a["sourceCount"], 1),
      outletCount: num(a["outletCount"], 1),
      evidenceCount: num(a["evidenceCount"], 1),
      articleIds: strList(a["articleIds"]),
      claimIds: strList(a["claimIds"]),
      deniedBy: strList(a["deniedBy"]),
      allegedBy: strList(a["allegedBy"]),
      confidence: num(a["confidence"], 1),
    };
    if (a["curated"] === true) attributes.curated = true;
    edges.push({ key, source, target, attributes, ...(edge["undirected"] === true ? { undirected: true } : {}) });
  }
  const options = isRecord(value["options"]) ? value["options"] : {};
  return {
    ok: true,
    value: {
      attributes: isRecord(value["attributes"]) ? value["attributes"] : {},
      options: { type: "mixed", multi: true, allowSelfLoops: options["allowSelfLoops"] !== false },
      nodes,
      edges,
    },
  };
}
