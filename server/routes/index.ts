/** The API's feature routers, mounted under /api by createApp. */
import type { Router } from "express";
import type { Logger } from "pino";

import type { GraphDb } from "../db/graph-db.js";
import { createCypherRouter } from "./cypher.routes.js";
import { createExploreRouter } from "./explore.routes.js";

export interface ApiDeps {
  db: GraphDb;
  logger: Logger;
}

export function createApiRouters({ db }: ApiDeps): Router[] {
  return [createExploreRouter(db), createCypherRouter(db)];
}
