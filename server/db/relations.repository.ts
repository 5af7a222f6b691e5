/**
 * Relation details: provenance, endpoints, who alleges and who denies, and the evidence behind it
 * with its articles. Used by entity details, edge details and path hops alike.
 */
import {
  parseRelationKey,
  isRelationType,
  type ArticleRef,
  type EntityRef,
  type EvidenceView,
  type RelationDetails,
  type RelationType,
} from "../../graph-schema/index.js";
import neo4j, { type ManagedTransaction } from "neo4j-driver";

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
  const byType = new Map<RelationType, string[]>();
  for (const id of new Set(relationIds)) {
    const type = parseRelationKey(id)?.type;
    if (isRelationType(type)) byType.set(type, [...(byType.get(type) ?? []), id]);
  }
  const relations: Omit<RelationDetails, "allegers" | "deniers" | "evidence">[] = [];
  for (const [type, ids] of byType) {
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

/** Each relation's first `limit` statements (latest report first), with their articles, by relation id. */
export async function findEvidenceViews(tx: ManagedTransaction, relationIds: string[], limit: number): Promise<Map<string, EvidenceView[]>> {
  // The statements are ranked and cut before their articles are read: a relation of a large corpus
  // has a thousand statements, of which only the first few are wanted.
  const res = await tx.run(
    `UNWIND $ids AS rid
     CALL (rid) {
       MATCH (v:Evidence {relationId: rid})
       RETURN v
       ORDER BY v.reportDate DESC, v.articleId, v.start
       LIMIT $limit
     }
     MATCH (a:Article {id: v.articleId})
     RETURN rid, v{.*} AS v, a{.id, .title, .outlet, .url, .date, .language} AS a`,
    // LIMIT needs an integer, and JS numbers travel as floats.
    { ids: relationIds, limit: neo4j.int(limit) },
  );
  const out = new Map<string, EvidenceView[]>();
  for (const record of res.records) {
    const v = record.get("v") as Props;
    const a = record.get("a") as Props;
    const view: EvidenceView = {
      id: String(v.id),
      relationId: String(v.relationId),
      articleId: String(v.articleId),
      type: toRelationType(v.type),
      sourceId: String(v.sourceId),
      targetId: String(v.targetId),
      status: toStatus(v.status),
      sentence: String(v.sentence),
      start: toInt(v.start),
      end: toInt(v.end),
      triggers: toStringArray(v.triggers),
      language: v.language === "en" ? "en" : "id",
      eventDate: toStringOrNull(v.eventDate),
      reportDate: toStringOrNull(v.reportDate),
      confidence: Number(toNative(v.confidence) ?? 0),
      extractorVersion: String(v.extractorVersion ?? ""),
      claimId: toStringOrNull(v.claimId),
      role: toStringOrNull(v.role),
      article: toArticleRef(a),
    };
    const rid = record.get("rid") as string;
    const list = out.get(rid);
    if (list) list.push(view);
    else out.set(rid, [view]);
  }
  // The article lookup after the ranked subquery need not keep its row order: rank again here.
  for (const list of out.values()) list.sort(byLatestReport);
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
