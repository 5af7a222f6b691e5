/**
 * The Neo4j side of the schema: constraints and indexes, applied at every start (idempotent),
 * and the schema version stored in the database.
 *
 * Model: (:Entity:<EntityType> {id, name, aliases, roles})
 *        (:Entity)-[:<RelationType> {RelationProvenance, evidenceDigest}]->(:Entity)   one per (type, ends, status);
 *                                       evidenceDigest: its latest statements (import/load/evidence-digest.ts)
 *        (:Article {id, title, text, url, outlet, date, language, contentHash})-[:MENTIONS]->(:Entity)
 *        (:Article)-[:STATES]->(:Evidence {Evidence})               one per statement
 *        (:SchemaMeta {key: "schema", version})
 *        (:AliasRule {key, entityId})   the entity registry: analysts' aliases and merges, applied on import
 *        (:Curation {id, kind, targetId, analyst, at, comment, before, after})   the audit trail
 *        (:GraphState {key: "graph", token})   a new token on every write: read caches compare it
 */
import { RELATION_TYPE_NAMES } from "./relations.js";

export const SCHEMA_VERSION = 1;

export const SCHEMA_META_LABEL = "SchemaMeta";

export const CONSTRAINTS: readonly string[] = [
  "CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE",
  "CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE",
  "CREATE CONSTRAINT evidence_id IF NOT EXISTS FOR (v:Evidence) REQUIRE v.id IS UNIQUE",
  "CREATE CONSTRAINT schema_meta_key IF NOT EXISTS FOR (m:SchemaMeta) REQUIRE m.key IS UNIQUE",
  "CREATE CONSTRAINT alias_rule_key IF NOT EXISTS FOR (r:AliasRule) REQUIRE r.key IS UNIQUE",
  "CREATE CONSTRAINT curation_id IF NOT EXISTS FOR (c:Curation) REQUIRE c.id IS UNIQUE",
  "CREATE CONSTRAINT graph_state_key IF NOT EXISTS FOR (g:GraphState) REQUIRE g.key IS UNIQUE",
];

/**
 * Every transaction that changes the graph runs this last: a fresh random token (not a counter, so a
 * wiped and refilled database never repeats an old value) tells caches that what they hold is stale.
 */
export const TOUCH_GRAPH_STATE = "MERGE (g:GraphState {key: 'graph'}) SET g.token = randomUUID(), g.changedAt = datetime()";

export const READ_GRAPH_STATE = "OPTIONAL MATCH (g:GraphState {key: 'graph'}) RETURN g.token AS token";

export const INDEXES: readonly string[] = [
  "CREATE INDEX entity_name IF NOT EXISTS FOR (e:Entity) ON (e.name)",
  "CREATE INDEX entity_type IF NOT EXISTS FOR (e:Entity) ON (e.type)",
  "CREATE INDEX evidence_relation IF NOT EXISTS FOR (v:Evidence) ON (v.relationId)",
  "CREATE INDEX evidence_article IF NOT EXISTS FOR (v:Evidence) ON (v.articleId)",
  "CREATE INDEX evidence_claim IF NOT EXISTS FOR (v:Evidence) ON (v.claimId)",
  "CREATE INDEX article_hash IF NOT EXISTS FOR (a:Article) ON (a.contentHash)",
  "CREATE INDEX article_date IF NOT EXISTS FOR (a:Article) ON (a.date)",
  "CREATE INDEX alias_rule_entity IF NOT EXISTS FOR (r:AliasRule) ON (r.entityId)",
  "CREATE INDEX curation_target IF NOT EXISTS FOR (c:Curation) ON (c.targetId)",
  "CREATE FULLTEXT INDEX entity_search IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.aliasText]",
  ...RELATION_TYPE_NAMES.map(
    (type) => `CREATE INDEX rel_${type.toLowerCase()}_id IF NOT EXISTS FOR ()-[r:${type}]-() ON (r.id)`,
  ),
];
