/**
 * Gathers an ExportBundle from Neo4j for an export job: the subgraph of the requested scope (view
 * filter, ego network, selection, or a Cypher query run through the console's guarded runner), the
 * names of alleging/denying parties, and — when the format needs it — the relations' evidence and
 * the articles they cite, bounded by EXPORT_LIMITS:
 *
 * - up to 2,000 relations and 100,000 evidence statements: every statement of every relation;
 * - beyond that: the 3 most recent statements per relation (the policy says so in every format).
 */
import { err, isRelationType, ok, type EntityRef, type EvidenceView, type GraphPayload, type RelationDetails, type Result } from "../../graph-schema/index.js";

import { EVIDENCE_DIGEST_SIZE } from "../../import/load/evidence-digest.js";
import { DEFAULT_CYPHER_LIMITS, runConsoleQuery, type CypherLimits, type CypherRefusal } from "../cypher/run-query.js";
import { readTx, type GraphDb } from "../db/graph-db.js";
import {
  countGraphScope,
  DEFAULT_GRAPH_FILTER,
  resolveGraphScope,
  scanGraph,
  scanGraphScope,
  type GraphFilter,
  type GraphScan,
} from "../db/graph.repository.js";
import { findEntityRefs, findLatestStatements, findScopedLatestStatements, withArticles, type Statement } from "../db/relations.repository.js";
import type { EvidencePolicy, ExportBundle, ExportScope } from "./bundle.js";
import { describeScope } from "./describe.js";
import type { ExportJob, ExportRequest } from "./request.js";
import { byArticleDate, findArticleRefs, findIdSubgraph } from "./subgraph.repository.js";

export const EXPORT_LIMITS = {
  /** Relations up to which all evidence is exported. */
  completeEvidenceRelations: 2_000,
  /** Total evidence statements up to which all evidence is exported. */
  completeEvidenceStatements: 100_000,
  /** Statements per relation (most recent first) beyond those bounds: what each relation's evidence digest holds. */
  cappedPerRelation: EVIDENCE_DIGEST_SIZE,
  /** Relations per evidence query. */
  evidenceBatch: 2_000,
  /** Evidence batches read at once. */
  evidenceConcurrency: 3,
  /** Read timeout of export queries (whole-graph exports read a lot). */
  readTimeoutMs: 60_000,
  /**
   * Relations one export may hold. Beyond it the file is no report anyone reads, and building it took
   * the server past its memory (measured: a 200,000-relation ego network); the user is asked to narrow it.
   */
  maxRelations: 50_000,
} as const;

export type ExportFailure =
  | { kind: "not-found"; message: string }
  | { kind: "too-large"; message: string }
  | { kind: "empty-result"; message: string }
  | CypherRefusal;

export interface CollectOptions {
  needsEvidence: boolean;
  /** Defaults to EXPORT_LIMITS.maxRelations. */
  maxRelations?: number;
  /** Defaults to EXPORT_LIMITS.completeEvidenceRelations. */
  completeEvidenceRelations?: number;
  cypherLimits?: CypherLimits;
  now?: () => Date;
}

interface Scoped {
  graph: GraphPayload;
  scope: ExportScope;
  notes: string[];
  /** The evidence, when it was read together with the graph (see readGraphWithEvidence). */
  evidence?: EvidenceRead;
}

/** What an export reads beside its graph: its relations' statements, by policy, and the articles the relations cite. */
interface EvidenceRead {
  policy: EvidencePolicy;
  statements: Map<string, Statement[]>;
  citedArticles: ExportBundle["articles"];
}

export async function collectExportBundle(db: GraphDb, job: ExportJob, options: CollectOptions): Promise<Result<ExportBundle, ExportFailure>> {
  const generatedAt = (options.now?.() ?? new Date()).toISOString();
  const maxRelations = options.maxRelations ?? EXPORT_LIMITS.maxRelations;
  const completeEvidenceRelations = options.completeEvidenceRelations ?? EXPORT_LIMITS.completeEvidenceRelations;
  const scoped = await findScoped(db, job.request, options.cypherLimits ?? DEFAULT_CYPHER_LIMITS, maxRelations, options.needsEvidence ? { completeEvidenceRelations } : null);
  if (!scoped.ok) return scoped;
  const { graph, scope, notes } = scoped.value;
  if (graph.edges.length > maxRelations) return err(tooLarge(graph.edges.length, maxRelations));
  const timeout = EXPORT_LIMITS.readTimeoutMs;

  const nodeIds = new Set(graph.nodes.map((n) => n.key));
  const partyIds = new Set(graph.edges.flatMap((e) => [...(e.attributes?.allegedBy ?? []), ...(e.attributes?.deniedBy ?? [])]));
  const parties: EntityRef[] = graph.nodes
    .filter((n) => partyIds.has(n.key))
    .map((n) => entityRef(n.key, n));
  const outside = [...partyIds].filter((id) => !nodeIds.has(id));
  if (outside.length > 0) parties.push(...(await readTx(db, (tx) => findEntityRefs(tx, outside), timeout)).values());

  let relations: RelationDetails[] = [];
  let evidence: EvidencePolicy = { kind: "none" };
  let articles: ExportBundle["articles"] = [];
  if (options.needsEvidence) {
    const read = scoped.value.evidence ?? (await readEvidence(db, graph, completeEvidenceRelations));
    const { statements, citedArticles } = read;
    evidence = read.policy;
    // A statement's article is among its relation's articles; any that is not is read after.
    const articleById = new Map(citedArticles.map((a) => [a.id, a]));
    const uncited = new Set<string>();
    for (const list of statements.values()) for (const statement of list) if (!articleById.has(statement.articleId)) uncited.add(statement.articleId);
    const more = uncited.size > 0 ? await findArticleRefs(db, [...uncited], timeout) : [];
    for (const article of more) articleById.set(article.id, article);
    relations = relationsWithEvidence(graph, withArticles(statements, articleById));
    articles = more.length > 0 ? [...citedArticles, ...more].sort(byArticleDate) : citedArticles;
  }

  return ok({
    graph: { ...graph, attributes: { ...graph.attributes, generatedAt } },
    relations,
    articles,
    parties,
    view: job.view,
    meta: { title: job.title ?? defaultTitle(scope), generatedAt, scope, evidence, notes },
  });
}

/** An entity of the graph read as a reference (its id alone when the graph does not hold it). */
function entityRef(id: string, node: GraphPayload["nodes"][number] | undefined): EntityRef {
  return { id, name: node?.attributes?.label ?? id, entityType: node?.attributes?.entityType ?? "Organization" };
}

function tooLarge(relations: number, maxRelations: number): ExportFailure {
  return {
    kind: "too-large",
    message: `This export would hold ${relations} relations, more than the ${maxRelations} one export may hold. Narrow it: filter by relation type, status or dates, export an ego network, or a selection.`,
  };
}

/** The statements of a graph already read, and the articles its relations cite. */
async function readEvidence(db: GraphDb, graph: GraphPayload, completeEvidenceRelations: number): Promise<EvidenceRead> {
  const policy = evidencePolicy(graph, completeEvidenceRelations);
  // The articles are read while the statements are (two queries, two cores).
  const [statements, citedArticles] = await Promise.all([findStatements(db, graph, policy), findArticleRefs(db, citedBy(graph), EXPORT_LIMITS.readTimeoutMs)]);
  return { policy, statements, citedArticles };
}

function citedBy(graph: GraphPayload): string[] {
  return [...new Set(graph.edges.flatMap((e) => e.attributes?.articleIds ?? []))];
}

export function evidencePolicy(graph: GraphPayload, completeEvidenceRelations: number = EXPORT_LIMITS.completeEvidenceRelations): EvidencePolicy {
  const statements = graph.edges.reduce((sum, e) => sum + (e.attributes?.evidenceCount ?? 0), 0);
  return evidencePolicyFor(graph.edges.length, statements, completeEvidenceRelations);
}

function evidencePolicyFor(relations: number, statements: number, completeEvidenceRelations: number): EvidencePolicy {
  const { completeEvidenceStatements, cappedPerRelation } = EXPORT_LIMITS;
  if (relations <= completeEvidenceRelations && statements <= completeEvidenceStatements) return { kind: "complete" };
  const reason =
    relations > completeEvidenceRelations
      ? `the export has ${relations} relations, more than the ${completeEvidenceRelations} for which all evidence is exported`
      : `the relations have ${statements} evidence statements, more than the ${completeEvidenceStatements} exported in full`;
  return { kind: "capped", perRelation: cappedPerRelation, reason };
}

/** Each relation's statements that the policy exports, read a few batches at a time, by relation id. */
async function findStatements(db: GraphDb, graph: GraphPayload, policy: EvidencePolicy): Promise<Map<string, Statement[]>> {
  const found = new Map<string, Statement[]>();
  if (policy.kind === "none" || graph.edges.length === 0) return found;
  const batches: GraphPayload["edges"][] = [];
  for (let i = 0; i < graph.edges.length; i += EXPORT_LIMITS.evidenceBatch) batches.push(graph.edges.slice(i, i + EXPORT_LIMITS.evidenceBatch));
  const readBatch = async (batch: GraphPayload["edges"]) => {
    const limit =
      policy.kind === "complete" ? Math.max(1, ...batch.map((e) => e.attributes?.evidenceCount ?? 0)) : policy.perRelation;
    const ids = batch.map((e) => String(e.key));
    const statements = await readTx(db, (tx) => findLatestStatements(tx, ids, limit), EXPORT_LIMITS.readTimeoutMs);
    for (const [id, list] of statements) found.set(id, list);
  };
  // A few batches in flight: Neo4j runs each query on one thread, and this process reads one batch's
  // records while the database works on the next.
  let next = 0;
  const worker = async () => {
    while (next < batches.length) await readBatch(batches[next++] as GraphPayload["edges"]);
  };
  await Promise.all(Array.from({ length: Math.min(EXPORT_LIMITS.evidenceConcurrency, batches.length) }, worker));
  return found;
}

/**
 * Each relation of the graph with its evidence. The relations' own attributes come from the graph
 * already read; who alleges and denies is named from the bundle's `parties`, so `allegers` /
 * `deniers` stay empty.
 */
function relationsWithEvidence(graph: GraphPayload, evidence: ReadonlyMap<string, EvidenceView[]>): RelationDetails[] {
  const nodes = new Map(graph.nodes.map((n) => [n.key, n]));
  const refOf = (id: string): EntityRef => entityRef(id, nodes.get(id));
  return graph.edges.flatMap((edge) =>
    edge.attributes
      ? [{ ...edge.attributes, source: refOf(edge.source), target: refOf(edge.target), allegers: [], deniers: [], evidence: evidence.get(String(edge.key)) ?? [] }]
      : [],
  );
}

async function findScoped(
  db: GraphDb,
  request: ExportRequest,
  cypherLimits: CypherLimits,
  maxRelations: number,
  /** Null when the format carries no evidence. */
  evidence: { completeEvidenceRelations: number } | null,
): Promise<Result<Scoped, ExportFailure>> {
  const exportDb: GraphDb = { ...db, readTimeoutMs: Math.max(db.readTimeoutMs, EXPORT_LIMITS.readTimeoutMs) };
  const read = async (filter: GraphFilter): Promise<{ scan: GraphScan; evidence?: EvidenceRead }> =>
    evidence
      ? readGraphWithEvidence(exportDb, filter, maxRelations, evidence.completeEvidenceRelations)
      : { scan: await scanGraph(exportDb, filter, maxRelations) };
  switch (request.kind) {
    case "graph": {
      const { scan, evidence } = await read({ ...DEFAULT_GRAPH_FILTER, ...request.filter, around: null, depth: 1 });
      if (scan.kind === "too-large") return err(tooLarge(scan.totalRelations, maxRelations));
      if (scan.kind !== "graph") throw new Error("scanGraph found no centre for a graph without one");
      return ok({ graph: scan.graph, scope: { kind: "graph", filter: request.filter }, notes: [], ...(evidence ? { evidence } : {}) });
    }
    case "ego": {
      const { scan, evidence } = await read({ ...DEFAULT_GRAPH_FILTER, ...request.filter, around: request.around, depth: request.depth });
      if (scan.kind === "too-large") return err(tooLarge(scan.totalRelations, maxRelations));
      if (scan.kind === "missing-centre") return err({ kind: "not-found", message: `Entity "${request.around}" was not found.` });
      const graph = scan.graph;
      const centre = graph.nodes.find((n) => n.key === request.around);
      return ok({
        graph,
        scope: { kind: "ego", filter: request.filter, centre: entityRef(request.around, centre), depth: request.depth },
        notes: [],
        ...(evidence ? { evidence } : {}),
      });
    }
    case "selection": {
      const found = await findIdSubgraph(exportDb, { entities: request.entities, relations: request.relations, induced: request.filter }, EXPORT_LIMITS.readTimeoutMs);
      if (found.graph.nodes.length === 0) return err({ kind: "not-found", message: "None of the selected entities or relations exist (any more)." });
      const notes = [
        ...(found.missingEntities.length > 0 ? [`${found.missingEntities.length} selected entities were not found: ${preview(found.missingEntities)}.`] : []),
        ...(found.missingRelations.length > 0 ? [`${found.missingRelations.length} selected relations were not found: ${preview(found.missingRelations)}.`] : []),
      ];
      return ok({ graph: found.graph, scope: { kind: "selection", filter: request.filter, entities: request.entities, relations: request.relations }, notes });
    }
    case "cypher":
      return fromCypher(exportDb, request.query, request.params, cypherLimits);
    default: {
      const unreachable: never = request;
      throw new Error(`unknown export request ${JSON.stringify(unreachable)}`);
    }
  }
}

/**
 * A filtered graph or ego network with its evidence. The statements are read by the graph's own
 * MATCH, in a second transaction that runs while the graph is read, and the cited articles as soon as
 * the graph is in. On the 10,000-article corpus (38,659 relations) the reads took a median 2.3 s
 * this way against 2.7 s one after the other (6 runs each, alternated).
 * The policy (all statements, or the latest few per relation) comes from a count of the same scope.
 */
async function readGraphWithEvidence(
  db: GraphDb,
  filter: GraphFilter,
  maxRelations: number,
  completeEvidenceRelations: number,
): Promise<{ scan: GraphScan; evidence?: EvidenceRead }> {
  const scope = await resolveGraphScope(db, filter);
  if (!scope) return { scan: { kind: "missing-centre" } };
  const size = await countGraphScope(db, scope);
  if (size.relations > maxRelations) return { scan: { kind: "too-large", totalRelations: size.relations } };
  const policy = evidencePolicyFor(size.relations, size.statements, completeEvidenceRelations);
  const limit = policy.kind === "capped" ? policy.perRelation : Math.max(1, size.mostPerRelation);
  const timeout = EXPORT_LIMITS.readTimeoutMs;
  const scanning = scanGraphScope(db, scope, null);
  const citing = scanning.then((scan) => (scan.kind === "graph" ? findArticleRefs(db, citedBy(scan.graph), timeout) : []));
  const [scan, statements, citedArticles] = await Promise.all([scanning, readTx(db, (tx) => findScopedLatestStatements(tx, scope, limit), timeout), citing]);
  return { scan, evidence: { policy, statements, citedArticles } };
}

/**
 * A Cypher export runs the user's query through the console's runner (text guard, EXPLAIN plan guard,
 * READ transaction, timeout, row and size caps) and exports the `:Entity` nodes and relation-typed
 * relationships it returned, re-read by id with our own queries. Articles, evidence and other
 * elements of the result are left out of the graph (the notes say how many).
 */
async function fromCypher(db: GraphDb, query: string, params: Record<string, unknown>, limits: CypherLimits): Promise<Result<Scoped, ExportFailure>> {
  const outcome = await runConsoleQuery(db, query, params, limits);
  if (!outcome.ok) return outcome;
  const result = outcome.value;
  const entityKeys = result.graph.nodes.filter((n) => n.attributes?.labels.includes("Entity")).map((n) => n.key);
  const entitySet = new Set(entityKeys);
  const relationKeys = result.graph.edges
    .filter((e) => entitySet.has(e.source) && entitySet.has(e.target) && e.attributes !== undefined && isRelationType(e.attributes.relationType))
    .map((e) => String(e.key));
  if (entityKeys.length === 0) {
    return err({
      kind: "empty-result",
      message: "The query returned no entities or relations to export. Return nodes, relationships or paths, e.g. MATCH p = (:Entity)-[]->(:Entity) RETURN p.",
    });
  }
  const found = await findIdSubgraph(db, { entities: entityKeys, relations: relationKeys, induced: null }, EXPORT_LIMITS.readTimeoutMs);
  const notes: string[] = [];
  const otherNodes = result.graph.nodes.length - entityKeys.length;
  const otherEdges = result.graph.edges.length - relationKeys.length;
  if (otherNodes > 0) notes.push(`${otherNodes} nodes of the query result that are not entities (articles, evidence, ...) are not part of the exported graph.`);
  if (otherEdges > 0) notes.push(`${otherEdges} relationships of the query result that are not relations between entities are not part of the exported graph.`);
  if (result.summary.truncated) notes.push(`The query result was cut at the console's ${result.summary.truncatedReason === "row-cap" ? "row" : "size"} limit (${result.summary.rows} rows): the export may be incomplete.`);
  return ok({ graph: found.graph, scope: { kind: "cypher", query }, notes });
}

function preview(ids: string[]): string {
  return ids.length > 5 ? `${ids.slice(0, 5).join(", ")} and ${ids.length - 5} more` : ids.join(", ");
}

function defaultTitle(scope: ExportScope): string {
  const text = scope.kind === "cypher" ? "Cypher query result" : describeScope(scope);
  return `newsgraph: ${text.length > 150 ? `${text.slice(0, 149)}…` : text}`;
}
