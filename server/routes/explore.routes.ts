/**
 * The explorer's read API: graph, search, entity/relation/article details and shortest paths.
 * Thin: validate, call a repository, shape the answer.
 */
import { Router } from "express";

import { GRAPH_ARTICLE_IDS_PER_RELATION, GRAPH_RELATION_LIMITS, type PathBody, type SearchBody } from "../../graph-schema/index.js";
import { findArticle } from "../db/articles.repository.js";
import { findEntityDetails } from "../db/entities.repository.js";
import type { GraphDb } from "../db/graph-db.js";
import { DEFAULT_GRAPH_FILTER, findGraph } from "../db/graph.repository.js";
import { findShortestPath } from "../db/paths.repository.js";
import { findRelationDetails } from "../db/relations.repository.js";
import { readTx } from "../db/graph-db.js";
import { searchEntities } from "../db/search.repository.js";
import { methodNotAllowed, notFound } from "../http/errors.js";
import { graphQuerySchema, idParamsSchema, pathQuerySchema, searchQuerySchema } from "../http/validate.js";
import { relationsToGraphPayload } from "../services/graph-payload.js";

const GET_ONLY = methodNotAllowed(["GET"]);

export function createExploreRouter(db: GraphDb): Router {
  const router = Router();

  router.get("/graph", async (req, res) => {
    const q = graphQuerySchema.parse(req.query);
    const graph = await findGraph(db, {
      ...DEFAULT_GRAPH_FILTER,
      types: q.types ?? DEFAULT_GRAPH_FILTER.types,
      statuses: q.status ?? DEFAULT_GRAPH_FILTER.statuses,
      clock: q.clock,
      from: q.from ?? null,
      to: q.to ?? null,
      around: q.around ?? null,
      depth: q.depth,
      includeRejected: q.includeRejected,
      relationLimit: q.limit ?? (q.around ? GRAPH_RELATION_LIMITS.ego : GRAPH_RELATION_LIMITS.whole),
      articleIdsPerRelation: GRAPH_ARTICLE_IDS_PER_RELATION,
    });
    if (!graph) throw notFound(`Entity "${q.around}"`);
    res.json(graph);
  });
  router.all("/graph", GET_ONLY);

  router.get("/search", async (req, res) => {
    const q = searchQuerySchema.parse(req.query);
    const body: SearchBody = { query: q.q, results: await searchEntities(db, q.q, q.limit) };
    res.json(body);
  });
  router.all("/search", GET_ONLY);

  router.get("/entities/:id", async (req, res) => {
    const { id } = idParamsSchema.parse(req.params);
    const details = await findEntityDetails(db, id);
    if (!details) throw notFound(`Entity "${id}"`);
    res.json(details);
  });
  router.all("/entities/:id", GET_ONLY);

  router.get("/relations/:id", async (req, res) => {
    const { id } = idParamsSchema.parse(req.params);
    const [details] = await readTx(db, (tx) => findRelationDetails(tx, [id], 500));
    if (!details) throw notFound(`Relation "${id}"`);
    res.json(details);
  });
  router.all("/relations/:id", GET_ONLY);

  router.get("/articles/:id", async (req, res) => {
    const { id } = idParamsSchema.parse(req.params);
    const article = await findArticle(db, id);
    if (!article) throw notFound(`Article "${id}"`);
    res.json(article);
  });
  router.all("/articles/:id", GET_ONLY);

  router.get("/paths", async (req, res) => {
    const q = pathQuerySchema.parse(req.query);
    const result = await findShortestPath(db, q.from, q.to, q.maxDepth);
    if (result === "not-found") throw notFound(`Entity "${q.from}" or "${q.to}"`);
    const relations = (result.hops ?? []).map((h) => h.relation);
    const body: PathBody = { ...result, graph: relationsToGraphPayload(relations, [result.from, result.to]) };
    res.json(body);
  });
  router.all("/paths", GET_ONLY);

  return router;
}
