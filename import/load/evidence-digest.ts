/**
 * Each relation keeps a digest of its latest statements: `r.evidenceDigest`, a JSON array of the
 * EVIDENCE_DIGEST_SIZE statements ranked first (latest report first), each a list in
 * EVIDENCE_COLUMNS order. A large export quotes only these few per relation, and reading one string
 * per relation spares Neo4j ranking every relation's statements (on the 10,000-article corpus:
 * 0.4 s against 1.2 s for 38,659 relations, and 0.8 s less Neo4j CPU).
 *
 * The digest is derived data and never trusted stale:
 * - REFRESH_RELATIONS, which recomputes a relation's aggregates after any change to its evidence,
 *   drops it, and writers rebuild it in the same transaction (refreshEvidenceDigests);
 * - the loader's APPLY_INCREMENTS, which only adds statements, returns it as it was under the
 *   relation's lock, and the loader adds the batch's statements to it (extendEvidenceDigests);
 * - readers read a relation without one the long way, and completeEvidenceDigests fills those that
 *   a database written before digests, or a bulk import, left without.
 */
import neo4j, { type Driver, type ManagedTransaction } from "neo4j-driver";

import { isRelationType, parseRelationKey, RELATION_TYPE_NAMES, type RelationType } from "../../graph-schema/index.js";
import type { EvidenceRow } from "./rows.js";

/** The relation property that holds the digest. */
export const EVIDENCE_DIGEST_PROPERTY = "evidenceDigest";

/** Statements per relation the digest holds: as many as a capped export quotes. */
export const EVIDENCE_DIGEST_SIZE = 3;

/**
 * The evidence properties a reader needs, in the order statement lists hold them. Lists, not maps:
 * maps repeat every key in every row, and decoding those keys was most of the time of reading a whole
 * graph's evidence (2.4 s for 53,000 statements; 0.8 s as lists). Stored digests hold these lists:
 * changing the columns means renaming EVIDENCE_DIGEST_PROPERTY, so old digests are rebuilt, not
 * misread (a digest whose lists have another length is read the long way).
 */
export const EVIDENCE_COLUMNS = [
  "id", "articleId", "type", "sourceId", "targetId", "status", "sentence", "start", "end", "triggers",
  "language", "eventDate", "reportDate", "confidence", "extractorVersion", "claimId", "role",
] as const;

/**
 * Per relation id bound to `rid`, its first $statementLimit statements (latest report first) as
 * lists in EVIDENCE_COLUMNS order: `RETURN rid, statements`. Relations without statements return no row.
 */
export function rankedStatementsCypher(rid: string): string {
  return `
     CALL (${rid}) {
       MATCH (v:Evidence {relationId: ${rid}})
       RETURN v
       ORDER BY v.reportDate DESC, v.articleId, v.start
       LIMIT $statementLimit
     }
     RETURN ${rid} AS rid, collect([${EVIDENCE_COLUMNS.map((c) => `v.${c}`).join(", ")}]) AS statements`;
}

/** A digest as stored: statements as lists in EVIDENCE_COLUMNS order. */
export type DigestStatement = unknown[];

/** Relations per digest transaction of completeEvidenceDigests. */
const FILL_BATCH = 2_000;

/**
 * Rebuilds the digests of these relations from their evidence, inside the caller's transaction.
 * The relations are locked first, so evidence another transaction adds meanwhile lands either before
 * the read (and is in the digest) or after this transaction (whose writer rebuilds the digest itself).
 */
export async function refreshEvidenceDigests(tx: ManagedTransaction, relationIds: Iterable<string>): Promise<void> {
  const digests = new Map<string, string>();
  for (const [type, ids] of byRelationType(relationIds)) {
    await tx.run(`UNWIND $ids AS id MATCH ()-[r:${type} {id: id}]->() SET r.${EVIDENCE_DIGEST_PROPERTY} = null`, { ids });
    const ranked = await tx.run(`UNWIND $ids AS rid ${rankedStatementsCypher("rid")}`, {
      ids,
      // LIMIT needs an integer, and JS numbers travel as floats.
      statementLimit: neo4j.int(EVIDENCE_DIGEST_SIZE),
    });
    for (const id of ids) digests.set(id, "[]");
    for (const record of ranked.records) {
      // collect() need not keep the subquery's order.
      const statements = (record.get("statements") as unknown[][]).map((values) => values.map(plainValue)).sort(compareStatements);
      digests.set(record.get("rid") as string, JSON.stringify(statements));
    }
  }
  await writeDigests(tx, digests);
}

/**
 * Adds a batch's new statements to the digests the relations had (`previous`, read under the
 * relations' write locks), in memory: ranking a hub relation's thousand statements again for every
 * batch made the loader a third slower. Writes only the digests that change. Returns the relations
 * whose previous digest was missing, for refreshEvidenceDigests.
 */
export async function extendEvidenceDigests(
  tx: ManagedTransaction,
  previous: ReadonlyMap<string, unknown>,
  added: readonly EvidenceRow[],
): Promise<string[]> {
  const addedByRelation = new Map<string, DigestStatement[]>();
  for (const row of added) {
    if (!previous.has(row.relationId)) continue;
    const statement = EVIDENCE_COLUMNS.map((column) => row[column] ?? null);
    const list = addedByRelation.get(row.relationId);
    if (list) list.push(statement);
    else addedByRelation.set(row.relationId, [statement]);
  }
  const undigested: string[] = [];
  const changed = new Map<string, string>();
  for (const [id, value] of previous) {
    const digest = parseEvidenceDigest(value);
    if (digest === null) {
      undigested.push(id);
      continue;
    }
    const latest = JSON.stringify([...digest, ...(addedByRelation.get(id) ?? [])].sort(compareStatements).slice(0, EVIDENCE_DIGEST_SIZE));
    // Older statements than a relation's latest leave its digest as it was: no write.
    if (latest !== value) changed.set(id, latest);
  }
  await writeDigests(tx, changed);
  return undigested;
}

/** Stores digests by relation id, one statement per relation type. */
async function writeDigests(tx: ManagedTransaction, digests: ReadonlyMap<string, string>): Promise<void> {
  for (const [type, ids] of byRelationType(digests.keys())) {
    await tx.run(`UNWIND $rows AS row MATCH ()-[r:${type} {id: row.id}]->() SET r.${EVIDENCE_DIGEST_PROPERTY} = row.digest`, {
      rows: ids.map((id) => ({ id, digest: digests.get(id) })),
    });
  }
}

const REPORT_DATE = EVIDENCE_COLUMNS.indexOf("reportDate");
const ARTICLE_ID = EVIDENCE_COLUMNS.indexOf("articleId");
const START = EVIDENCE_COLUMNS.indexOf("start");

/**
 * The order of rankedStatementsCypher: report date descending (Cypher sorts null above every value,
 * so undated statements come first), then article id and start ascending.
 */
export function compareStatements(a: DigestStatement, b: DigestStatement): number {
  return compareValues(b[REPORT_DATE], a[REPORT_DATE]) || compareValues(a[ARTICLE_ID], b[ARTICLE_ID]) || compareValues(a[START], b[START]);
}

/** Ascending, null last, as Cypher orders strings and numbers (strings by UTF-16 code unit, like `<`). */
function compareValues(a: unknown, b: unknown): number {
  if (a === b) return 0;
  if (a === null || a === undefined) return 1;
  if (b === null || b === undefined) return -1;
  const x = neo4j.isInt(a) ? neo4j.integer.toNumber(a) : a;
  const y = neo4j.isInt(b) ? neo4j.integer.toNumber(b) : b;
  return (x as string | number) < (y as string | number) ? -1 : (x as string | number) > (y as string | number) ? 1 : 0;
}

/** The statements of a stored digest, or null when it is missing or unreadable (then read the long way). */
export function parseEvidenceDigest(value: unknown): DigestStatement[] | null {
  if (typeof value !== "string") return null;
  try {
    const parsed: unknown = JSON.parse(value);
    const wellFormed = Array.isArray(parsed) && parsed.every((row) => Array.isArray(row) && row.length === EVIDENCE_COLUMNS.length);
    return wellFormed ? (parsed as DigestStatement[]) : null;
  } catch {
    return null;
  }
}

/**
 * Builds the digest of every relation that has none, a batch per transaction, and returns how many
 * it built; an aborted `signal` stops it between batches. After the first run on a database this is
 * one scan that finds nothing.
 */
export async function completeEvidenceDigests(driver: Driver, database: string, signal?: AbortSignal): Promise<number> {
  const missing = await driver.executeQuery(
    `MATCH (:Entity)-[r]->(:Entity) WHERE type(r) IN $types AND r.${EVIDENCE_DIGEST_PROPERTY} IS NULL AND r.id IS NOT NULL RETURN r.id AS id`,
    { types: [...RELATION_TYPE_NAMES] },
    { database },
  );
  const ids = missing.records.map((r) => r.get("id") as string);
  let built = 0;
  for (let i = 0; i < ids.length && !signal?.aborted; i += FILL_BATCH) {
    const batch = ids.slice(i, i + FILL_BATCH);
    const session = driver.session({ database, defaultAccessMode: neo4j.session.WRITE });
    try {
      await session.executeWrite((tx) => refreshEvidenceDigests(tx, batch));
    } finally {
      await session.close();
    }
    built += batch.length;
  }
  return built;
}

/** Relation ids by the type their key names (ids that are no relation key are left out). */
export function byRelationType(relationIds: Iterable<string>): Map<RelationType, string[]> {
  const byType = new Map<RelationType, string[]>();
  for (const id of new Set(relationIds)) {
    const type = parseRelationKey(id)?.type;
    if (!isRelationType(type)) continue;
    const ids = byType.get(type);
    if (ids) ids.push(id);
    else byType.set(type, [id]);
  }
  return byType;
}

/** Evidence values as JSON keeps them: integers the driver returns as Integer become numbers. */
function plainValue(value: unknown): unknown {
  return neo4j.isInt(value) ? neo4j.integer.toNumber(value) : value;
}
