/**
 * The loader's Cypher, as named constants. Values always travel as parameters; the only spliced
 * parts are entity labels and relation types, taken from graph-schema's closed tables.
 */
import { RELATION_TYPE_NAMES, type EntityType, type RelationType } from "../../graph-schema/index.js";
import { EVIDENCE_DIGEST_PROPERTY } from "./evidence-digest.js";

export const FIND_ARTICLE_STATES = `
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN a.id AS id, a.contentHash AS contentHash, a.extractorVersion AS extractorVersion`;

/**
 * Evidence of articles about to be replaced: which relations they backed, then drop them.
 * Evidence an analyst added or corrected (curated) stays: re-extraction never overrides a curation.
 */
export const DROP_ARTICLE_EVIDENCE = `
UNWIND $ids AS id
MATCH (a:Article {id: id})
OPTIONAL MATCH (a)-[:STATES]->(v:Evidence) WHERE NOT coalesce(v.curated, false)
WITH a, collect(v) AS evs
OPTIONAL MATCH (a)-[m:MENTIONS]->(e:Entity)
WITH a, evs, collect(m) AS mentions, collect(DISTINCT e.id) AS entityIds
WITH a, evs, mentions, entityIds, [v IN evs | v.relationId] AS relationIds
FOREACH (m IN mentions | DELETE m)
FOREACH (v IN evs | DETACH DELETE v)
RETURN relationIds, entityIds`;

export const FIND_ALIAS_RULES = `
UNWIND $keys AS key
MATCH (rule:AliasRule {key: key})
MATCH (e:Entity {id: rule.entityId})
RETURN key, e.id AS entityId, e.name AS name, e.type AS type`;

export const MERGE_ARTICLES = `
UNWIND $rows AS row
MERGE (a:Article {id: row.id})
SET a += row, a.importedAt = datetime()`;

export const FIND_ENTITIES = `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN e.id AS id, e.aliases AS aliases, e.roles AS roles`;

/** One statement per entity type: labels cannot be parameters. */
export const MERGE_ENTITIES: Record<EntityType, string> = {
  Country: mergeEntities("Country"),
  Person: mergeEntities("Person"),
  Organization: mergeEntities("Organization"),
  Location: mergeEntities("Location"),
  Group: mergeEntities("Group"),
};

function mergeEntities(label: EntityType): string {
  return `
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
ON CREATE SET e:${label}, e.name = row.name, e.type = row.type, e.aliases = [], e.roles = [], e.createdAt = datetime()
WITH e, row, [x IN row.aliases WHERE NOT x IN e.aliases] AS newAliases, [x IN row.roles WHERE NOT x IN e.roles] AS newRoles
SET e.aliases = e.aliases + newAliases, e.roles = e.roles + newRoles,
    e.aliasText = reduce(s = '', x IN e.aliases + newAliases | s + ' | ' + x)`;
}

/**
 * Like evidence, mentions are created, not merged: a new article has none and a changed one had its
 * own dropped, and the rows hold one mention per (article, entity). A MERGE would scan hub entities'
 * thousands of mentions and lock them, which made it the loader's slowest statement.
 */
export const CREATE_MENTIONS = `
UNWIND $rows AS row
MATCH (a:Article {id: row.articleId})
MATCH (e:Entity {id: row.entityId})
CREATE (a)-[:MENTIONS {aliases: row.aliases}]->(e)`;

/** New articles have no evidence and changed ones had theirs dropped, so evidence is created, not merged. */
export const CREATE_EVIDENCE = `
UNWIND $rows AS row
MATCH (a:Article {id: row.articleId})
CREATE (a)-[:STATES]->(v:Evidence)
SET v = row`;

/**
 * Creates the relationships a batch needs that do not exist yet, looking them up through the type's
 * relationship index on `id` (a MERGE on the pattern would walk the endpoints' relationships, which
 * is slow for hub entities). The loader is the only writer of new relations, so check-then-create is safe.
 * A new relation has no statements yet: its evidence digest starts empty, and the loader adds the
 * batch's statements to it. Returns how many it created.
 */
export const CREATE_MISSING_RELATIONS: Record<RelationType, string> = Object.fromEntries(
  RELATION_TYPE_NAMES.map((type) => [
    type,
    `
UNWIND $rows AS row
OPTIONAL MATCH ()-[existing:${type} {id: row.id}]->()
WITH row WHERE existing IS NULL
MATCH (s:Entity {id: row.sourceId})
MATCH (t:Entity {id: row.targetId})
CREATE (s)-[r:${type} {id: row.id, status: row.status, createdAt: datetime(), version: 0, ${EVIDENCE_DIGEST_PROPERTY}: '[]'}]->(t)
RETURN count(r) AS created`,
  ]),
) as Record<RelationType, string>;

/**
 * Adds a batch's new evidence to each relation's aggregates (see increments.ts). Returns each
 * relation's evidence digest as it was, read after the SET holds the relation's lock, for the loader
 * to extend (see evidence-digest.ts).
 */
export const APPLY_INCREMENTS: Record<RelationType, string> = Object.fromEntries(
  RELATION_TYPE_NAMES.map((type) => [
    type,
    `
UNWIND $rows AS row
MATCH ()-[r:${type} {id: row.id}]->()
WITH r, row,
     coalesce(r.articleIds, []) AS articleIds, coalesce(r.outlets, []) AS outlets, coalesce(r.claimIds, []) AS claimIds,
     coalesce(r.allegedBy, []) AS allegedBy, coalesce(r.deniedBy, []) AS deniedBy
WITH r, row,
     articleIds + [x IN row.articleIds WHERE NOT x IN articleIds] AS articleIds,
     outlets + [x IN row.outlets WHERE NOT x IN outlets] AS outlets,
     claimIds + [x IN row.claimIds WHERE NOT x IN claimIds] AS claimIds,
     allegedBy + [x IN row.allegedBy WHERE NOT x IN allegedBy] AS allegedBy,
     deniedBy + [x IN row.deniedBy WHERE NOT x IN deniedBy] AS deniedBy
SET r.evidenceCount = coalesce(r.evidenceCount, 0) + row.evidenceCount,
    r.articleIds = articleIds, r.sourceCount = size(articleIds),
    r.outlets = outlets, r.outletCount = size(outlets),
    r.claimIds = claimIds, r.allegedBy = allegedBy, r.deniedBy = deniedBy,
    r.eventDate = CASE WHEN r.eventDate IS NULL OR (row.eventDate IS NOT NULL AND row.eventDate < r.eventDate) THEN row.eventDate ELSE r.eventDate END,
    r.firstReported = CASE WHEN r.firstReported IS NULL OR (row.firstReported IS NOT NULL AND row.firstReported < r.firstReported) THEN row.firstReported ELSE r.firstReported END,
    r.lastReported = CASE WHEN r.lastReported IS NULL OR (row.lastReported IS NOT NULL AND row.lastReported > r.lastReported) THEN row.lastReported ELSE r.lastReported END,
    r.confidence = CASE WHEN coalesce(r.confidence, 0) > row.confidence THEN r.confidence ELSE row.confidence END,
    r.updatedAt = datetime()
RETURN r.id AS id, r.${EVIDENCE_DIGEST_PROPERTY} AS digest`,
  ]),
) as Record<RelationType, string>;

/**
 * Recomputes a relation's aggregates from all its evidence (any article), and who alleges or denies
 * its claims, and drops its evidence digest (see evidence-digest.ts); relations left without evidence
 * are deleted unless an analyst curated them.
 */
export const REFRESH_RELATIONS: Record<RelationType, string> = Object.fromEntries(
  RELATION_TYPE_NAMES.map((type) => [
    type,
    `
UNWIND $ids AS id
MATCH ()-[r:${type} {id: id}]->()
CALL (r) {
  OPTIONAL MATCH (v:Evidence {relationId: r.id})
  RETURN count(v) AS evidenceCount,
         collect(DISTINCT v.articleId) AS articleIds,
         collect(DISTINCT v.outletKey) AS outlets,
         collect(DISTINCT v.claimId) AS claimIds,
         min(v.eventDate) AS eventDate,
         min(v.reportDate) AS firstReported,
         max(v.reportDate) AS lastReported,
         max(v.confidence) AS confidence
}
CALL (claimIds) {
  UNWIND (CASE WHEN size(claimIds) = 0 THEN [null] ELSE claimIds END) AS claimId
  OPTIONAL MATCH (c:Evidence {claimId: claimId})
  WHERE c.type IN ['ACCUSES', 'DENIES']
  RETURN collect(DISTINCT CASE WHEN c.type = 'ACCUSES' THEN c.sourceId END) AS allegedBy,
         collect(DISTINCT CASE WHEN c.type = 'DENIES' THEN c.sourceId END) AS deniedBy
}
WITH r, evidenceCount, articleIds, outlets, claimIds, eventDate, firstReported, lastReported, confidence, allegedBy, deniedBy,
     evidenceCount > 0 OR coalesce(r.curated, false) AS keep
FOREACH (_ IN CASE WHEN keep THEN [] ELSE [1] END | DELETE r)
FOREACH (_ IN CASE WHEN keep THEN [1] ELSE [] END |
  SET r.evidenceCount = evidenceCount, r.sourceCount = size(articleIds), r.articleIds = articleIds,
      r.outlets = outlets, r.outletCount = size(outlets), r.claimIds = claimIds, r.eventDate = eventDate,
      r.firstReported = firstReported, r.lastReported = lastReported, r.confidence = confidence,
      r.allegedBy = allegedBy, r.deniedBy = deniedBy, r.${EVIDENCE_DIGEST_PROPERTY} = null, r.updatedAt = datetime())`,
  ]),
) as Record<RelationType, string>;

/** Entities no article mentions and no relation touches any more (after a re-import) go, unless curated. */
export const DROP_ORPHAN_ENTITIES = `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
WHERE NOT (e)--() AND NOT coalesce(e.curated, false)
DELETE e
RETURN count(e) AS dropped`;
