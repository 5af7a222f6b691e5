/**
 * The entity registry as a gazetteer data file (import/extract/gazetteer-schema.ts format): every
 * alias and merge analysts made, ready to drop into NEWSGRAPH_LEXICON_DIR or share with colleagues.
 */
import type { ManagedTransaction } from "neo4j-driver";

import type { GazetteerFile } from "../../import/extract/gazetteer-schema.js";
import { toEntityType } from "../db/relation-props.js";
import { toStringArray } from "../db/to-native.js";

export async function findRegistry(tx: ManagedTransaction): Promise<GazetteerFile> {
  const res = await tx.run(
    `MATCH (rule:AliasRule) MATCH (e:Entity {id: rule.entityId})
     WITH e, collect(rule.alias) AS forms
     RETURN e.name AS name, e.type AS type, forms ORDER BY name`,
  );
  return {
    description: `Entity registry exported from newsgraph on ${new Date().toISOString().slice(0, 10)}: aliases and merges made by analysts.`,
    entries: res.records.map((r) => {
      const name = String(r.get("name"));
      const forms = toStringArray(r.get("forms")).filter((f) => f !== name);
      return {
        name,
        type: toEntityType(r.get("type")),
        aliases: { en: forms, id: forms },
        metonyms: { en: [], id: [] },
        adjectives: { en: [], id: [] },
      };
    }),
  };
}
