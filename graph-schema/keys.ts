/**
 * Stable ids of our own for entities and relations (never Neo4j internal ids), so URLs,
 * exports and curations stay valid across re-imports. Pure string functions: browser-safe.
 */
import { RELATION_TYPES, type RelationType } from "./relations.js";
import type { RelationStatus } from "./statuses.js";

/** Lower-case, diacritics stripped, every run of non letters/digits turned into one hyphen. Keeps non-Latin letters. */
export function slugify(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    // Recompose what NFKD split without marks (Hangul syllables), so ids read like the names.
    .normalize("NFC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "");
}

/** Entity id: the slug of its canonical name ("North Korea" -> "north-korea"). */
export function entityKey(canonicalName: string): string {
  const slug = slugify(canonicalName);
  if (!slug) throw new Error(`Cannot derive an entity id from the name ${JSON.stringify(canonicalName)}.`);
  return slug;
}

/**
 * Relation id: type, endpoints and status. One displayed relation aggregates every statement of the
 * same fact; symmetric types sort their endpoints so A-B and B-A are the same relation.
 */
export function relationKey(type: RelationType, sourceId: string, targetId: string, status: RelationStatus): string {
  const [a, b] = RELATION_TYPES[type].symmetric && targetId < sourceId ? [targetId, sourceId] : [sourceId, targetId];
  return `${type}:${a}:${b}:${status}`;
}

export interface ParsedRelationKey {
  type: string;
  sourceId: string;
  targetId: string;
  status: string;
}

export function parseRelationKey(key: string): ParsedRelationKey | null {
  const parts = key.split(":");
  if (parts.length !== 4 || parts.some((p) => p.length === 0)) return null;
  const [type, sourceId, targetId, status] = parts as [string, string, string, string];
  return { type, sourceId, targetId, status };
}

/** Ids accepted in URLs and API parameters: our slugs, relation keys and hashes, nothing that walks paths. */
export const ID_PATTERN = /^[\p{L}\p{N}][\p{L}\p{N}_:.-]{0,255}$/u;

export function isSafeId(value: string): boolean {
  return ID_PATTERN.test(value) && !value.includes("..");
}

/**
 * Names one proposed relation of an uploaded article during review (before it has an id of its own):
 * type, ends as extracted, status and where its evidence starts. Client and server compute it alike.
 */
export function relationDraftKey(r: { type: string; source: string; target: string; status: string; start: number }): string {
  return [r.type, r.source, r.target, r.status, r.start].join("|");
}
