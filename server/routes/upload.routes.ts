/**
 * Article upload from the explorer: POST /api/articles/extract returns review drafts (nothing is
 * written); POST /api/articles commits one article with the analyst's decisions.
 */
import { Router, type RequestHandler } from "express";
import { z } from "zod";

import { RELATION_STATUS_NAMES, RELATION_TYPE_NAMES, relationDraftKey, type RelationStatus, type RelationType, type ReviewDecision } from "../../graph-schema/index.js";
import { commitUpload, readUpload, resolveExisting, type Draft } from "../curation/upload.js";
import { readTx, writeTx, type GraphDb } from "../db/graph-db.js";
import { HttpError, methodNotAllowed } from "../http/errors.js";
import { actorOf, curate } from "./curation.routes.js";

const fileSchema = z
  .object({
    name: z
      .string()
      .trim()
      .min(1)
      .max(200)
      .refine((n) => !/[\\/\0]/.test(n) && !n.includes(".."), "file names may not contain paths"),
    content: z.string().max(8 * 1024 * 1024),
    encoding: z.enum(["utf8", "base64"]).default("utf8"),
  })
  .strict();

const comment = z.string().trim().max(2000).optional();
const decisionSchema: z.ZodType<ReviewDecision> = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("reject-relation"), key: z.string().min(1).max(1000), comment }).strict(),
  z
    .object({
      kind: z.literal("correct-relation"),
      key: z.string().min(1).max(1000),
      type: z.enum(RELATION_TYPE_NAMES as [RelationType, ...RelationType[]]).optional(),
      swap: z.boolean().optional(),
      status: z.enum(RELATION_STATUS_NAMES as [RelationStatus, ...RelationStatus[]]).optional(),
      comment,
    })
    .strict(),
  z.object({ kind: z.literal("merge-entity"), name: z.string().min(1).max(200), into: z.string().min(1).max(256), comment }).strict(),
  z.object({ kind: z.literal("add-alias"), name: z.string().min(1).max(200), alias: z.string().trim().min(1).max(200), comment }).strict(),
]);

const extractSchema = z.object({ files: z.array(fileSchema).min(1).max(20) }).strict();
const commitSchema = z
  .object({ file: fileSchema, decisions: z.array(decisionSchema).max(2000).default([]), analyst: z.string().trim().min(1).max(100).optional(), comment })
  .strict();

export function createUploadRouter({ db, writeAccess, defaultAnalyst }: { db: GraphDb; writeAccess: RequestHandler; defaultAnalyst: string }): Router {
  const router = Router();

  router.post("/articles/extract", writeAccess, async (req, res) => {
    const { files } = extractSchema.parse(req.body);
    const drafts: Draft[] = [];
    for (const file of files) {
      const read = readUpload(file);
      if (!read.ok) {
        drafts.push({ file: file.name, ok: false, error: read.error });
        continue;
      }
      const existing = await readTx(db, (tx) => resolveExisting(tx, read.extraction));
      drafts.push({ file: file.name, ok: true, article: read.article, extraction: read.extraction, relationKeys: read.extraction.relations.map(relationDraftKey), existing });
    }
    res.json({ drafts });
  });
  router.all("/articles/extract", methodNotAllowed(["POST"]));

  router.post("/articles", writeAccess, async (req, res) => {
    const body = commitSchema.parse(req.body);
    const read = readUpload(body.file);
    if (!read.ok) throw new HttpError(400, "bad-article", `${read.error.file}: ${read.error.message}`, { readError: read.error.kind });
    const actor = actorOf(req, body, defaultAnalyst);
    const result = await curate(() => writeTx(db, (tx) => commitUpload(tx, read.article, read.extraction, body.decisions, actor)));
    res.status(201).json(result);
  });
  router.all("/articles", methodNotAllowed(["POST"]));
  return router;
}
