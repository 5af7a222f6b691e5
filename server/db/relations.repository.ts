/**
 * Relation details: provenance, endpoints, who alleges and who denies, and the evidence behind it
 * with its articles. Used by entity details, edge details and path hops alike.
 */
import {
  type ArticleRef,
  type EntityRef,
  type EvidenceView,
  type RelationDetails,
} from "../../graph-schema/index.js";
import neo4j, { type ManagedTransaction, type Record as Neo4jRecord } from "neo4j-driver";

import { byRelationType, EVIDENCE_DIGEST_PROPERTY, EVIDENCE_DIGEST_SIZE, parseEvidenceDigest, rankedStatementsCypher } from "../../import/load/evidence-digest.js";
import { RELATION_FIELDS } from "./graph.repository.js";
import { toEntityRef, toProvenance, toRelationType, toStatus } from "./relation-props.js";
import { toInt, toNative, toStringArray, toStringOrNull } from "./to-native.js";

/** Evidence per relation returned inline; the relation's evidenceCount tells how many exist. */
export const EVIDENCE_PER_RELATION = 50;

type Props = Record<string, unknown>;

export async function findRelationDetails(
  tx: ManagedTransaction,
  relationIds: string[],
  evidenceLimit = EVIDENCE_PER_RELATION,
): Promise<RelationDetails[]> {
  const relations: Omit<RelationDetails, "allegers" | "deniers" | "evidence">[] = [];
  for (const [type, ids] of byRelationType(relationIds)) {
    const res = await tx.run(
      `UNWIND $ids AS id MATCH (s:Entity)-[r:${type} {id: id}]->(t:Entity)
       RETURN s{.id, .name, .type} AS s, t{.id, .name, .type} AS t, type(r) AS type, ${RELATION_FIELDS} AS props`,
      { ids },
    );
    for (const record of res.records) {
      relations.push({
        ...toProvenance(record.get("props") as Props),
        relationType: toRelationType(record.get("type")),
        source: toEntityRef(record.get("s") as Props),
        target: toEntityRef(record.get("t") as Props),
      });
    }
  }
  if (relations.length === 0) return [];

  const evidence = await findEvidenceViews(tx, relations.map((r) => r.id), evidenceLimit);
  const partyIds = [...new Set(relations.flatMap((r) => [...r.allegedBy, ...r.deniedBy]))];
  const parties = await findEntityRefs(tx, partyIds);
  const order = new Map(relationIds.map((id, i) => [id, i]));
  return relations
    .map((r) => ({
      ...r,
      allegers: r.allegedBy.flatMap((id) => parties.get(id) ?? []),
      deniers: r.deniedBy.flatMap((id) => parties.get(id) ?? []),
      evidence: evidence.get(r.id) ?? [],
    }))
    .sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
}

const ARTICLE_COLUMNS = ["id", "title", "outlet", "url", "date", "language"] as const;

const asList = (variable: string, columns: readonly string[]) => `[${columns.map((c) => `${variable}.${c}`).join(", ")}]`;
const asProps = (columns: readonly string[], values: unknown[]): Props => Object.fromEntries(columns.map((c, i) => [c, values[i]]));

/** A statement as the evidence query returns it, before its article is attached. */
export type Statement = Omit<EvidenceView, "article">;

/** Each relation's first `limit` statements (latest report first), with their articles, by relation id. */
export async function findEvidenceViews(tx: ManagedTransaction, relationIds: string[], limit: number): Promise<Map<string, EvidenceView[]>> {
  const statements = await findRankedStatements(tx, relationIds, limit);
  // Many statements share an article: each is read once.
  const articleIds = new Set<string>();
  for (const list of statements.values()) for (const statement of list) articleIds.add(statement.articleId);
  return withArticles(statements, await findArticlesById(tx, [...articleIds]));
}

/** Each relation's first `limit` statements (latest report first), without their articles, by relation id. */
export async function findRankedStatements(tx: ManagedTransaction, relationIds: string[], limit: number): Promise<Map<string, Statement[]>> {
  // The statements are ranked and cut before anything else is read: a relation of a large corpus
  // has a thousand statements, of which only the first few are wanted.
  const res = await tx.run(
    `UNWIND $ids AS rid ${rankedStatementsCypher("rid")}`,
    // LIMIT needs an integer, and JS numbers travel as floats.
    { ids: relationIds, statementLimit: neo4j.int(limit) },
  );
  return toStatementsByRelation(res.records);
}

/**
 * Like findRankedStatements, for every relation a graph scope's `match` binds as `r` (see
 * GraphScope): one query, no list of ids, so it can run while the graph itself is read.
 */
export async function findScopedStatements(
  tx: ManagedTransaction,
  scope: { match: string; params: Record<string, unknown> },
  limit: number,
): Promise<Map<string, Statement[]>> {
  const res = await tx.run(`${scope.match} WITH r.id AS rid ${rankedStatementsCypher("rid")}`, { ...scope.params, statementLimit: neo4j.int(limit) });
  return toStatementsByRelation(res.records);
}

/**
 * Like findRankedStatements, from the relations' evidence digests when they hold enough statements
 * (see evidence-digest.ts); relations without a digest are read the long way.
 */
export async function findLatestStatements(tx: ManagedTransaction, relationIds: string[], limit: number): Promise<Map<string, Statement[]>> {
  if (limit > EVIDENCE_DIGEST_SIZE) return findRankedStatements(tx, relationIds, limit);
  const records: Neo4jRecord[] = [];
  for (const [type, ids] of byRelationType(relationIds)) {
    const res = await tx.run(`UNWIND $ids AS id MATCH ()-[r:${type} {id: id}]->() RETURN r.id AS rid, r.${EVIDENCE_DIGEST_PROPERTY} AS digest`, { ids });
    records.push(...res.records);
  }
  return fromDigests(tx, records, limit);
}

/** Like findScopedStatements, from the relations' evidence digests when they hold enough statements. */
export async function findScopedLatestStatements(
  tx: ManagedTransaction,
  scope: { match: string; params: Record<string, unknown> },
  limit: number,
): Promise<Map<string, Statement[]>> {
  if (limit > EVIDENCE_DIGEST_SIZE) return findScopedStatements(tx, scope, limit);
  const res = await tx.run(`${scope.match} RETURN r.id AS rid, r.${EVIDENCE_DIGEST_PROPERTY} AS digest`, scope.params);
  return fromDigests(tx, res.records, limit);
}

/** Each record's digest (`rid`, `digest`) cut to `limit`; relations without one are read the long way. */
async function fromDigests(tx: ManagedTransaction, records: readonly Neo4jRecord[], limit: number): Promise<Map<string, Statement[]>> {
  const found = new Map<string, Statement[]>();
  const missing: string[] = [];
  for (const record of records) {
    const relationId = record.get("rid") as string;
    const digest = parseEvidenceDigest(record.get("digest"));
    if (digest === null) missing.push(relationId);
    else if (digest.length > 0) found.set(relationId, digest.slice(0, limit).map((values) => toStatement(relationId, values)));
  }
  if (missing.length > 0) for (const [id, list] of await findRankedStatements(tx, missing, limit)) found.set(id, list);
  return found;
}

function toStatementsByRelation(records: readonly { get(key: string): unknown }[]): Map<string, Statement[]> {
  const out = new Map<string, Statement[]>();
  for (const record of records) {
    const relationId = record.get("rid") as string;
    const statements = (record.get("statements") as unknown[][]).map((values) => toStatement(relationId, values));
    if (statements.length > 0) out.set(relationId, statements);
  }
  return out;
}

/** A statement from its values in EVIDENCE_COLUMNS order. */
function toStatement(relationId: string, values: unknown[]): Statement {
  const [id, articleId, type, sourceId, targetId, status, sentence, start, end, triggers, language, eventDate, reportDate, confidence, extractorVersion, claimId, role] = values;
  return {
    id: String(id),
    relationId,
    articleId: String(articleId),
    type: toRelationType(type),
    sourceId: String(sourceId),
    targetId: String(targetId),
    status: toStatus(status),
    sentence: String(sentence),
    start: toInt(start),
    end: toInt(end),
    triggers: toStringArray(triggers),
    language: language === "en" ? "en" : "id",
    eventDate: toStringOrNull(eventDate),
    reportDate: toStringOrNull(reportDate),
    confidence: Number(toNative(confidence) ?? 0),
    extractorVersion: String(extractorVersion ?? ""),
    claimId: toStringOrNull(claimId),
    role: toStringOrNull(role),
  };
}

/**
 * Statements with their articles, latest report first (collect() need not keep the subquery's row
 * order). A statement whose article is not in `articles` (deleted since) is left out.
 */
export function withArticles(statements: ReadonlyMap<string, Statement[]>, articles: ReadonlyMap<string, ArticleRef>): Map<string, EvidenceView[]> {
  const out = new Map<string, EvidenceView[]>();
  for (const [relationId, list] of statements) {
    const views: EvidenceView[] = [];
    for (const statement of list) {
      const article = articles.get(statement.articleId);
      if (article) views.push({ ...statement, article });
    }
    views.sort(byLatestReport);
    if (views.length > 0) out.set(relationId, views);
  }
  return out;
}

/** The articles with these ids, by id (ids of missing articles are left out). */
export async function findArticlesById(tx: ManagedTransaction, ids: string[]): Promise<Map<string, ArticleRef>> {
  const res = await tx.run(`UNWIND $ids AS id MATCH (a:Article {id: id}) RETURN ${asList("a", ARTICLE_COLUMNS)} AS a`, { ids });
  const out = new Map<string, ArticleRef>();
  for (const record of res.records) {
    const ref = toArticleRef(asProps(ARTICLE_COLUMNS, record.get("a") as unknown[]));
    out.set(ref.id, ref);
  }
  return out;
}

function byLatestReport(a: EvidenceView, b: EvidenceView): number {
  const ra = a.reportDate ?? "";
  const rb = b.reportDate ?? "";
  if (ra !== rb) return ra < rb ? 1 : -1;
  if (a.articleId !== b.articleId) return a.articleId < b.articleId ? -1 : 1;
  return a.start - b.start;
}

export function toArticleRef(a: Props): ArticleRef {
  return {
    id: String(a.id),
    title: String(a.title ?? ""),
    outlet: toStringOrNull(a.outlet),
    url: toStringOrNull(a.url),
    date: toStringOrNull(a.date),
    language: a.language === "en" ? "en" : "id",
  };
}

export async function findEntityRefs(tx: ManagedTransaction, ids: string[]): Promise<Map<string, EntityRef>> {
  if (ids.length === 0) return new Map();
  const res = await tx.run("MATCH (e:Entity) WHERE e.id IN $ids RETURN e{.id, .name, .type} AS e", { ids });
  return new Map(res.records.map((r) => {
    const ref = toEntityRef(r.get("e") as Props);
    return [ref.id, ref];
  }));
}
