/**
 * Runtime checks of the curation API's answers (STYLE §9.4). Drafts reuse graph-schema's own zod
 * schemas for articles and extractions; audit records are typed against graph-schema's CurationRecord.
 */
import { z } from "zod";

import {
  ENTITY_TYPE_NAMES,
  articleSchema,
  extractedArticleSchema,
  type CurationKind,
  type CurationRecord,
  type EntityRef,
  type EntityType,
  type JsonValue,
} from "../../graph-schema/index.js";

const entityRef: z.ZodType<EntityRef> = z.object({ id: z.string(), name: z.string(), entityType: z.enum(ENTITY_TYPE_NAMES as [EntityType, ...EntityType[]]) });

const draftOk = z.object({
  file: z.string(),
  ok: z.literal(true),
  article: articleSchema,
  extraction: extractedArticleSchema,
  relationKeys: z.array(z.string()),
  existing: z.record(z.string(), entityRef.nullable()),
});
const draftError = z.object({
  file: z.string(),
  ok: z.literal(false),
  error: z.object({ kind: z.string(), file: z.string(), message: z.string() }),
});

export const extractBodySchema = z.object({ drafts: z.array(z.discriminatedUnion("ok", [draftOk, draftError])) });
export type ExtractBody = z.infer<typeof extractBodySchema>;
export type Draft = ExtractBody["drafts"][number];
export type OkDraft = Extract<Draft, { ok: true }>;
export type FileError = Extract<Draft, { ok: false }>["error"];

const jsonValue: z.ZodType<JsonValue> = z.lazy(() =>
  z.union([z.null(), z.boolean(), z.number(), z.string(), z.array(jsonValue), z.record(z.string(), jsonValue)]),
);

const CURATION_KINDS = [
  "reject-relation",
  "restore-relation",
  "correct-relation",
  "add-relation",
  "merge-entities",
  "split-entity",
  "add-alias",
  "import-article",
] as const satisfies readonly CurationKind[];

export const curationRecordSchema: z.ZodType<CurationRecord> = z.object({
  id: z.string(),
  kind: z.enum(CURATION_KINDS),
  targetType: z.enum(["relation", "entity", "article"]),
  targetId: z.string(),
  relatedIds: z.array(z.string()).catch([]),
  analyst: z.string(),
  at: z.string(),
  comment: z.string().nullable().catch(null),
  before: jsonValue.catch(null),
  after: jsonValue.catch(null),
});

export const historyBodySchema = z.object({ id: z.string(), history: z.array(curationRecordSchema) });
export type HistoryBody = z.infer<typeof historyBodySchema>;

const tally = z.object({ new: z.number(), updated: z.number(), unchanged: z.number() });
export const commitBodySchema = z.object({
  articleId: z.string(),
  summary: z.object({ articles: tally, entities: tally, relations: tally, evidence: z.number() }),
  relationIds: z.array(z.string()),
  curations: z.array(curationRecordSchema),
});
export type CommitBody = z.infer<typeof commitBodySchema>;

/** Answer of reject / restore / correct / add relation. */
export const relationCurationSchema = z.object({ relationId: z.string(), curation: curationRecordSchema });
export type RelationCurationBody = z.infer<typeof relationCurationSchema>;

/** Answer of merge / split / alias. */
export const entityCurationSchema = z.object({ entityId: z.string(), curation: curationRecordSchema });
export type EntityCurationBody = z.infer<typeof entityCurationSchema>;
