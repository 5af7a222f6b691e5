/**
 * POST /api/cypher: the read-only console. Layers (see server/cypher/): text check, EXPLAIN verdict,
 * READ transaction with timeout, row and size caps; plus a per-client rate limit here.
 */
import { Router } from "express";
import { rateLimit } from "express-rate-limit";

import type { GraphDb } from "../db/graph-db.js";
import { cypherRequestSchema, toCypherParams } from "../cypher/params.js";
import { DEFAULT_CYPHER_LIMITS, runConsoleQuery, type CypherLimits } from "../cypher/run-query.js";
import { errorBody, methodNotAllowed } from "../http/errors.js";

export interface CypherRouteOptions {
  limits?: CypherLimits;
  /** Queries per minute per client address. */
  perMinute?: number;
}

export function createCypherRouter(db: GraphDb, options: CypherRouteOptions = {}): Router {
  const limits = options.limits ?? DEFAULT_CYPHER_LIMITS;
  const router = Router();
  const limiter = rateLimit({
    windowMs: 60_000,
    limit: options.perMinute ?? 120,
    standardHeaders: "draft-8",
    legacyHeaders: false,
    handler: (_req, res) => {
      res.status(429).json(errorBody("rate-limited", "Too many console queries from this client; wait a minute and try again."));
    },
  });

  router.post("/cypher", limiter, async (req, res) => {
    const { query, params } = cypherRequestSchema.parse(req.body);
    const outcome = await runConsoleQuery(db, query, toCypherParams(params), limits);
    if (outcome.ok) {
      res.json(outcome.value);
      return;
    }
    const refusal = outcome.error;
    switch (refusal.kind) {
      case "refused":
        res.status(403).json(errorBody("refused", refusal.message, { rule: refusal.rule }));
        return;
      case "syntax-error":
        res.status(400).json(errorBody("syntax-error", refusal.message, { position: refusal.position }));
        return;
      case "timeout":
      case "too-much-memory":
      case "query-failed":
        res.status(400).json(errorBody(refusal.kind, refusal.message));
        return;
      default: {
        const unreachable: never = refusal;
        throw new Error(`unhandled refusal ${JSON.stringify(unreachable)}`);
      }
    }
  });
  router.all("/cypher", methodNotAllowed(["POST"]));
  return router;
}
