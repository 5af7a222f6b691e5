/** The API's feature routers, mounted under /api by createApp. */
import type { RequestHandler, Router } from "express";
import type { Logger } from "pino";

import type { GraphDb } from "../db/graph-db.js";
import { createCurationRouter } from "./curation.routes.js";
import { createCypherRouter } from "./cypher.routes.js";
import { createExploreRouter } from "./explore.routes.js";
import { createExportRouter, exportSlots } from "./export.routes.js";
import { createUploadRouter } from "./upload.routes.js";

export interface ApiDeps {
  db: GraphDb;
  logger: Logger;
  /** Guards every write (see http/auth.ts). */
  writeAccess: RequestHandler;
  /** Analyst name recorded on curations when the client sends none. */
  defaultAnalyst: string;
  /** Per-client requests per minute; the routers' defaults when absent. */
  rateLimits?: { cypherPerMinute: number; exportPerMinute: number };
  /** Exports built at once (the export router's default when absent); four times as many may wait. */
  exportsAtOnce?: number;
}

export function createApiRouters({ db, writeAccess, defaultAnalyst, rateLimits, exportsAtOnce }: ApiDeps): Router[] {
  // Upload and curation first: their paths (/articles/extract, /relations/:id/reject) must not fall into
  // the read routes' 405 handlers for /articles/:id and /relations/:id.
  return [
    createUploadRouter({ db, writeAccess, defaultAnalyst }),
    createCurationRouter({ db, writeAccess, defaultAnalyst }),
    createExploreRouter(db),
    createCypherRouter(db, rateLimits ? { perMinute: rateLimits.cypherPerMinute } : {}),
    createExportRouter(db, {
      ...(rateLimits ? { perMinute: rateLimits.exportPerMinute } : {}),
      ...(exportsAtOnce ? { slots: exportSlots(exportsAtOnce) } : {}),
    }),
  ];
}
