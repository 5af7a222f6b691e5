/**
 * Curations of entities: merge two (aliases, mentions, relations and evidence move; nothing is lost),
 * split a wrong merge back out, add an alias. Each change also writes the entity registry
 * (:AliasRule), which later imports apply, so the same mistake is not made twice.
 */
import type { ManagedTransaction } from "neo4j-driver";

import {
  entityKey,
  isRelationType,
  RELATION_TYPE_NAMES,
  relationKey,
  type CurationRecord,
  type EntityType,
  type RelationStatus,
  type RelationType,
} from "../../graph-schema/index.js";
import { foldAlias } from "../../import/load/alias-rules.js";
import { REFRESH_RELATIONS } from "../../import/load/cypher.js";
import { refreshEvidenceDigests } from "../../import/load/evidence-digest.js";
import { evidenceKey } from "../../import/load/rows.js";
import { toInt, toStringArray } from "../db/to-native.js";
import { recordCuration, type Actor } from "./audit.js";
import { assertVersion, invalidError, notFoundError } from "./curation-errors.js";

interface LockedEntity {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  roles: string[];
  version: number;
}

async function lockEntity(tx: ManagedTransaction, id: string): Promise<LockedEntity> {
  const res = await tx.run(
    `MATCH (e:Entity {id: $id}) SET e.version = coalesce(e.version, 0)
     RETURN e.name AS name, e.type AS type, e.aliases AS aliases, e.roles AS roles, e.version AS version`,
    { id },
  );
  const r = res.records[0];
  if (!r) throw notFoundError(`Entity "${id}"`);
  return {
    id,
    name: String(r.get("name")),
    type: r.get("type") as EntityType,
    aliases: toStringArray(r.get("aliases")),
    roles: toStringArray(r.get("roles")),
    version: toInt(r.get("version")),
  };
}

async function saveRules(tx: ManagedTransaction, forms: string[], entityId: string): Promise<void> {
  const rows = [...new Map(forms.map((f) => [foldAlias(f), f])).entries()].filter(([key]) => key).map(([key, alias]) => ({ key, alias }));
  await tx.run(`UNWIND $rows AS row MERGE (r:AliasRule {key: row.key}) SET r.entityId = $entityId, r.alias = row.alias, r.updatedAt = datetime()`, {
    rows,
    entityId,
  });
}

interface EvidenceMove {
  evidenceId: string;
  articleId: string;
  start: number;
  end: number;
  type: RelationType;
  status: RelationStatus;
  oldRelationId: string;
  sourceId: string;
  targetId: string;
}

/**
 * Moves evidence onto re-keyed relations: creates the target relationships, re-keys the evidence
 * (dropping exact duplicates the target already holds), then refreshes old and new aggregates —
 * old relations left without evidence disappear unless curated.
 */
async function moveEvidence(tx: ManagedTransaction, moves: EvidenceMove[], carry: Map<string, { curated: boolean; rejected: boolean }>): Promise<string[]> {
  const moved = moves
    .filter((m) => m.sourceId !== m.targetId)
    .map((m) => {
      const relationId = relationKey(m.type, m.sourceId, m.targetId, m.status);
      return { ...m, relationId, newEvidenceId: evidenceKey(m.articleId, relationId, m.start, m.end) };
    });
  const selfLoops = moves.filter((m) => m.sourceId === m.targetId).map((m) => m.evidenceId);
  if (selfLoops.length > 0) await tx.run(`MATCH (v:Evidence) WHERE v.id IN $ids DETACH DELETE v`, { ids: selfLoops });

  const byType = new Map<RelationType, typeof moved>();
  for (const m of moved) byType.set(m.type, [...(byType.get(m.type) ?? []), m]);
  for (const [type, rows] of byType) {
    const relations = [...new Map(rows.map((m) => [m.relationId, m])).values()].map((m) => ({
      id: m.relationId,
      sourceId: m.sourceId,
      targetId: m.targetId,
      status: m.status,
      curated: carry.get(m.oldRelationId)?.curated ?? false,
      rejected: carry.get(m.oldRelationId)?.rejected ?? false,
    }));
    await tx.run(
      `UNWIND $rows AS row
       MATCH (s:Entity {id: row.sourceId}), (t:Entity {id: row.targetId})
       MERGE (s)-[r:${type} {id: row.id}]->(t)
       ON CREATE SET r.status = row.status, r.createdAt = datetime(), r.version = 0, r.curated = row.curated, r.rejected = row.rejected`,
      { rows: relations },
    );
  }
  const existing = await tx.run(`MATCH (v:Evidence) WHERE v.id IN $ids RETURN v.id AS id`, { ids: moved.map((m) => m.newEvidenceId) });
  const taken = new Set(existing.records.map((r) => r.get("id") as string));
  const duplicates = moved.filter((m) => taken.has(m.newEvidenceId) && m.newEvidenceId !== m.evidenceId);
  await tx.run(`MATCH (v:Evidence) WHERE v.id IN $ids DETACH DELETE v`, { ids: duplicates.map((m) => m.evidenceId) });
  await tx.run(
    `UNWIND $rows AS row MATCH (v:Evidence {id: row.evidenceId})
     SET v.id = row.newEvidenceId, v.relationId = row.relationId, v.sourceId = row.sourceId, v.targetId = row.targetId`,
    { rows: moved.filter((m) => !duplicates.includes(m)) },
  );
  const touched = [...new Set([...moves.map((m) => m.oldRelationId), ...moved.map((m) => m.relationId)])];
  for (const type of RELATION_TYPE_NAMES) {
    const ids = touched.filter((id) => id.startsWith(`${type}:`));
    if (ids.length > 0) await tx.run(REFRESH_RELATIONS[type], { ids });
  }
  await refreshEvidenceDigests(tx, touched);
  return [...new Set(moved.map((m) => m.relationId))];
}

async function evidenceTouching(tx: ManagedTransaction, entityId: string) {
  const res = await tx.run(
    `MATCH (v:Evidence) WHERE v.sourceId = $id OR v.targetId = $id
     RETURN v.id AS id, v.articleId AS articleId, v.start AS start, v.end AS end, v.type AS type, v.status AS status,
            v.relationId AS relationId, v.sourceId AS sourceId, v.targetId AS targetId, v.sourceName AS sourceName, v.targetName AS targetName`,
    { id: entityId },
  );
  return res.records.flatMap((r) => {
    const type = r.get("type");
    if (!isRelationType(type)) return [];
    return [
      {
        evidenceId: r.get("id") as string,
        articleId: r.get("articleId") as string,
        start: toInt(r.get("start")),
        end: toInt(r.get("end")),
        type,
        status: r.get("status") as RelationStatus,
        oldRelationId: r.get("relationId") as string,
        sourceId: r.get("sourceId") as string,
        targetId: r.get("targetId") as string,
        sourceName: String(r.get("sourceName") ?? ""),
        targetName: String(r.get("targetName") ?? ""),
      },
    ];
  });
}

async function relationFlags(tx: ManagedTransaction, entityId: string): Promise<Map<string, { curated: boolean; rejected: boolean }>> {
  const res = await tx.run(
    `MATCH (:Entity {id: $id})-[r:${RELATION_TYPE_NAMES.join("|")}]-(:Entity)
     RETURN r.id AS id, coalesce(r.curated, false) AS curated, coalesce(r.rejected, false) AS rejected`,
    { id: entityId },
  );
  return new Map(res.records.map((r) => [r.get("id") as string, { curated: r.get("curated") as boolean, rejected: r.get("rejected") as boolean }]));
}

export interface EntityVersionInput {
  expectedVersion?: number;
}

/** Merges `mergeId` into `keepId`: the merged entity's names become aliases of the kept one. */
export async function mergeEntities(
  tx: ManagedTransaction,
  keepId: string,
  mergeId: string,
  input: EntityVersionInput,
  actor: Actor,
): Promise<CurationRecord> {
  if (keepId === mergeId) throw invalidError("An entity cannot be merged into itself.");
  const keep = await lockEntity(tx, keepId);
  const merged = await lockEntity(tx, mergeId);
  assertVersion(`Entity "${keepId}"`, keep.version, input.expectedVersion);

  const flags = await relationFlags(tx, mergeId);
  const moves = (await evidenceTouching(tx, mergeId)).map((m) => ({
    ...m,
    sourceId: m.sourceId === mergeId ? keepId : m.sourceId,
    targetId: m.targetId === mergeId ? keepId : m.targetId,
  }));
  const relationIds = await moveEvidence(tx, moves, flags);
  await tx.run(
    `MATCH (m:Entity {id: $mergeId}), (k:Entity {id: $keepId})
     OPTIONAL MATCH (a:Article)-[mm:MENTIONS]->(m)
     FOREACH (_ IN CASE WHEN a IS NULL THEN [] ELSE [1] END |
       MERGE (a)-[n:MENTIONS]->(k)
       SET n.aliases = coalesce(n.aliases, []) + [x IN mm.aliases WHERE NOT x IN coalesce(n.aliases, [])])`,
    { mergeId, keepId },
  );
  const aliases = [...new Set([...keep.aliases, merged.name, ...merged.aliases])];
  await tx.run(
    `MATCH (k:Entity {id: $keepId})
     SET k.aliases = $aliases, k.roles = $roles, k.aliasText = reduce(s = '', x IN $aliases | s + ' | ' + x),
         k.curated = true, k.version = k.version + 1
     WITH k
     MATCH (rule:AliasRule {entityId: $mergeId}) SET rule.entityId = $keepId`,
    { keepId, mergeId, aliases, roles: [...new Set([...keep.roles, ...merged.roles])] },
  );
  await saveRules(tx, [merged.name, ...merged.aliases], keepId);
  await tx.run(`MATCH (m:Entity {id: $mergeId}) DETACH DELETE m`, { mergeId });
  return recordCuration(tx, actor, {
    kind: "merge-entities",
    targetType: "entity",
    targetId: keepId,
    relatedIds: [mergeId],
    before: { merged: { id: merged.id, name: merged.name, type: merged.type, aliases: merged.aliases, roles: merged.roles } },
    after: { aliases, relations: relationIds },
  });
}

export interface SplitInput extends EntityVersionInput {
  name: string;
  type: EntityType;
  /** Aliases of the entity that really name the new one. */
  aliases: string[];
}

/** Splits a wrong merge: the given aliases, and every statement made under them, move to a new entity. */
export async function splitEntity(tx: ManagedTransaction, entityId: string, input: SplitInput, actor: Actor): Promise<{ record: CurationRecord; entityId: string }> {
  const entity = await lockEntity(tx, entityId);
  assertVersion(`Entity "${entityId}"`, entity.version, input.expectedVersion);
  const newId = entityKey(input.name);
  if (newId === entityId) throw invalidError("The split-off entity needs a name of its own.");
  const exists = await tx.run(`MATCH (e:Entity {id: $id}) RETURN e.id`, { id: newId });
  if (exists.records.length > 0) throw invalidError(`"${input.name}" already exists: merge into it instead of splitting.`);
  const moving = new Set([input.name, ...input.aliases].map(foldAlias));
  if (moving.has(foldAlias(entity.name))) throw invalidError(`"${entity.name}" is the entity's own name and cannot be split off.`);
  const known = new Set(entity.aliases.map(foldAlias));
  const unknown = input.aliases.filter((a) => !known.has(foldAlias(a)));
  if (unknown.length > 0) throw invalidError(`Not aliases of ${entity.name}: ${unknown.join(", ")}.`);

  // The entity label comes from graph-schema's closed set (validated by the route), so splicing it is safe.
  await tx.run(
    `CREATE (e:Entity:${input.type} {id: $id, name: $name, type: $type, aliases: $aliases, roles: [], curated: true, version: 0, createdAt: datetime()})
     SET e.aliasText = reduce(s = '', x IN $aliases | s + ' | ' + x)`,
    { id: newId, name: input.name, type: input.type, aliases: [...new Set([input.name, ...input.aliases])] },
  );
  const remaining = entity.aliases.filter((a) => !moving.has(foldAlias(a)));
  await tx.run(
    `MATCH (e:Entity {id: $id}) SET e.aliases = $aliases, e.aliasText = reduce(s = '', x IN $aliases | s + ' | ' + x), e.curated = true, e.version = e.version + 1`,
    { id: entityId, aliases: remaining },
  );
  await saveRules(tx, [input.name, ...input.aliases], newId);

  const flags = await relationFlags(tx, entityId);
  const moves = (await evidenceTouching(tx, entityId))
    .filter((m) => (m.sourceId === entityId && moving.has(foldAlias(m.sourceName))) || (m.targetId === entityId && moving.has(foldAlias(m.targetName))))
    .map((m) => ({
      ...m,
      sourceId: m.sourceId === entityId && moving.has(foldAlias(m.sourceName)) ? newId : m.sourceId,
      targetId: m.targetId === entityId && moving.has(foldAlias(m.targetName)) ? newId : m.targetId,
    }));
  const relationIds = await moveEvidence(tx, moves, flags);
  await tx.run(
    `MATCH (a:Article)-[m:MENTIONS]->(:Entity {id: $id})
     WHERE any(x IN m.aliases WHERE x IN $forms)
     MATCH (n:Entity {id: $newId})
     MERGE (a)-[:MENTIONS {aliases: [x IN m.aliases WHERE x IN $forms]}]->(n)`,
    { id: entityId, newId, forms: [input.name, ...input.aliases] },
  );
  const record = await recordCuration(tx, actor, {
    kind: "split-entity",
    targetType: "entity",
    targetId: entityId,
    relatedIds: [newId],
    before: { aliases: entity.aliases },
    after: { aliases: remaining, splitOff: { id: newId, name: input.name, type: input.type, aliases: input.aliases }, relations: relationIds },
  });
  return { record, entityId: newId };
}

export async function addAlias(tx: ManagedTransaction, entityId: string, alias: string, input: EntityVersionInput, actor: Actor): Promise<CurationRecord> {
  const entity = await lockEntity(tx, entityId);
  assertVersion(`Entity "${entityId}"`, entity.version, input.expectedVersion);
  const key = foldAlias(alias);
  if (!key) throw invalidError("An alias needs letters or digits.");
  const taken = await tx.run(`MATCH (r:AliasRule {key: $key}) WHERE r.entityId <> $id RETURN r.entityId AS other`, { key, id: entityId });
  const other = taken.records[0]?.get("other") as string | undefined;
  if (other) throw invalidError(`"${alias}" already names entity "${other}". Merge the two entities if they are the same.`);
  const aliases = [...new Set([...entity.aliases, alias])];
  await tx.run(
    `MATCH (e:Entity {id: $id}) SET e.aliases = $aliases, e.aliasText = reduce(s = '', x IN $aliases | s + ' | ' + x), e.curated = true, e.version = e.version + 1`,
    { id: entityId, aliases },
  );
  await saveRules(tx, [alias], entityId);
  return recordCuration(tx, actor, { kind: "add-alias", targetType: "entity", targetId: entityId, before: { aliases: entity.aliases }, after: { aliases } });
}
