/**
 * What extraction produces for one article, and what `newsgraph extract --json` prints
 * (scored by shared/gold/score.mjs). Entity names in relations refer to `entities[].name`
 * of the same article.
 */
import { z } from "zod";

import { DATE_SOURCES, languageSchema } from "./article.js";
import { partialDateSchema } from "./dates.js";
import { ENTITY_TYPE_NAMES, type EntityType } from "./entities.js";
import { RELATION_TYPE_NAMES, type RelationType } from "./relations.js";
import { RELATION_STATUS_NAMES, type RelationStatus } from "./statuses.js";

export const extractedEntitySchema = z.object({
  name: z.string().min(1),
  type: z.enum(ENTITY_TYPE_NAMES as [EntityType, ...EntityType[]]),
  aliases: z.array(z.string()),
  /** Roles seen in this article ("Menteri Luar Negeri", "spokesperson"), for persons. */
  roles: z.array(z.string()).optional(),
});
export type ExtractedEntity = z.infer<typeof extractedEntitySchema>;

export const extractedRelationSchema = z.object({
  type: z.enum(RELATION_TYPE_NAMES as [RelationType, ...RelationType[]]),
  source: z.string().min(1),
  target: z.string().min(1),
  status: z.enum(RELATION_STATUS_NAMES as [RelationStatus, ...RelationStatus[]]),
  /** Event date (when it happened), not the report date. */
  date: partialDateSchema.nullable(),
  /** Verbatim sentence of the article that states the relation. */
  evidence: z.string().min(1),
  /** Character offsets of `evidence` in the article text: text.slice(start, end) === evidence. */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** Trigger words as they appear in the evidence, for highlighting. */
  triggers: z.array(z.string()),
  confidence: z.number().min(0).max(1),
  /** Links an ACCUSES edge, the alleged relation and any DENIES edge of the same claim. */
  claimId: z.string().optional(),
  /** For REPRESENTS: the role as written ("Menteri Luar Negeri"). */
  role: z.string().optional(),
});
export type ExtractedRelation = z.infer<typeof extractedRelationSchema>;

export const extractedArticleSchema = z.object({
  file: z.string(),
  /** Stable article id (see Article.id). */
  id: z.string(),
  language: languageSchema,
  title: z.string(),
  date: partialDateSchema.nullable(),
  dateSource: z.enum(DATE_SOURCES),
  url: z.string().nullable(),
  outlet: z.string().nullable(),
  entities: z.array(extractedEntitySchema),
  relations: z.array(extractedRelationSchema),
  /** Non-fatal notes for the user ("no publication date found"). */
  warnings: z.array(z.string()),
});
export type ExtractedArticle = z.infer<typeof extractedArticleSchema>;

export const extractionResultSchema = z.object({
  articles: z.array(extractedArticleSchema),
});
export type ExtractionResult = z.infer<typeof extractionResultSchema>;

/**
 * Version of the extraction rules. Bump when the rules' code changes; the importer stores it with a digest
 * of the lexicon files on every evidence record (import/extract/lexicon/load.ts), so lexicon edits count too.
 */
export const EXTRACTOR_VERSION = "0.2.0";
