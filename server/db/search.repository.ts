/**
 * Entity search over names and aliases, through the `entity_search` full-text index (Lucene).
 * User input is escaped term by term and each term matched as a prefix, so "Korea Ut" finds
 * "Korea Utara" and "Pyong" finds North Korea by its alias.
 */
import neo4j from "neo4j-driver";

import type { SearchHit } from "../../graph-schema/index.js";
import { readTx, type GraphDb } from "./graph-db.js";
import { toEntityType } from "./relation-props.js";
import { toStringArray } from "./to-native.js";

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

export function toLuceneQuery(text: string): string | null {
  const terms = fold(text)
    .split(/\s+/)
    .map((t) => t.replace(LUCENE_SPECIAL, (c) => `\\${c}`))
    .filter(Boolean);
  if (terms.length === 0) return null;
  // Lucene reserves AND/OR/NOT as operators; quote-free escaping via lower case keeps them plain terms.
  return terms.map((t) => `${t.toLowerCase()}*`).join(" AND ");
}

/** Case- and diacritics-insensitive form for comparing a query with names. */
export function fold(text: string): string {
  return text.normalize("NFKD").replace(/\p{M}+/gu, "").toLowerCase().trim();
}

export async function searchEntities(db: GraphDb, text: string, limit: number): Promise<SearchHit[]> {
  const query = toLuceneQuery(text);
  if (!query) return [];
  return readTx(db, async (tx) => {
    const res = await tx.run(
      `CALL db.index.fulltext.queryNodes('entity_search', $query, {limit: $limit}) YIELD node, score
       RETURN node{.id, .name, .type, .aliases} AS e, score`,
      { query, limit: neo4j.int(limit * 3) },
    );
    const wanted = fold(text);
    const hits = res.records.map((record) => {
      const e = record.get("e") as Record<string, unknown>;
      const name = String(e.name ?? e.id);
      const aliases = toStringArray(e.aliases);
      const matched = bestMatch(wanted, [name, ...aliases]);
      return {
        id: String(e.id),
        name,
        entityType: toEntityType(e.type),
        aliases,
        matched: matched.form,
        score: Number(record.get("score")) + matched.bonus,
      };
    });
    return hits.sort((a, b) => b.score - a.score || a.name.localeCompare(b.name)).slice(0, limit);
  });
}

/** The surface form the user most likely meant: exact, then prefix, then containing. */
function bestMatch(wanted: string, forms: string[]): { form: string; bonus: number } {
  const ranked = forms.map((form) => {
    const f = fold(form);
    const bonus = f === wanted ? 3 : f.startsWith(wanted) ? 2 : f.includes(wanted) ? 1 : 0;
    return { form, bonus };
  });
  return ranked.sort((a, b) => b.bonus - a.bonus)[0] ?? { form: forms[0] ?? "", bonus: 0 };
}
