/** Counts and schema version for /api/health and the CLI. */
import { RELATION_TYPE_NAMES } from "../../graph-schema/index.js";
import { readRecords, type GraphDb } from "./graph-db.js";
import { toInt } from "./to-native.js";

// Each count is its own subquery so Neo4j answers from its count store instead of scanning.
const COUNTS = `
CALL { MATCH (a:Article) RETURN count(a) AS articles }
CALL { MATCH (e:Entity) RETURN count(e) AS entities }
CALL { MATCH ()-[r:${RELATION_TYPE_NAMES.join("|")}]->() RETURN count(r) AS relations }
CALL { MATCH (v:Evidence) RETURN count(v) AS evidence }
OPTIONAL MATCH (m:SchemaMeta {key: 'schema'})
RETURN articles, entities, relations, evidence, m.version AS schemaVersion`;

export interface GraphCounts {
  articles: number;
  entities: number;
  relations: number;
  evidence: number;
}

export async function findCounts(db: GraphDb): Promise<{ counts: GraphCounts; schemaVersion: number | null }> {
  const [row] = await readRecords(db, COUNTS, {}, (r) => ({
    counts: {
      articles: toInt(r.articles),
      entities: toInt(r.entities),
      relations: toInt(r.relations),
      evidence: toInt(r.evidence),
    },
    schemaVersion: r.schemaVersion === null ? null : toInt(r.schemaVersion),
  }));
  return row ?? { counts: { articles: 0, entities: 0, relations: 0, evidence: 0 }, schemaVersion: null };
}
