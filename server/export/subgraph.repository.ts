/**
 * Reads for exports that GET /api/graph does not cover: a subgraph given by entity and relation ids
 * (selections, and the elements a Cypher query returned), optionally with the relations among the
 * selected entities under the view's filter; and the articles relations cite. Same node and edge
 * shapes as graph.repository.ts; values only as parameters, relation types from the closed table.
 */
import {
  RELATION_TYPES,
  isRelationType,
  parseRelationKey,
  type ArticleRef,
  type EntityNodeAttributes,
  type GraphPayload,
  type RelationEdgeAttributes,
  type RelationType,
} from "../../graph-schema/index.js";
import type { ManagedTransaction, Record as Neo4jRecord } from "neo4j-driver";

import { spanEnd, spanStart, windowPredicate } from "../db/date-window.js";
import { readTx, type GraphDb } from "../db/graph-db.js";
import { RELATION_FIELDS } from "../db/graph.repository.js";
import { findArticlesById } from "../db/relations.repository.js";
import { toEntityType, toProvenance, toRelationType } from "../db/relation-props.js";
import { toInt, toNative, toStringArray } from "../db/to-native.js";
import type { ExportFilter } from "./bundle.js";
import { groupBy } from "./collections.js";

type Props = Record<string, unknown>;
type PayloadEdge = GraphPayload["edges"][number];
type PayloadNode = GraphPayload["nodes"][number];

export interface IdSubgraph {
  graph: GraphPayload;
  missingEntities: string[];
  missingRelations: string[];
}

export interface IdSubgraphQuery {
  entities: string[];
  relations: string[];
  /** Also take the relations among `entities` that pass this filter (selections); null: only listed relations. */
  induced: ExportFilter | null;
}

/** Ids per statement: keeps parameter lists and transactions moderate. */
const ID_CHUNK = 5_000;

function chunks<T>(items: readonly T[], size = ID_CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

function toPayloadEdge(record: Neo4jRecord): PayloadEdge {
  const relationType = toRelationType(record.get("type"));
  const props = record.get("props") as Props;
  const attributes: RelationEdgeAttributes = { ...toProvenance(props), relationType };
  if (props.curated === true) attributes.curated = true;
  return {
    key: attributes.id,
    source: record.get("source") as string,
    target: record.get("target") as string,
    attributes,
    ...(RELATION_TYPES[relationType].symmetric ? { undirected: true } : {}),
  };
}

/** Relations analysts rejected stay out of exports, as they stay out of views. */
const NOT_REJECTED = "NOT coalesce(r.rejected, false)";

const EDGE_RETURN = `RETURN s.id AS source, t.id AS target, type(r) AS type, ${RELATION_FIELDS} AS props`;

async function findEdgesByIds(tx: ManagedTransaction, ids: string[]): Promise<PayloadEdge[]> {
  const typed = [...new Set(ids)].flatMap((id) => {
    const type = parseRelationKey(id)?.type;
    return isRelationType(type) ? [{ id, type }] : [];
  });
  const edges: PayloadEdge[] = [];
  for (const [type, group] of groupBy(typed, (t): RelationType => t.type)) {
    const typeIds = group.map((t) => t.id);
    for (const chunk of chunks(typeIds)) {
      const res = await tx.run(`UNWIND $ids AS id MATCH (s:Entity)-[r:${type} {id: id}]->(t:Entity) WHERE ${NOT_REJECTED} ${EDGE_RETURN}`, { ids: chunk });
      edges.push(...res.records.map(toPayloadEdge));
    }
  }
  return edges;
}

async function findInducedEdges(tx: ManagedTransaction, ids: string[], filter: ExportFilter): Promise<PayloadEdge[]> {
  if (ids.length < 2) return [];
  const where = ["s.id IN $ids AND t.id IN $ids", NOT_REJECTED, "r.status IN $statuses", windowPredicate(filter.clock, filter.from !== null, filter.to !== null)].join(" AND ");
  const res = await tx.run(`MATCH (s:Entity)-[r:${filter.types.join("|")}]->(t:Entity) WHERE ${where} ${EDGE_RETURN}`, {
    ids,
    statuses: filter.statuses,
    fromStart: filter.from ? spanStart(filter.from) : null,
    toEnd: filter.to ? spanEnd(filter.to) : null,
  });
  return res.records.map(toPayloadEdge);
}

export async function findEntityNodes(tx: ManagedTransaction, ids: string[]): Promise<PayloadNode[]> {
  const nodes: PayloadNode[] = [];
  for (const chunk of chunks(ids)) {
    const res = await tx.run(
      `MATCH (e:Entity) WHERE e.id IN $ids
       RETURN e{.id, .name, .type, .aliases, .roles, .x, .y} AS props, COUNT { (:Article)-[:MENTIONS]->(e) } AS mentions`,
      { ids: chunk },
    );
    for (const record of res.records) {
      const props = record.get("props") as Props;
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
      nodes.push({ key: String(props.id), attributes });
    }
  }
  return nodes;
}

export async function findIdSubgraph(db: GraphDb, query: IdSubgraphQuery, timeoutMs?: number): Promise<IdSubgraph> {
  return readTx(
    db,
    async (tx) => {
      const explicit = await findEdgesByIds(tx, query.relations);
      const induced = query.induced ? await findInducedEdges(tx, [...new Set(query.entities)], query.induced) : [];
      const edges = [...new Map([...explicit, ...induced].map((e) => [String(e.key), e])).values()];
      const nodeIds = new Set([...query.entities, ...edges.flatMap((e) => [e.source, e.target])]);
      const nodes = await findEntityNodes(tx, [...nodeIds]);
      const foundNodes = new Set(nodes.map((n) => n.key));
      const foundEdges = new Set(explicit.map((e) => String(e.key)));
      nodes.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
      edges.sort((a, b) => (String(a.key) < String(b.key) ? -1 : 1));
      return {
        graph: { attributes: {}, options: { type: "mixed", multi: true, allowSelfLoops: false }, nodes, edges },
        missingEntities: [...new Set(query.entities)].filter((id) => !foundNodes.has(id)),
        missingRelations: [...new Set(query.relations)].filter((id) => !foundEdges.has(id)),
      };
    },
    timeoutMs,
  );
}

/** The articles with these ids, oldest first (then by title). */
export async function findArticleRefs(db: GraphDb, ids: string[], timeoutMs?: number): Promise<ArticleRef[]> {
  if (ids.length === 0) return [];
  const articles = await readTx(
    db,
    async (tx) => {
      const out: ArticleRef[] = [];
      for (const chunk of chunks(ids)) out.push(...(await findArticlesById(tx, chunk)).values());
      return out;
    },
    timeoutMs,
  );
  return articles.sort(byArticleDate);
}

/** The order articles are listed in: by date, then title. */
export function byArticleDate(a: ArticleRef, b: ArticleRef): number {
  return (a.date ?? "").localeCompare(b.date ?? "") || a.title.localeCompare(b.title) || a.id.localeCompare(b.id);
}
