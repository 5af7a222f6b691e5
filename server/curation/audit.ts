/**
 * The audit trail: every curation is a (:Curation) node written in the same transaction as the change
 * it records, so there is never a change without its record or a record without its change.
 */
import { randomUUID } from "node:crypto";

import type { ManagedTransaction } from "neo4j-driver";

import type { CurationKind, CurationRecord, JsonValue } from "../../graph-schema/index.js";
import { toNative } from "../db/to-native.js";

export interface Actor {
  analyst: string;
  comment: string | null;
}

export interface CurationEntry {
  kind: CurationKind;
  targetType: CurationRecord["targetType"];
  targetId: string;
  relatedIds?: string[];
  before: JsonValue;
  after: JsonValue;
}

export async function recordCuration(tx: ManagedTransaction, actor: Actor, entry: CurationEntry): Promise<CurationRecord> {
  const id = `cur-${randomUUID()}`;
  const res = await tx.run(
    `CREATE (c:Curation {id: $id, kind: $kind, targetType: $targetType, targetId: $targetId, relatedIds: $relatedIds,
       analyst: $analyst, at: toString(datetime()), comment: $comment, before: $before, after: $after})
     RETURN c.at AS at`,
    {
      id,
      kind: entry.kind,
      targetType: entry.targetType,
      targetId: entry.targetId,
      relatedIds: entry.relatedIds ?? [],
      analyst: actor.analyst,
      comment: actor.comment,
      before: JSON.stringify(entry.before),
      after: JSON.stringify(entry.after),
    },
  );
  return {
    id,
    kind: entry.kind,
    targetType: entry.targetType,
    targetId: entry.targetId,
    relatedIds: entry.relatedIds ?? [],
    analyst: actor.analyst,
    at: String(res.records[0]?.get("at") ?? new Date().toISOString()),
    comment: actor.comment,
    before: entry.before,
    after: entry.after,
  };
}

export async function findHistory(tx: ManagedTransaction, targetId: string): Promise<CurationRecord[]> {
  const res = await tx.run(
    `MATCH (c:Curation) WHERE c.targetId = $id OR $id IN c.relatedIds
     RETURN c{.*} AS c ORDER BY c.at DESC, c.id`,
    { id: targetId },
  );
  return res.records.map((r) => {
    const c = toNative(r.get("c")) as Record<string, JsonValue>;
    return {
      id: String(c.id),
      kind: c.kind as CurationKind,
      targetType: c.targetType as CurationRecord["targetType"],
      targetId: String(c.targetId),
      relatedIds: Array.isArray(c.relatedIds) ? c.relatedIds.map(String) : [],
      analyst: String(c.analyst),
      at: String(c.at),
      comment: typeof c.comment === "string" ? c.comment : null,
      before: parseJson(c.before),
      after: parseJson(c.after),
    };
  });
}

function parseJson(value: JsonValue | undefined): JsonValue {
  if (typeof value !== "string") return null;
  try {
    return JSON.parse(value) as JsonValue;
  } catch {
    return value;
  }
}
