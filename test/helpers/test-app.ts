/** The full API app over the test database, as `serve` builds it (loopback, no token: writes open). */
import type { Express } from "express";
import type { Driver } from "neo4j-driver";

import { apiCacheKey, createApp } from "../../server/app.js";
import { requireWriteAccess } from "../../server/http/auth.js";
import { withReadCache } from "../../server/http/read-cache.js";
import { createApiRouters } from "../../server/routes/index.js";
import { silentLogger, testDb, testNeo4jUri } from "./neo4j.js";

export function createTestApp(driver: Driver, options: { host?: string; token?: string | null; cacheMegabytes?: number } = {}): Express {
  const { db, readCache } = withReadCache(testDb(driver), options.cacheMegabytes ?? 0, apiCacheKey);
  return createApp({
    ...(readCache ? { readCache } : {}),
    db,
    neo4j: { embedded: true, uri: testNeo4jUri() },
    logger: silentLogger,
    clientDir: null,
    routers: createApiRouters({
      db,
      logger: silentLogger,
      writeAccess: requireWriteAccess({ host: options.host ?? "127.0.0.1", token: options.token ?? null }),
      defaultAnalyst: "test-analyst",
    }),
  });
}
