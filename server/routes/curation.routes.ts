/**
 * Curation API: reject / restore / correct / add relations, merge / split entities, add aliases,
 * each recorded in the audit trail; history of any entity or relation; the entity registry as a
 * gazetteer data file. Writes need write access (see http/auth.ts).
 */
import { Router, type Request, type RequestHandler } from "express";
import { z } from "zod";

import { ENTITY_TYPE_NAMES, RELATION_STATUS_NAMES, RELATION_TYPE_NAMES, partialDateSchema, type EntityType, type RelationStatus, type RelationType } from "../../graph-schema/index.js";
import { findHistory, type Actor } from "../curation/audit.js";
import { addAlias, mergeEntities, splitEntity } from "../curation/entity-curation.js";
import { CurationFailure } from "../curation/curation-errors.js";
import { addRelation, correctRelation, rejectRelation, restoreRelation } from "../curation/relation-curation.js";
import { findRegistry } from "../curation/registry.js";
import { readTx, writeTx, type GraphDb } from "../db/graph-db.js";
import { HttpError, methodNotAllowed } from "../http/errors.js";
import { idParamsSchema, idSchema } from "../http/validate.js";

const relationType = z.enum(RELATION_TYPE_NAMES as [RelationType, ...RelationType[]]);
const relationStatus = z.enum(RELATION_STATUS_NAMES as [RelationStatus, ...RelationStatus[]]);
const entityType = z.enum(ENTITY_TYPE_NAMES as [EntityType, ...EntityType[]]);
const common = { comment: z.string().trim().max(2000).optional(), analyst: z.string().trim().min(1).max(100).optional(), expectedVersion: z.number().int().nonnegative().optional() };

const versionedSchema = z.object(common).strict();
const correctionSchema = z.object({ ...common, type: relationType.optional(), swap: z.boolean().optional(), status: relationStatus.optional() }).strict();
const manualRelationSchema = z
  .object({ ...common, type: relationType, sourceId: idSchema, targetId: idSchema, status: relationStatus, articleId: idSchema, quote: z.string().trim().min(3).max(5000), eventDate: partialDateSchema.nullable().default(null) })
  .strict();
const mergeSchema = z.object({ ...common, from: idSchema }).strict();
const splitSchema = z.object({ ...common, name: z.string().trim().min(1).max(200), type: entityType, aliases: z.array(z.string().trim().min(1).max(200)).min(1).max(100) }).strict();
const aliasSchema = z.object({ ...common, alias: z.string().trim().min(1).max(200) }).strict();

export interface CurationDeps {
  db: GraphDb;
  writeAccess: RequestHandler;
  defaultAnalyst: string;
}

export function actorOf(req: Request, body: { analyst?: string | undefined; comment?: string | undefined }, defaultAnalyst: string): Actor {
  const header = req.get("x-newsgraph-analyst")?.trim();
  return { analyst: (body.analyst ?? header ?? defaultAnalyst).slice(0, 100), comment: body.comment ?? null };
}

/** Curation failures to HTTP: unknown ids 404, stale versions 409, impossible edits 400. */
export async function curate<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (cause) {
    if (!(cause instanceof CurationFailure)) throw cause;
    const e = cause.error;
    if (e.kind === "not-found") throw new HttpError(404, "not-found", e.message);
    if (e.kind === "conflict") throw new HttpError(409, "conflict", e.message, { currentVersion: e.currentVersion });
    throw new HttpError(400, "invalid-curation", e.message);
  }
}

export function createCurationRouter({ db, writeAccess, defaultAnalyst }: CurationDeps): Router {
  const router = Router();
  const POST_ONLY = methodNotAllowed(["POST"]);

  router.post("/relations/:id/reject", writeAccess, async (req, res) => {
    const { id } = idParamsSchema.parse(req.params);
    const body = versionedSchema.parse(req.body ?? {});
    const record = await curate(() => writeTx(db, (tx) => rejectRelation(tx, id, body, actorOf(req, body, defaultAnalyst))));
    res.json({ relationId: id, curation: record });
  });
  router.all("/relations/:id/reject", POST_ONLY);

  router.post("/relations/:id/restore", writeAccess, async (req, res) => {
    const { id } = idParamsSchema.parse(req.params);
    const body = versionedSchema.parse(req.body ?? {});
    const record = await curate(() => writeTx(db, (tx) => restoreRelation(tx, id, body, actorOf(req, body, defaultAnalyst))));
    res.json({ relationId: id, curation: record });
  });
  router.all("/relations/:id/restore", POST_ONLY);

  router.post("/relations/:id/correct", writeAccess, async (req, res) => {
    const { id } = idParamsSchema.parse(req.params);
    const body = correctionSchema.parse(req.body ?? {});
    const out = await curate(() => writeTx(db, (tx) => correctRelation(tx, id, body, actorOf(req, body, defaultAnalyst))));
    res.json({ relationId: out.relationId, curation: out.record });
  });
  router.all("/relations/:id/correct", POST_ONLY);

  router.post("/relations", writeAccess, async (req, res) => {
    const body = manualRelationSchema.parse(req.body ?? {});
    const out = await curate(() => writeTx(db, (tx) => addRelation(tx, body, actorOf(req, body, defaultAnalyst))));
    res.status(201).json({ relationId: out.relationId, curation: out.record });
  });
  router.all("/relations", POST_ONLY);

  router.post("/entities/:id/merge", writeAccess, async (req, res) => {
    const { id } = idParamsSchema.parse(req.params);
    const body = mergeSchema.parse(req.body ?? {});
    const record = await curate(() => writeTx(db, (tx) => mergeEntities(tx, id, body.from, body, actorOf(req, body, defaultAnalyst))));
    res.json({ entityId: id, curation: record });
  });
  router.all("/entities/:id/merge", POST_ONLY);

  router.post("/entities/:id/split", writeAccess, async (req, res) => {
    const { id } = idParamsSchema.parse(req.params);
    const body = splitSchema.parse(req.body ?? {});
    const out = await curate(() => writeTx(db, (tx) => splitEntity(tx, id, body, actorOf(req, body, defaultAnalyst))));
    res.status(201).json({ entityId: out.entityId, curation: out.record });
  });
  router.all("/entities/:id/split", POST_ONLY);

  router.post("/entities/:id/aliases", writeAccess, async (req, res) => {
    const { id } = idParamsSchema.parse(req.params);
    const body = aliasSchema.parse(req.body ?? {});
    const record = await curate(() => writeTx(db, (tx) => addAlias(tx, id, body.alias, body, actorOf(req, body, defaultAnalyst))));
    res.json({ entityId: id, curation: record });
  });
  router.all("/entities/:id/aliases", POST_ONLY);

  for (const kind of ["entities", "relations", "articles"] as const) {
    router.get(`/${kind}/:id/history`, async (req, res) => {
      const { id } = idParamsSchema.parse(req.params);
      res.json({ id, history: await readTx(db, (tx) => findHistory(tx, id)) });
    });
    router.all(`/${kind}/:id/history`, methodNotAllowed(["GET"]));
  }

  router.get("/registry", async (_req, res) => {
    res.setHeader("Content-Disposition", 'attachment; filename="newsgraph-registry.json"');
    res.json(await readTx(db, (tx) => findRegistry(tx)));
  });
  router.all("/registry", methodNotAllowed(["GET"]));
  return router;
}
