/**
 * The entity registry's effect on imports: aliases and merges analysts made ("Korut" is North Korea,
 * "Yun Jung Ho" was merged into "Yun Jong Ho") map an extracted entity onto the curated one, so the
 * same mistake is not made twice. Pure: rows in, rows out.
 */
import { relationKey, type EntityType } from "../../graph-schema/index.js";
import { evidenceKey, type ArticleRows, type EntityRow } from "./rows.js";

export interface AliasTarget {
  entityId: string;
  name: string;
  type: EntityType;
}

/** Folded alias -> entity. */
export type AliasRules = ReadonlyMap<string, AliasTarget>;

/** The registry's key for a surface form: case, diacritics, punctuation and spacing do not matter. */
export function foldAlias(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** Every folded form of the batch's entities, to look rules up by. */
export function aliasKeysOf(rows: ArticleRows[]): string[] {
  const keys = new Set<string>();
  for (const r of rows) for (const e of r.entities) for (const form of [e.name, ...e.aliases]) keys.add(foldAlias(form));
  return [...keys].filter(Boolean);
}

function ruleFor(entity: EntityRow, rules: AliasRules): AliasTarget | null {
  for (const form of [entity.name, ...entity.aliases]) {
    const rule = rules.get(foldAlias(form));
    if (rule) return rule;
  }
  return null;
}

export function applyAliasRules(rows: ArticleRows, rules: AliasRules): ArticleRows {
  if (rules.size === 0) return rows;
  const idMap = new Map<string, string>();
  const entities = new Map<string, EntityRow>();
  for (const entity of rows.entities) {
    const rule = ruleFor(entity, rules);
    const id = rule?.entityId ?? entity.id;
    idMap.set(entity.id, id);
    const seen = entities.get(id);
    const base = rule ? { ...entity, id, name: rule.name, type: rule.type } : entity;
    entities.set(id, seen ? { ...seen, aliases: [...new Set([...seen.aliases, ...base.aliases])], roles: [...new Set([...seen.roles, ...base.roles])] } : base);
  }
  const evidence = rows.evidence.flatMap((row) => {
    const sourceId = idMap.get(row.sourceId) ?? row.sourceId;
    const targetId = idMap.get(row.targetId) ?? row.targetId;
    if (sourceId === targetId) return [];
    const relationId = relationKey(row.type, sourceId, targetId, row.status);
    return [{ ...row, sourceId, targetId, relationId, id: evidenceKey(row.articleId, relationId, row.start, row.end) }];
  });
  const articleId = rows.article.id;
  return {
    article: rows.article,
    entities: [...entities.values()],
    mentions: [...entities.values()].map((e) => ({ articleId, entityId: e.id, aliases: e.aliases })),
    evidence: [...new Map(evidence.map((e) => [e.id, e])).values()],
  };
}
