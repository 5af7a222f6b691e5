/**
 * The Express application, built from its dependencies (no listen, no env): the API under /api,
 * the built explorer at /, JSON errors everywhere. Tests drive it in-process or over HTTP.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";

import express, { type Express, type Request, type RequestHandler, type Router } from "express";
import helmet from "helmet";
import type { Logger } from "pino";
import { pinoHttp } from "pino-http";

import { cypherCacheKey } from "./cypher/cache-key.js";
import type { GraphDb } from "./db/graph-db.js";
import { apiNotFound, createErrorHandler } from "./http/errors.js";
import { getUrlKey } from "./http/read-cache.js";
import { createHealthRouter } from "./routes/health.routes.js";

export interface AppDeps {
  db: GraphDb;
  neo4j: { embedded: boolean; uri: string };
  logger: Logger;
  /** Folder of the built client (dist/client), or null to serve the API only. */
  clientDir: string | null;
  /** Extra API routers mounted under /api (added by later features). */
  routers?: Router[];
  /** Cache of the read endpoints' responses (see http/read-cache.ts, keyed by apiCacheKey); none when absent. */
  readCache?: RequestHandler;
}

/** Endpoints whose answer depends only on the request and the graph: GETs by URL, the console by query. */
export const CACHED_READ_PATHS = ["/graph", "/search", "/entities", "/relations", "/articles", "/paths", "/export", "/registry", "/cypher"];

/** The read cache's key for an API request: a GET's URL, or a repeatable console query's text and parameters. */
export function apiCacheKey(req: Request): string | null {
  if (req.method === "POST" && req.baseUrl === "/api/cypher") return cypherCacheKey(req.body);
  return getUrlKey(req);
}

/** Request bodies above this are refused with 413 (article uploads have their own, larger limit). */
export const JSON_BODY_LIMIT = "1mb";
/** Uploads carry several articles (each at most 5 MB once decoded). */
export const UPLOAD_BODY_LIMIT = "30mb";
const UPLOAD_PATHS = /^\/articles(\/extract)?\/?$/;

export function createApp(deps: AppDeps): Express {
  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", false);
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          "default-src": ["'self'"],
          "script-src": ["'self'"],
          // ForceAtlas2's worker is created from a blob URL.
          "worker-src": ["'self'", "blob:"],
          "img-src": ["'self'", "data:", "blob:"],
          "style-src": ["'self'", "'unsafe-inline'"],
          "connect-src": ["'self'"],
        },
      },
    }),
  );
  // Request lines are logged at "info": below that level pino-http would only cost each request its
  // child logger and serialised request (a sixth of a cached answer's CPU time under load).
  if (deps.logger.isLevelEnabled("info")) {
    app.use(pinoHttp({ logger: deps.logger, autoLogging: { ignore: (req) => req.url === "/api/health" } }));
  }

  const api = express.Router();
  const defaultJson = express.json({ limit: JSON_BODY_LIMIT });
  const uploadJson = express.json({ limit: UPLOAD_BODY_LIMIT });
  api.use((req, res, next) => (UPLOAD_PATHS.test(req.path) ? uploadJson : defaultJson)(req, res, next));
  api.use(createHealthRouter({ db: deps.db, neo4j: deps.neo4j }));
  if (deps.readCache) api.use(CACHED_READ_PATHS, deps.readCache);
  for (const router of deps.routers ?? []) api.use(router);
  api.use(apiNotFound);
  app.use("/api", api);

  if (deps.clientDir && existsSync(join(deps.clientDir, "index.html"))) {
    const clientDir = deps.clientDir;
    app.use(express.static(clientDir, { index: "index.html", maxAge: "1h" }));
    // Deep links (shared explorer URLs) load the app, which reads its state from the URL.
    app.get("/{*path}", (_req, res) => res.sendFile(join(clientDir, "index.html")));
  }
  app.use(createErrorHandler(deps.logger));
  return app;
}
