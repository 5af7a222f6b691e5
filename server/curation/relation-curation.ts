/**
 * Curations of relations: reject (hidden, kept for audit), restore, correct (type, direction, status)
 * and add by hand with a quote. Each runs in one write transaction with its audit record, takes the
 * relationship's write lock first and checks the version the analyst saw, so no update is lost.
 */
import type { ManagedTransaction } from "neo4j-driver";

import {
  allowsEndpoints,
  isRelationType,
  parseRelationKey,
  relationKey,
  type CurationRecord,
  type EntityType,
  type RelationStatus,
  type RelationType,
} from "../../graph-schema/index.js";
import { REFRESH_RELATIONS } from "../../import/load/cypher.js";
import { refreshEvidenceDigests } from "../../import/load/evidence-digest.js";
import { evidenceKey } from "../../import/load/rows.js";
import { toInt } from "../db/to-native.js";
import { toEntityType } from "../db/relation-props.js";
import { recordCuration, type Actor } from "./audit.js";
import { assertVersion, invalidError, notFoundError } from "./curation-errors.js";

interface LockedRelation {
  id: string;
  type: RelationType;
  sourceId: string;
  targetId: string;
  sourceType: EntityType;
  targetType: EntityType;
  status: RelationStatus;
  version: number;
  rejected: boolean;
}

function typeOf(relationId: string): RelationType {
  const type = parseRelationKey(relationId)?.type;
  if (!isRelationType(type)) throw notFoundError(`Relation "${relationId}"`);
  return type;
}

/** Takes the write lock (a no-op SET) before reading, so concurrent curations queue up. */
async function lockRelation(tx: ManagedTransaction, relationId: string): Promise<LockedRelation> {
  const type = typeOf(relationId);
  const res = await tx.run(
    `MATCH (s:Entity)-[r:${type} {id: $id}]->(t:Entity)
     SET r.version = coalesce(r.version, 0)
     RETURN s.id AS sourceId, t.id AS targetId, s.type AS sourceType, t.type AS targetType, r.status AS status,
            r.version AS version, coalesce(r.rejected, false) AS rejected`,
    { id: relationId },
  );
  const record = res.records[0];
  if (!record) throw notFoundError(`Relation "${relationId}"`);
  return {
    id: relationId,
    type,
    sourceId: record.get("sourceId") as string,
    targetId: record.get("targetId") as string,
    sourceType: toEntityType(record.get("sourceType")),
    targetType: toEntityType(record.get("targetType")),
    status: record.get("status") as RelationStatus,
    version: toInt(record.get("version")),
    rejected: record.get("rejected") as boolean,
  };
}

async function setRejected(tx: ManagedTransaction, rel: LockedRelation, rejected: boolean, extra: Record<string, unknown> = {}): Promise<void> {
  await tx.run(
    `MATCH ()-[r:${rel.type} {id: $id}]->() SET r.rejected = $rejected, r.curated = true, r.version = r.version + 1, r += $extra`,
    { id: rel.id, rejected, extra },
  );
}

export interface VersionedInput {
  expectedVersion?: number;
}

export async function rejectRelation(tx: ManagedTransaction, relationId: string, input: VersionedInput, actor: Actor): Promise<CurationRecord> {
  const rel = await lockRelation(tx, relationId);
  assertVersion(`Relation "${relationId}"`, rel.version, input.expectedVersion);
  await setRejected(tx, rel, true);
  return recordCuration(tx, actor, { kind: "reject-relation", targetType: "relation", targetId: rel.id, before: { rejected: rel.rejected }, after: { rejected: true } });
}

export async function restoreRelation(tx: ManagedTransaction, relationId: string, input: VersionedInput, actor: Actor): Promise<CurationRecord> {
  const rel = await lockRelation(tx, relationId);
  assertVersion(`Relation "${relationId}"`, rel.version, input.expectedVersion);
  await setRejected(tx, rel, false);
  return recordCuration(tx, actor, { kind: "restore-relation", targetType: "relation", targetId: rel.id, before: { rejected: rel.rejected }, after: { rejected: false } });
}

export interface CorrectionInput extends VersionedInput {
  type?: RelationType;
  swap?: boolean;
  status?: RelationStatus;
}

/**
 * A correction makes the corrected relation (curated, with copies of the evidence) and rejects the
 * original, pointing at its correction. Re-extraction recreates the original's evidence, which stays
 * under the rejected original: the correction holds.
 */
export async function correctRelation(
  tx: ManagedTransaction,
  relationId: string,
  input: CorrectionInput,
  actor: Actor,
): Promise<{ record: CurationRecord; relationId: string }> {
  const rel = await lockRelation(tx, relationId);
  assertVersion(`Relation "${relationId}"`, rel.version, input.expectedVersion);
  const type = input.type ?? rel.type;
  const [sourceId, targetId, sourceType, targetType] = input.swap
    ? [rel.targetId, rel.sourceId, rel.targetType, rel.sourceType]
    : [rel.sourceId, rel.targetId, rel.sourceType, rel.targetType];
  const status = input.status ?? rel.status;
  if (!allowsEndpoints(type, sourceType, targetType)) {
    throw invalidError(`A ${type} relation cannot go from a ${sourceType} to a ${targetType}.`);
  }
  const newId = relationKey(type, sourceId, targetId, status);
  if (newId === rel.id) throw invalidError("The correction changes nothing: give another type, direction or status.");

  const evidence = await tx.run(`MATCH (v:Evidence {relationId: $id}) RETURN v{.*} AS v`, { id: rel.id });
  const copies = evidence.records.map((r) => {
    const v = r.get("v") as Record<string, unknown>;
    const start = toInt(v.start);
    const end = toInt(v.end);
    return {
      ...v,
      id: evidenceKey(String(v.articleId), newId, start, end),
      relationId: newId,
      type,
      sourceId,
      targetId,
      sourceName: input.swap ? v.targetName : v.sourceName,
      targetName: input.swap ? v.sourceName : v.targetName,
      status,
      curated: true,
      derivedFrom: v.id,
    };
  });
  await tx.run(
    `MATCH (s:Entity {id: $sourceId}), (t:Entity {id: $targetId})
     MERGE (s)-[n:${type} {id: $newId}]->(t)
     ON CREATE SET n.status = $status, n.createdAt = datetime(), n.version = 0
     SET n.curated = true, n.rejected = false, n.correctedFrom = $oldId`,
    { sourceId, targetId, newId, status, oldId: rel.id },
  );
  await tx.run(
    `UNWIND $rows AS row
     MATCH (a:Article {id: row.articleId})
     MERGE (v:Evidence {id: row.id}) SET v += row
     MERGE (a)-[:STATES]->(v)`,
    { rows: copies },
  );
  await tx.run(REFRESH_RELATIONS[type], { ids: [newId] });
  await refreshEvidenceDigests(tx, [newId]);
  await setRejected(tx, rel, true, { correctedTo: newId });
  const record = await recordCuration(tx, actor, {
    kind: "correct-relation",
    targetType: "relation",
    targetId: rel.id,
    relatedIds: [newId],
    before: { type: rel.type, sourceId: rel.sourceId, targetId: rel.targetId, status: rel.status },
    after: { type, sourceId, targetId, status, relationId: newId },
  });
  return { record, relationId: newId };
}

export interface ManualRelationInput {
  type: RelationType;
  sourceId: string;
  targetId: string;
  status: RelationStatus;
  articleId: string;
  /** Verbatim words of the article that state the relation. */
  quote: string;
  eventDate: string | null;
}

/** Adds a relation by hand, backed by a quote that must appear in the article. */
export async function addRelation(tx: ManagedTransaction, input: ManualRelationInput, actor: Actor): Promise<{ record: CurationRecord; relationId: string }> {
  const ends = await tx.run(
    `MATCH (s:Entity {id: $sourceId}), (t:Entity {id: $targetId}) RETURN s.type AS sourceType, t.type AS targetType, s.name AS sourceName, t.name AS targetName`,
    input,
  );
  const endsRecord = ends.records[0];
  if (!endsRecord) throw notFoundError(`Entity "${input.sourceId}" or "${input.targetId}"`);
  if (input.sourceId === input.targetId) throw invalidError("A relation needs two different entities.");
  const sourceType = toEntityType(endsRecord.get("sourceType"));
  const targetType = toEntityType(endsRecord.get("targetType"));
  if (!allowsEndpoints(input.type, sourceType, targetType)) {
    throw invalidError(`A ${input.type} relation cannot go from a ${sourceType} to a ${targetType}.`);
  }
  const article = await tx.run(`MATCH (a:Article {id: $id}) RETURN a.text AS text, a.date AS date, a.language AS language, a.outletKey AS outletKey`, {
    id: input.articleId,
  });
  const articleRecord = article.records[0];
  if (!articleRecord) throw notFoundError(`Article "${input.articleId}"`);
  const text = String(articleRecord.get("text") ?? "");
  const start = text.indexOf(input.quote);
  if (start < 0) throw invalidError("The quote does not appear word for word in the article.");
  const relationId = relationKey(input.type, input.sourceId, input.targetId, input.status);
  const evidence = {
    id: evidenceKey(input.articleId, relationId, start, start + input.quote.length),
    relationId,
    articleId: input.articleId,
    type: input.type,
    sourceId: input.sourceId,
    targetId: input.targetId,
    sourceName: endsRecord.get("sourceName"),
    targetName: endsRecord.get("targetName"),
    status: input.status,
    sentence: input.quote,
    start,
    end: start + input.quote.length,
    triggers: [],
    language: articleRecord.get("language"),
    eventDate: input.eventDate,
    reportDate: articleRecord.get("date"),
    outletKey: articleRecord.get("outletKey") ?? `article:${input.articleId}`,
    confidence: 1,
    extractorVersion: "manual",
    claimId: null,
    role: null,
    curated: true,
  };
  await tx.run(
    `MATCH (s:Entity {id: $sourceId}), (t:Entity {id: $targetId})
     MERGE (s)-[r:${input.type} {id: $relationId}]->(t)
     ON CREATE SET r.status = $status, r.createdAt = datetime(), r.version = 0
     SET r.curated = true`,
    { ...input, relationId },
  );
  await tx.run(`MATCH (a:Article {id: $articleId}) MERGE (v:Evidence {id: $row.id}) SET v += $row MERGE (a)-[:STATES]->(v)`, {
    articleId: input.articleId,
    row: evidence,
  });
  await tx.run(REFRESH_RELATIONS[input.type], { ids: [relationId] });
  await refreshEvidenceDigests(tx, [relationId]);
  const record = await recordCuration(tx, actor, {
    kind: "add-relation",
    targetType: "relation",
    targetId: relationId,
    relatedIds: [input.sourceId, input.targetId, input.articleId],
    before: null,
    after: { type: input.type, sourceId: input.sourceId, targetId: input.targetId, status: input.status, quote: input.quote },
  });
  return { record, relationId };
}
