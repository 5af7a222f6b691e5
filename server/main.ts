/**
 * `newsgraph serve`: start (or connect to) Neo4j, apply the schema, seed on first start, serve the API
 * and the explorer; stop everything on SIGINT/SIGTERM. Each failure is one clear line and exit code 1.
 */
import type { Server } from "node:http";

import type { Driver } from "neo4j-driver";
import type { Logger } from "pino";

import { completeEvidenceDigests } from "../import/load/evidence-digest.js";
import { projectPath } from "../import/paths.js";
import { apiCacheKey, createApp } from "./app.js";
import type { Config } from "./config.js";
import { readGraphToken } from "./db/graph-state.repository.js";
import { requireWriteAccess } from "./http/auth.js";
import { keepWarm } from "./http/keep-warm.js";
import { withReadCache } from "./http/read-cache.js";
import { createApiRouters } from "./routes/index.js";
import { applySchema } from "./neo4j/apply-schema.js";
import { connectNeo4j, type Neo4jConnection } from "./neo4j/connect.js";
import { isPortFree } from "./neo4j/ports.js";
import { seedIfEmpty } from "./seed.js";

export class StartupError extends Error {
  override name = "StartupError";
}

export interface RunningServer {
  url: string;
  driver: Driver;
  close(): Promise<void>;
}

export const READ_TIMEOUT_MS = 10_000;

export async function startServer(config: Config, logger: Logger): Promise<RunningServer> {
  if (!(await isPortFree(config.host, config.port))) {
    throw new StartupError(`Port ${config.port} on ${config.host} is taken. Set PORT to a free port, or stop the other server.`);
  }
  const neo4j = await connectNeo4j(config, logger, { supervise: true });
  let server: Server | undefined;
  try {
    const target = { driver: neo4j.driver, database: config.neo4j.database };
    const schema = await applySchema(neo4j.driver, config.neo4j.database);
    logger.info({ schemaVersion: schema.version }, "schema applied");
    if (config.seed) await seedIfEmpty(target, logger);

    const { db, readCache } = withReadCache({ ...target, readTimeoutMs: READ_TIMEOUT_MS }, config.cacheMegabytes, apiCacheKey);
    const app = createApp({
      ...(readCache ? { readCache } : {}),
      db,
      neo4j: { embedded: neo4j.embedded !== null, uri: neo4j.uri },
      logger,
      clientDir: projectPath("dist", "client"),
      routers: createApiRouters({
        db,
        logger,
        writeAccess: requireWriteAccess({ host: config.host, token: config.token }),
        defaultAnalyst: config.analyst,
        rateLimits: config.rateLimits,
        exportsAtOnce: config.exportsAtOnce,
      }),
    });
    server = await listen(app, config.host, config.port);
    const url = `http://${config.host.includes(":") ? `[${config.host}]` : config.host}:${config.port}`;
    logger.info({ url }, "newsgraph is serving");
    const running = server;
    const warm = readCache
      ? keepWarm({
          baseUrl: url,
          paths: ["/api/graph"],
          readToken: () => readGraphToken(db),
          onError: (cause) => logger.debug({ err: cause }, "could not warm the explorer's graph"),
        })
      : null;
    // Relations written before evidence digests existed, or by a bulk import, get theirs in the
    // background; exports read those without one the long way meanwhile.
    const stopDigests = new AbortController();
    const digests = completeEvidenceDigests(neo4j.driver, config.neo4j.database, stopDigests.signal).then(
      (built) => {
        if (built > 0) logger.info({ relations: built }, "evidence digests built");
      },
      (cause: unknown) => {
        if (!stopDigests.signal.aborted) logger.warn({ err: cause }, "could not build evidence digests (exports read those relations the long way)");
      },
    );
    return {
      url,
      driver: neo4j.driver,
      close: async () => {
        warm?.stop();
        stopDigests.abort();
        await digests;
        return shutdown(running, neo4j);
      },
    };
  } catch (cause) {
    await shutdown(server, neo4j);
    throw cause;
  }
}

function listen(app: ReturnType<typeof createApp>, host: string, port: number): Promise<Server> {
  return new Promise((resolveListen, reject) => {
    const server = app.listen(port, host, (error?: Error) => (error ? reject(error) : resolveListen(server)));
    server.keepAliveTimeout = 5_000;
  });
}

async function shutdown(server: Server | undefined, neo4j: Neo4jConnection): Promise<void> {
  if (server) {
    await new Promise<void>((resolveClose) => {
      server.close(() => resolveClose());
      server.closeIdleConnections();
      setTimeout(() => server.closeAllConnections(), 5_000).unref();
    });
  }
  await neo4j.close();
}
