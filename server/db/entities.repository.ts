/** An entity with all its relations and their evidence (the explorer's Details panel). */
import neo4j from "neo4j-driver";

import { ENTITY_EVIDENCE_PER_RELATION, RELATION_TYPE_NAMES, type EntityDetails } from "../../graph-schema/index.js";
import { readTx, type GraphDb } from "./graph-db.js";
import { findRelationDetails } from "./relations.repository.js";
import { toEntityType } from "./relation-props.js";
import { toInt, toStringArray } from "./to-native.js";

/** A hub entity in a big corpus has thousands of relations; the panel shows the best-sourced first. */
export const RELATIONS_PER_ENTITY = 500;

export async function findEntityDetails(db: GraphDb, id: string): Promise<EntityDetails | null> {
  return readTx(db, async (tx) => {
    const res = await tx.run(
      `MATCH (e:Entity {id: $id})
       CALL (e) {
         MATCH (e)-[r:${RELATION_TYPE_NAMES.join("|")}]-(:Entity)
         RETURN r.id AS rid ORDER BY r.sourceCount DESC, r.id LIMIT $limit
       }
       WITH e, collect(rid) AS relationIds
       RETURN e{.id, .name, .type, .aliases, .roles, .curated, .version} AS e, relationIds,
              COUNT { (:Article)-[:MENTIONS]->(e) } AS mentions`,
      { id, limit: neo4j.int(RELATIONS_PER_ENTITY) },
    );
    const record = res.records[0];
    if (!record) return null;
    const e = record.get("e") as Record<string, unknown>;
    const relations = await findRelationDetails(tx, record.get("relationIds") as string[], ENTITY_EVIDENCE_PER_RELATION);
    return {
      entity: {
        id: String(e.id),
        name: String(e.name ?? e.id),
        entityType: toEntityType(e.type),
        aliases: toStringArray(e.aliases),
        roles: toStringArray(e.roles),
        mentionCount: toInt(record.get("mentions")),
        curated: e.curated === true,
        version: toInt(e.version ?? 0),
      },
      relations,
    };
  });
}
