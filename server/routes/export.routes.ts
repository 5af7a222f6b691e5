/**
 * Subgraph exports as file downloads (see server/export/README.md):
 * - GET  /api/export?format=…&types=…&status=…&clock=…&from=…&to=…&around=…&depth=…&title=…
 *   the current view or an ego network, with the filters of GET /api/graph;
 * - POST /api/export {format, filter?, selection?, cypher?, view?, title?, options?}
 *   also a selection, or the result of a Cypher query run through the console's guards;
 * - GET  /api/export/formats  the formats, for the explorer's Export menu.
 * Thin: validate, run the export in one of a few slots (503 with Retry-After when they and the waiting
 * line are full), send the file with Content-Disposition: attachment.
 */
import { Router, type Response } from "express";
import { rateLimit } from "express-rate-limit";

import type { GraphDb } from "../db/graph-db.js";
import type { CypherLimits } from "../cypher/run-query.js";
import type { ExportFailure } from "../export/collect-bundle.js";
import { EXPORTERS, EXPORT_FORMATS } from "../export/registry.js";
import { exportBodySchema, exportQuerySchema, jobFromBody, jobFromQuery, type ExportJob } from "../export/request.js";
import { runExport } from "../export/run-export.js";
import { errorBody, methodNotAllowed } from "../http/errors.js";
import { createJobSlots, type JobSlotsOptions } from "../http/job-slots.js";

export interface ExportRouteOptions {
  cypherLimits?: CypherLimits;
  /** Exports per minute per client address (they are heavy, and may run Cypher). */
  perMinute?: number;
  /** Relations one export may hold (EXPORT_LIMITS.maxRelations by default). */
  maxRelations?: number;
  /** Exports built at once and waiting (exportSlots(2) by default); the rest get 503. */
  slots?: JobSlotsOptions;
}

/** `atOnce` exports built at once (NEWSGRAPH_EXPORTS_AT_ONCE; two keep two cores busy with Neo4j), four times as many waiting. */
export const exportSlots = (atOnce: number): JobSlotsOptions => ({ concurrency: atOnce, queue: 4 * atOnce });
/** Seconds a refused client is told to wait: about what a large export takes. */
const BUSY_RETRY_SECONDS = 5;

export interface ExportFormatInfo {
  format: string;
  label: string;
  extension: string;
  contentType: string;
}

export function createExportRouter(db: GraphDb, options: ExportRouteOptions = {}): Router {
  const router = Router();
  const limiter = rateLimit({
    windowMs: 60_000,
    limit: options.perMinute ?? 60,
    standardHeaders: "draft-8",
    legacyHeaders: false,
    handler: (_req, res) => {
      res.status(429).json(errorBody("rate-limited", "Too many exports from this client; wait a minute and try again."));
    },
  });

  const slots = createJobSlots(options.slots ?? exportSlots(2));

  const send = async (job: ExportJob, res: Response) => {
    const slot = await slots.run(() =>
      runExport(db, job, {
        ...(options.cypherLimits ? { cypherLimits: options.cypherLimits } : {}),
        ...(options.maxRelations !== undefined ? { maxRelations: options.maxRelations } : {}),
      }),
    );
    if (slot.kind === "busy") {
      res.setHeader("Retry-After", String(BUSY_RETRY_SECONDS));
      res.status(503).json(errorBody("busy", `The server is building other exports; try again in ${BUSY_RETRY_SECONDS} seconds.`));
      return;
    }
    const outcome = slot.value;
    if (!outcome.ok) {
      sendFailure(res, outcome.error);
      return;
    }
    const file = outcome.value;
    const body = typeof file.body === "string" ? Buffer.from(file.body, "utf8") : Buffer.from(file.body.buffer, file.body.byteOffset, file.body.byteLength);
    res.set({
      "Content-Type": file.contentType,
      "Content-Disposition": contentDisposition(file.fileName),
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    });
    res.status(200).send(body);
  };

  router.get("/export/formats", (_req, res) => {
    const formats: ExportFormatInfo[] = EXPORT_FORMATS.map((format) => {
      const { label, extension, contentType } = EXPORTERS[format];
      return { format, label, extension, contentType };
    });
    res.json({ formats });
  });
  router.all("/export/formats", methodNotAllowed(["GET"]));

  router.get("/export", limiter, async (req, res) => {
    await send(jobFromQuery(exportQuerySchema.parse(req.query)), res);
  });
  router.post("/export", limiter, async (req, res) => {
    await send(jobFromBody(exportBodySchema.parse(req.body)), res);
  });
  router.all("/export", methodNotAllowed(["GET", "POST"]));
  return router;
}

/** File names are ASCII by construction (exportFileName); anything else is a bug, not user input to escape. */
function contentDisposition(fileName: string): string {
  if (!/^[A-Za-z0-9._-]+$/.test(fileName)) throw new Error(`export: unexpected file name ${JSON.stringify(fileName)}`);
  return `attachment; filename="${fileName}"`;
}

function sendFailure(res: Response, failure: ExportFailure): void {
  switch (failure.kind) {
    case "not-found":
      res.status(404).json(errorBody("not-found", failure.message));
      return;
    case "empty-result":
      res.status(400).json(errorBody("empty-result", failure.message));
      return;
    case "too-large":
      res.status(413).json(errorBody("too-large", failure.message));
      return;
    case "refused":
      res.status(403).json(errorBody("refused", failure.message, { rule: failure.rule }));
      return;
    case "syntax-error":
      res.status(400).json(errorBody("syntax-error", failure.message, { position: failure.position }));
      return;
    case "timeout":
    case "too-much-memory":
    case "query-failed":
      res.status(400).json(errorBody(failure.kind, failure.message));
      return;
    default: {
      const unreachable: never = failure;
      throw new Error(`unhandled export failure ${JSON.stringify(unreachable)}`);
    }
  }
}
