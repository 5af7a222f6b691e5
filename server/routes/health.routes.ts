/** GET /api/health: is Neo4j reachable, which version, and how much is in the graph. 503 when not reachable. */
import { Router } from "express";

import type { HealthBody } from "../../graph-schema/index.js";
import { findCounts } from "../db/health.repository.js";
import type { GraphDb } from "../db/graph-db.js";
import { methodNotAllowed } from "../http/errors.js";
import { describeNeo4jError } from "../neo4j/driver.js";

export interface HealthDeps {
  db: GraphDb;
  neo4j: { embedded: boolean; uri: string };
}

export function createHealthRouter({ db, neo4j }: HealthDeps): Router {
  const router = Router();
  router.get("/health", async (_req, res) => {
    try {
      const info = await db.driver.getServerInfo({ database: db.database });
      const { counts, schemaVersion } = await findCounts(db);
      const body: HealthBody = {
        status: "ok",
        neo4j: { connected: true, version: (info.agent ?? "").replace(/^Neo4j\//, "") || null, ...neo4j },
        counts,
        schemaVersion,
      };
      res.json(body);
    } catch (cause) {
      const problem = describeNeo4jError(cause, { uri: neo4j.uri, database: db.database });
      const body: HealthBody = {
        status: "degraded",
        neo4j: { connected: false, version: null, ...neo4j, reason: problem.message },
        counts: null,
        schemaVersion: null,
      };
      res.status(503).json(body);
    }
  });
  router.all("/health", methodNotAllowed(["GET"]));
  return router;
}
