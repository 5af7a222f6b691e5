/**
 * Writes extracted articles to Neo4j. Several articles share one transaction for speed; when a batch
 * fails, its articles are retried one per transaction so a bad article is reported and skipped while
 * the others land, and none is ever half-written. MERGE on deterministic ids makes it idempotent:
 * an unchanged article is skipped, a changed one replaces its own evidence.
 */
import neo4j, { type Driver, type ManagedTransaction } from "neo4j-driver";

import {
  ENTITY_TYPE_NAMES,
  TOUCH_GRAPH_STATE,
  isEntityType,
  type EntityType,
} from "../../graph-schema/index.js";
import { aliasKeysOf, applyAliasRules, type AliasRules } from "./alias-rules.js";
import {
  CREATE_EVIDENCE,
  DROP_ARTICLE_EVIDENCE,
  DROP_ORPHAN_ENTITIES,
  FIND_ALIAS_RULES,
  FIND_ARTICLE_STATES,
  FIND_ENTITIES,
  APPLY_INCREMENTS,
  CREATE_MISSING_RELATIONS,
  MERGE_ARTICLES,
  MERGE_ENTITIES,
  CREATE_MENTIONS,
  REFRESH_RELATIONS,
} from "./cypher.js";
import { byRelationType, extendEvidenceDigests, refreshEvidenceDigests } from "./evidence-digest.js";
import { toIncrements } from "./increments.js";
import type { ArticleRows, EntityRow } from "./rows.js";

export interface Tally {
  new: number;
  updated: number;
  unchanged: number;
}

export interface WriteSummary {
  articles: Tally;
  entities: Tally;
  relations: Tally;
  evidence: number;
}

export interface WriteFailure {
  articleId: string;
  file: string;
  message: string;
}

export interface LoadTarget {
  driver: Driver;
  database: string;
  /** Transaction timeout for one batch, ms. */
  timeoutMs?: number;
}

export const emptySummary = (): WriteSummary => ({
  articles: { new: 0, updated: 0, unchanged: 0 },
  entities: { new: 0, updated: 0, unchanged: 0 },
  relations: { new: 0, updated: 0, unchanged: 0 },
  evidence: 0,
});

export function addSummaries(a: WriteSummary, b: WriteSummary): WriteSummary {
  const add = (x: Tally, y: Tally): Tally => ({
    new: x.new + y.new,
    updated: x.updated + y.updated,
    unchanged: x.unchanged + y.unchanged,
  });
  return {
    articles: add(a.articles, b.articles),
    entities: add(a.entities, b.entities),
    relations: add(a.relations, b.relations),
    evidence: a.evidence + b.evidence,
  };
}

/** Writes a batch atomically; on failure retries article by article and reports the ones that fail. */
export async function writeArticles(
  target: LoadTarget,
  batch: ArticleRows[],
): Promise<{ summary: WriteSummary; failures: WriteFailure[] }> {
  try {
    return { summary: await writeInOneTransaction(target, batch), failures: [] };
  } catch (cause) {
    if (batch.length === 1 || !isDataError(cause)) {
      if (!isDataError(cause)) throw cause;
      const only = batch[0];
      return {
        summary: emptySummary(),
        failures: only ? [{ articleId: only.article.id, file: only.article.file, message: messageOf(cause) }] : [],
      };
    }
  }
  let summary = emptySummary();
  const failures: WriteFailure[] = [];
  for (const rows of batch) {
    const single = await writeArticles(target, [rows]);
    summary = addSummaries(summary, single.summary);
    failures.push(...single.failures);
  }
  return { summary, failures };
}

async function writeInOneTransaction(target: LoadTarget, batch: ArticleRows[]): Promise<WriteSummary> {
  const session = target.driver.session({ database: target.database, defaultAccessMode: neo4j.session.WRITE });
  try {
    // The loader's own transaction renews the graph-state token once, as the server's writeTx does
    // for uploads (which call writeBatch inside it).
    return await session.executeWrite(
      async (tx) => {
        const summary = await writeBatch(tx, batch);
        await tx.run(TOUCH_GRAPH_STATE);
        return summary;
      },
      { timeout: target.timeoutMs ?? 120_000 },
    );
  } finally {
    await session.close();
  }
}

/** Writes a batch inside the caller's transaction (uploads combine it with curations atomically). */
export async function writeBatch(tx: ManagedTransaction, original: ArticleRows[]): Promise<WriteSummary> {
  const summary = emptySummary();
  const rules = await findAliasRules(tx, original);
  const batch = original.map((rows) => applyAliasRules(rows, rules));
  const states = await tx.run(FIND_ARTICLE_STATES, { ids: batch.map((b) => b.article.id) });
  const previous = new Map(states.records.map((r) => [r.get("id") as string, r.get("contentHash") as string]));
  const previousVersion = new Map(states.records.map((r) => [r.get("id") as string, r.get("extractorVersion") as string]));

  const changed = batch.filter((b) => {
    const known = previous.has(b.article.id);
    const same =
      known &&
      previous.get(b.article.id) === b.article.contentHash &&
      previousVersion.get(b.article.id) === b.article.extractorVersion;
    if (same) summary.articles.unchanged += 1;
    else if (known) summary.articles.updated += 1;
    else summary.articles.new += 1;
    return !same;
  });
  if (changed.length === 0) return summary;

  const replaced = changed.filter((b) => previous.has(b.article.id)).map((b) => b.article.id);
  const staleRelationIds = new Set<string>();
  const staleEntityIds = new Set<string>();
  if (replaced.length > 0) {
    const dropped = await tx.run(DROP_ARTICLE_EVIDENCE, { ids: replaced });
    for (const record of dropped.records) {
      for (const id of record.get("relationIds") as string[]) staleRelationIds.add(id);
      for (const id of record.get("entityIds") as string[]) staleEntityIds.add(id);
    }
  }

  await tx.run(MERGE_ARTICLES, { rows: changed.map((b) => b.article) });
  await mergeEntities(tx, changed.flatMap((b) => b.entities), summary);
  await tx.run(CREATE_MENTIONS, { rows: changed.flatMap((b) => b.mentions) });
  const evidence = changed.flatMap((b) => b.evidence);
  await tx.run(CREATE_EVIDENCE, { rows: evidence });
  summary.evidence += evidence.length;

  // Relations a replaced article touched are recomputed from all their evidence; the rest only
  // gain this batch's evidence, which is added to their aggregates without rereading the old.
  const increments = toIncrements(evidence.filter((e) => !staleRelationIds.has(e.relationId)));
  let created = 0;
  for (const [type, rows] of toIncrements(evidence)) {
    const res = await tx.run(CREATE_MISSING_RELATIONS[type], { rows });
    created += Number(res.records[0]?.get("created") ?? 0);
  }
  const previousDigests = new Map<string, unknown>();
  for (const [type, rows] of increments) {
    const res = await tx.run(APPLY_INCREMENTS[type], { rows });
    for (const record of res.records) previousDigests.set(record.get("id") as string, record.get("digest"));
  }
  await refreshRelations(tx, [...staleRelationIds]);
  const undigested = await extendEvidenceDigests(tx, previousDigests, evidence);
  await refreshEvidenceDigests(tx, [...staleRelationIds, ...undigested]);
  const distinct = new Set(evidence.map((e) => e.relationId));
  summary.relations.new += created;
  for (const id of distinct) if (staleRelationIds.has(id)) summary.relations.unchanged += 1;
  summary.relations.updated += distinct.size - created - [...distinct].filter((id) => staleRelationIds.has(id)).length;
  if (staleEntityIds.size > 0) await tx.run(DROP_ORPHAN_ENTITIES, { ids: [...staleEntityIds] });
  return summary;
}

export async function findAliasRules(tx: ManagedTransaction, rows: ArticleRows[]): Promise<AliasRules> {
  const res = await tx.run(FIND_ALIAS_RULES, { keys: aliasKeysOf(rows) });
  return new Map(
    res.records.map((r) => [
      r.get("key") as string,
      { entityId: r.get("entityId") as string, name: r.get("name") as string, type: toEntityTypeOr(r.get("type")) },
    ]),
  );
}

function toEntityTypeOr(value: unknown): EntityType {
  return isEntityType(value) ? value : "Organization";
}

async function mergeEntities(tx: ManagedTransaction, rows: EntityRow[], summary: WriteSummary): Promise<void> {
  const byId = new Map<string, EntityRow>();
  for (const row of rows) {
    const seen = byId.get(row.id);
    if (!seen) byId.set(row.id, { ...row, aliases: [...row.aliases], roles: [...row.roles] });
    else {
      seen.aliases = [...new Set([...seen.aliases, ...row.aliases])];
      seen.roles = [...new Set([...seen.roles, ...row.roles])];
    }
  }
  const existing = await tx.run(FIND_ENTITIES, { ids: [...byId.keys()] });
  const known = new Map(
    existing.records.map((r) => [r.get("id") as string, new Set([...(r.get("aliases") as string[]), ...(r.get("roles") as string[])])]),
  );
  for (const row of byId.values()) {
    const before = known.get(row.id);
    if (!before) summary.entities.new += 1;
    else if ([...row.aliases, ...row.roles].some((x) => !before.has(x))) summary.entities.updated += 1;
    else summary.entities.unchanged += 1;
  }
  for (const type of ENTITY_TYPE_NAMES) {
    const ofType = [...byId.values()].filter((row) => row.type === type);
    if (ofType.length > 0) await tx.run(MERGE_ENTITIES[type], { rows: ofType });
  }
}

async function refreshRelations(tx: ManagedTransaction, relationIds: string[]): Promise<void> {
  for (const [type, ids] of byRelationType(relationIds)) await tx.run(REFRESH_RELATIONS[type], { ids });
}

/** Errors caused by the data (constraint, type, memory) — worth isolating per article; others (database down) are not. */
function isDataError(cause: unknown): boolean {
  const code = (cause as { code?: unknown }).code;
  return typeof code === "string" && (code.startsWith("Neo.ClientError") || code === "Neo.TransientError.General.MemoryPoolOutOfMemoryError");
}

function messageOf(cause: unknown): string {
  return cause instanceof Error ? cause.message : String(cause);
}
