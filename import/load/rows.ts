/**
 * Turns one article's extraction into the rows the loader writes: article, entities, mentions,
 * evidence. Pure and deterministic: the same extraction always gives the same ids, which is what
 * makes imports idempotent.
 */
import { createHash } from "node:crypto";

import {
  entityKey,
  relationKey,
  type Article,
  type EntityType,
  type ExtractedArticle,
  type PartialDate,
  type RelationStatus,
  type RelationType,
} from "../../graph-schema/index.js";

export interface ArticleRow {
  id: string;
  file: string;
  title: string;
  text: string;
  url: string | null;
  outlet: string | null;
  /** Distinct-outlet key: the outlet, or the article itself when the outlet is unknown. */
  outletKey: string;
  date: PartialDate | null;
  dateSource: string;
  language: string;
  contentHash: string;
  extractorVersion: string;
}

export interface EntityRow {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  roles: string[];
}

export interface MentionRow {
  articleId: string;
  entityId: string;
  aliases: string[];
}

export interface EvidenceRow {
  id: string;
  relationId: string;
  articleId: string;
  type: RelationType;
  sourceId: string;
  targetId: string;
  /** Canonical names the extractor gave the ends: lets an analyst split a wrong merge later. */
  sourceName: string;
  targetName: string;
  status: RelationStatus;
  sentence: string;
  start: number;
  end: number;
  triggers: string[];
  language: string;
  eventDate: PartialDate | null;
  reportDate: PartialDate | null;
  outletKey: string;
  confidence: number;
  extractorVersion: string;
  claimId: string | null;
  role: string | null;
}

export interface ArticleRows {
  article: ArticleRow;
  entities: EntityRow[];
  mentions: MentionRow[];
  evidence: EvidenceRow[];
}

export function toArticleRows(article: Article, extraction: ExtractedArticle, extractorVersion: string): ArticleRows {
  const outletKey = article.outlet ? article.outlet.toLowerCase() : `article:${article.id}`;
  const idByName = new Map<string, string>();
  const entities = new Map<string, EntityRow>();
  for (const entity of extraction.entities) {
    const id = entityKey(entity.name);
    idByName.set(entity.name, id);
    const row = entities.get(id) ?? { id, name: entity.name, type: entity.type, aliases: [], roles: [] };
    row.aliases = union(row.aliases, [entity.name, ...entity.aliases]);
    row.roles = union(row.roles, entity.roles ?? []);
    entities.set(id, row);
  }
  const evidence = new Map<string, EvidenceRow>();
  for (const relation of extraction.relations) {
    const sourceId = idByName.get(relation.source);
    const targetId = idByName.get(relation.target);
    if (!sourceId || !targetId || sourceId === targetId) continue;
    const relationId = relationKey(relation.type, sourceId, targetId, relation.status);
    const id = evidenceKey(article.id, relationId, relation.start, relation.end);
    evidence.set(id, {
      id,
      relationId,
      articleId: article.id,
      type: relation.type,
      sourceId,
      targetId,
      sourceName: relation.source,
      targetName: relation.target,
      status: relation.status,
      sentence: relation.evidence,
      start: relation.start,
      end: relation.end,
      triggers: relation.triggers,
      language: article.language,
      eventDate: relation.date,
      reportDate: article.date,
      outletKey,
      confidence: relation.confidence,
      extractorVersion,
      claimId: relation.claimId ?? null,
      role: relation.role ?? null,
    });
  }
  return {
    article: {
      id: article.id,
      file: article.file,
      title: article.title,
      text: article.text,
      url: article.url,
      outlet: article.outlet,
      outletKey,
      date: article.date,
      dateSource: article.dateSource,
      language: article.language,
      contentHash: article.contentHash,
      extractorVersion,
    },
    entities: [...entities.values()],
    mentions: [...entities.values()].map((e) => ({ articleId: article.id, entityId: e.id, aliases: e.aliases })),
    evidence: [...evidence.values()],
  };
}

function union(a: readonly string[], b: readonly string[]): string[] {
  return [...new Set([...a, ...b])];
}

/** Evidence id: one statement of one relation at one place in one article. */
export function evidenceKey(articleId: string, relationId: string, start: number, end: number): string {
  return "ev-" + createHash("sha256").update(`${articleId}|${relationId}|${start}|${end}`).digest("hex").slice(0, 20);
}
