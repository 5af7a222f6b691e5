/**
 * Reads (sub)graphs as graphology serialized JSON: the whole graph or an ego network, filtered by
 * relation types, statuses and a time window on either clock.
 */
import { int as neo4jInt } from "neo4j-driver";

import {
  compareKeys,
  RELATION_STATUS_NAMES,
  RELATION_TYPE_NAMES,
  RELATION_TYPES,
  type EntityNodeAttributes,
  type GraphPayload,
  type RelationEdgeAttributes,
  type RelationStatus,
  type RelationType,
} from "../../graph-schema/index.js";
import { spanEnd, spanStart, windowPredicate } from "./date-window.js";
import { readTx, type GraphDb } from "./graph-db.js";
import { toEntityType, toProvenance, toRelationType } from "./relation-props.js";
import { toInt, toNative, toStringArray } from "./to-native.js";

export interface GraphFilter {
  types: RelationType[];
  statuses: RelationStatus[];
  clock: "event" | "report";
  from: string | null;
  to: string | null;
  /** Restrict to the ego network of this entity id. */
  around: string | null;
  depth: number;
  /** Show relations analysts rejected (audit view); hidden by default. */
  includeRejected?: boolean;
  /** At most this many relations, the strongest first (null: all of them). */
  relationLimit?: number | null;
  /**
   * At most this many article ids per relation (null: all). A relation of a large corpus can cite
   * thousands of articles; the explorer reads them from the relation's evidence, exports list them all.
   */
  articleIdsPerRelation?: number | null;
}

export const DEFAULT_GRAPH_FILTER: GraphFilter = {
  types: RELATION_TYPE_NAMES,
  statuses: RELATION_STATUS_NAMES,
  clock: "event",
  from: null,
  to: null,
  around: null,
  depth: 1,
};

const RELATION_COLUMNS = [
  "id", "status", "eventDate", "firstReported", "lastReported", "sourceCount", "outletCount", "evidenceCount",
  "articleIds", "claimIds", "deniedBy", "allegedBy", "confidence", "curated", "rejected", "version",
] as const;

export const RELATION_FIELDS = `r{${RELATION_COLUMNS.map((c) => `.${c}`).join(", ")}}`;

/**
 * A graph read returns each relation as one list (ends, type, then RELATION_COLUMNS): as maps, the
 * sixteen keys repeated in every row took most of the time of reading a large graph.
 */
function relationRow(articleIdsPerRelation: boolean): string {
  const columns = RELATION_COLUMNS.map((c) => (c === "articleIds" && articleIdsPerRelation ? "r.articleIds[0..$articleIdsPerRelation]" : `r.${c}`));
  return `[s.id, t.id, type(r), ${columns.join(", ")}]`;
}

function relationProps(row: readonly unknown[]): Record<string, unknown> {
  const props: Record<string, unknown> = {};
  RELATION_COLUMNS.forEach((column, i) => {
    props[column] = row[i + 3];
  });
  return props;
}

const NODE_FIELDS = "e{.id, .name, .type, .aliases, .roles, .x, .y}";

/** Entities within `depth` hops of the centre (over relation edges of the allowed types). */
async function egoIds(db: GraphDb, centre: string, depth: number, types: RelationType[]): Promise<string[]> {
  const pattern = types.join("|");
  return readTx(db, async (tx) => {
    let frontier = [centre];
    const seen = new Set(frontier);
    for (let hop = 0; hop < depth && frontier.length > 0; hop += 1) {
      const res = await tx.run(
        `UNWIND $ids AS id MATCH (:Entity {id: id})-[:${pattern}]-(n:Entity) RETURN DISTINCT n.id AS id`,
        { ids: frontier },
      );
      frontier = res.records.map((r) => r.get("id") as string).filter((id) => !seen.has(id));
      for (const id of frontier) seen.add(id);
    }
    return [...seen];
  });
}

/** Strongest first: relations touching the centre, then by independent sources and statements. */
const STRONGEST_FIRST = "ORDER BY (s.id = $centre OR t.id = $centre) DESC, r.sourceCount DESC, r.evidenceCount DESC, r.id";

/** A graph read that may refuse: the centre is unknown, or the graph holds more relations than asked for. */
export type GraphScan =
  | { kind: "graph"; graph: GraphPayload }
  | { kind: "missing-centre" }
  | { kind: "too-large"; totalRelations: number };

export async function findGraph(db: GraphDb, filter: GraphFilter): Promise<GraphPayload | null> {
  const scan = await scanGraph(db, filter, null);
  return scan.kind === "graph" ? scan.graph : null;
}

/**
 * The relations a graph read covers, as Cypher: a `MATCH … WHERE` binding `s`, `r` and `t`, and its
 * parameters, with the ego network already resolved to entity ids. Other reads over the same relations
 * (an export's evidence) run the same clause.
 */
export interface GraphScope {
  match: string;
  params: Record<string, unknown>;
  /** The filter it was resolved from (centre, relation limit, article ids per relation). */
  filter: GraphFilter;
}

/** The scope of a filter, or null when its centre is unknown. */
export async function resolveGraphScope(db: GraphDb, filter: GraphFilter): Promise<GraphScope | null> {
  const types = filter.types.length > 0 ? filter.types : RELATION_TYPE_NAMES;
  let scope: string[] | null = null;
  if (filter.around) {
    const exists = await readTx(db, (tx) => tx.run("MATCH (e:Entity {id: $id}) RETURN e.id", { id: filter.around }));
    if (exists.records.length === 0) return null;
    scope = await egoIds(db, filter.around, filter.depth, types);
  }
  const where = [
    "r.status IN $statuses",
    filter.includeRejected ? "true" : "NOT coalesce(r.rejected, false)",
    windowPredicate(filter.clock, filter.from !== null, filter.to !== null),
    scope ? "t.id IN $scope" : "true",
  ].join(" AND ");
  // An ego network starts from its members through the id index instead of scanning every relation.
  const match = scope
    ? `MATCH (s:Entity) WHERE s.id IN $scope MATCH (s)-[r:${types.join("|")}]->(t:Entity) WHERE ${where}`
    : `MATCH (s:Entity)-[r:${types.join("|")}]->(t:Entity) WHERE ${where}`;
  const limit = filter.relationLimit ?? null;
  return {
    match,
    params: {
      statuses: filter.statuses,
      fromStart: filter.from ? spanStart(filter.from) : null,
      toEnd: filter.to ? spanEnd(filter.to) : null,
      scope,
      centre: filter.around,
      limit: limit === null ? null : neo4jInt(limit),
      articleIdsPerRelation: filter.articleIdsPerRelation == null ? null : neo4jInt(filter.articleIdsPerRelation),
    },
    filter,
  };
}

/** How many relations a scope holds, and their statements in all and at most per relation. */
export async function countGraphScope(db: GraphDb, scope: GraphScope): Promise<{ relations: number; statements: number; mostPerRelation: number }> {
  return readTx(db, async (tx) => {
    const res = await tx.run(
      `${scope.match} RETURN count(r) AS relations, sum(coalesce(r.evidenceCount, 0)) AS statements, max(coalesce(r.evidenceCount, 0)) AS most`,
      scope.params,
    );
    const record = res.records[0];
    return { relations: toInt(record?.get("relations")), statements: toInt(record?.get("statements")), mostPerRelation: toInt(record?.get("most")) };
  });
}

/**
 * Reads the graph, unless it holds more than `maxRelations` relations: then only their count is read
 * (exports refuse such graphs, and reading 100,000 relations only to refuse them took seconds).
 */
export async function scanGraph(db: GraphDb, filter: GraphFilter, maxRelations: number | null): Promise<GraphScan> {
  const scope = await resolveGraphScope(db, filter);
  return scope ? scanGraphScope(db, scope, maxRelations) : { kind: "missing-centre" };
}

/** Reads a resolved scope's graph; `maxRelations` as for scanGraph. */
export async function scanGraphScope(db: GraphDb, scope: GraphScope, maxRelations: number | null): Promise<GraphScan> {
  const { match, params, filter } = scope;
  const limit = filter.relationLimit ?? null;
  const returned = `RETURN ${relationRow(filter.articleIdsPerRelation != null)} AS row`;
  return readTx(db, async (tx) => {
    // Counting first keeps a cut answer cheap: only the kept relations' properties are read, after ranking.
    const counted = limit !== null || maxRelations !== null;
    const total = counted ? toInt((await tx.run(`${match} RETURN count(r) AS total`, params)).records[0]?.get("total")) : null;
    if (total !== null && maxRelations !== null && total > maxRelations) return { kind: "too-large", totalRelations: total } as const;
    const truncated = total !== null && limit !== null && total > limit;
    const edgesResult = await tx.run(truncated ? `${match} WITH s, r, t ${STRONGEST_FIRST} LIMIT $limit ${returned}` : `${match} ${returned}`, params);
    const totalRelations = total ?? edgesResult.records.length;
    const edges: GraphPayload["edges"] = edgesResult.records.map((record) => {
      const row = record.get("row") as unknown[];
      const relationType = toRelationType(row[2]);
      const attributes: RelationEdgeAttributes = { ...toProvenance(relationProps(row)), relationType };
      return {
        key: attributes.id,
        source: String(row[0]),
        target: String(row[1]),
        attributes,
        ...(RELATION_TYPES[relationType].symmetric ? { undirected: true } : {}),
      };
    });
    const nodeIds = new Set(edges.flatMap((e) => [e.source, e.target]));
    if (filter.around) nodeIds.add(filter.around);
    const nodesResult = await tx.run(
      `MATCH (e:Entity) WHERE e.id IN $ids
       RETURN ${NODE_FIELDS} AS props, COUNT { (e)<-[:MENTIONS]-() } AS mentions`,
      { ids: [...nodeIds] },
    );
    const nodes: GraphPayload["nodes"] = nodesResult.records.map((record) => {
      const props = record.get("props") as Record<string, unknown>;
      const attributes: EntityNodeAttributes = {
        label: String(props.name ?? props.id),
        entityType: toEntityType(props.type),
        aliases: toStringArray(props.aliases),
        roles: toStringArray(props.roles),
        mentionCount: toInt(record.get("mentions")),
      };
      const x = toNative(props.x);
      const y = toNative(props.y);
      if (typeof x === "number" && typeof y === "number") Object.assign(attributes, { x, y });
      return { key: String(props.id), attributes };
    });
    nodes.sort((a, b) => compareKeys(a.key, b.key));
    edges.sort((a, b) => compareKeys(String(a.key), String(b.key)));
    const graph: GraphPayload = {
      attributes: {
        generatedAt: new Date().toISOString(),
        totalRelations,
        truncated,
        ...(limit === null ? {} : { relationLimit: limit }),
      },
      options: { type: "mixed", multi: true, allowSelfLoops: false },
      nodes,
      edges,
    };
    return { kind: "graph", graph } as const;
  });
}
