/** The API's feature routers, mounted under /api by createApp. */
import type { RequestHandler, Router } from "express";
import type { Logger } from "pino";

import type { GraphDb } from "../db/graph-db.js";
import { createCurationRouter } from "./curation.routes.js";
import { createCypherRouter } from "./cypher.routes.js";
import { createExploreRouter } from "./explore.routes.js";

export interface ApiDeps {
  db: GraphDb;
  logger: Logger;
  /** Guards every write (see http/auth.ts). */
  writeAccess: RequestHandler;
  /** Analyst name recorded on curations when the client sends none. */
  defaultAnalyst: string;
}

export function createApiRouters({ db, writeAccess, defaultAnalyst }: ApiDeps): Router[] {
  return [createExploreRouter(db), createCypherRouter(db), createCurationRouter({ db, writeAccess, defaultAnalyst })];
}
