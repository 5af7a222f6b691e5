/** One article with its full text and the offsets of every evidence it states (for the reader view). */
import type { ArticleView } from "../../graph-schema/index.js";
import { readTx, type GraphDb } from "./graph-db.js";
import { toArticleRef } from "./relations.repository.js";
import { toRelationType, toStatus } from "./relation-props.js";
import { toInt, toStringArray } from "./to-native.js";

export async function findArticle(db: GraphDb, id: string): Promise<ArticleView | null> {
  return readTx(db, async (tx) => {
    const res = await tx.run(
      `MATCH (a:Article {id: $id})
       OPTIONAL MATCH (a)-[:STATES]->(v:Evidence)
       WITH a, v ORDER BY v.start, v.id
       RETURN a{.*} AS a, collect(v{.id, .relationId, .type, .sourceId, .targetId, .status, .start, .end, .triggers}) AS evidence`,
      { id },
    );
    const record = res.records[0];
    if (!record) return null;
    const a = record.get("a") as Record<string, unknown>;
    const evidence = (record.get("evidence") as Record<string, unknown>[]).map((v) => ({
      id: String(v.id),
      relationId: String(v.relationId),
      type: toRelationType(v.type),
      sourceId: String(v.sourceId),
      targetId: String(v.targetId),
      status: toStatus(v.status),
      start: toInt(v.start),
      end: toInt(v.end),
      triggers: toStringArray(v.triggers),
    }));
    return {
      ...toArticleRef(a),
      text: String(a.text ?? ""),
      dateSource: String(a.dateSource ?? "none"),
      contentHash: String(a.contentHash ?? ""),
      evidence,
    };
  });
}
