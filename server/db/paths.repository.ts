/** Shortest chain of relations between two entities, bounded in depth so it stays fast on big graphs. */
import { RELATION_TYPE_NAMES, type EntityRef, type PathHop } from "../../graph-schema/index.js";
import { readTx, type GraphDb } from "./graph-db.js";
import { findEntityRefs, findRelationDetails } from "./relations.repository.js";

export const MAX_PATH_DEPTH = 6;

export interface PathResult {
  from: EntityRef;
  to: EntityRef;
  hops: PathHop[] | null;
}

export async function findShortestPath(db: GraphDb, fromId: string, toId: string, maxDepth: number): Promise<PathResult | "not-found"> {
  const depth = Math.min(Math.max(1, Math.trunc(maxDepth)), MAX_PATH_DEPTH);
  return readTx(db, async (tx) => {
    const ends = await findEntityRefs(tx, [fromId, toId]);
    const from = ends.get(fromId);
    const to = ends.get(toId);
    if (!from || !to) return "not-found";
    if (fromId === toId) return { from, to, hops: [] };
    // The depth is an integer we bounded above; Cypher cannot take it as a parameter here.
    const res = await tx.run(
      `MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
       MATCH p = shortestPath((a)-[:${RELATION_TYPE_NAMES.join("|")}*..${depth}]-(b))
       RETURN [n IN nodes(p) | n.id] AS nodeIds, [r IN relationships(p) | r.id] AS relationIds`,
      { from: fromId, to: toId },
    );
    const record = res.records[0];
    if (!record) return { from, to, hops: null };
    const nodeIds = record.get("nodeIds") as string[];
    const relationIds = record.get("relationIds") as string[];
    const details = new Map((await findRelationDetails(tx, relationIds, 5)).map((d) => [d.id, d]));
    const refs = await findEntityRefs(tx, nodeIds);
    const hops: PathHop[] = relationIds.flatMap((rid, i) => {
      const relation = details.get(rid);
      const a = refs.get(nodeIds[i] ?? "");
      const b = refs.get(nodeIds[i + 1] ?? "");
      return relation && a && b ? [{ from: a, to: b, relation }] : [];
    });
    return { from, to, hops };
  });
}
