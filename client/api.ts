/**
 * Typed access to the newsgraph HTTP API. Every call returns a Result: network failures, HTTP errors
 * (with the server's ApiErrorBody kind) and malformed bodies are values the UI can show, never throws.
 */
import type { z } from "zod";

import {
  err,
  ok,
  type ArticleView,
  type EntityDetails,
  type GraphPayload,
  type GraphQuery,
  type HealthBody,
  type PathBody,
  type RelationDetails,
  type Result,
  type SearchBody,
} from "../graph-schema/index.js";
import {
  articleViewSchema,
  entityDetailsSchema,
  healthBodySchema,
  parseGraphPayload,
  parsePathBody,
  relationDetailsSchema,
  searchBodySchema,
} from "./api-schemas.js";

export type ApiError =
  | { kind: "network"; message: string }
  | { kind: "http"; status: number; errorKind: string | null; message: string }
  | { kind: "invalid-response"; message: string }
  | { kind: "aborted"; message: string };

type Parser<T> = (value: unknown) => { ok: true; value: T } | { ok: false; error: string };

const fromZod =
  <T>(schema: z.ZodType<T>): Parser<T> =>
  (value) => {
    const parsed = schema.safeParse(value);
    return parsed.success ? { ok: true, value: parsed.data } : { ok: false, error: parsed.error.message };
  };

function describeHttpError(status: number, body: unknown): { errorKind: string | null; message: string } {
  if (typeof body === "object" && body !== null && "error" in body) {
    const error = (body as { error: unknown }).error;
    if (typeof error === "object" && error !== null) {
      const { kind, message } = error as { kind?: unknown; message?: unknown };
      return {
        errorKind: typeof kind === "string" ? kind : null,
        message: typeof message === "string" ? message : `HTTP ${status}`,
      };
    }
  }
  return { errorKind: null, message: `HTTP ${status}` };
}

async function getJson<T>(path: string, parse: Parser<T>, signal?: AbortSignal): Promise<Result<T, ApiError>> {
  let response: Response;
  try {
    response = await fetch(path, { headers: { accept: "application/json" }, ...(signal ? { signal } : {}) });
  } catch (error) {
    if (signal?.aborted) return err({ kind: "aborted", message: "request cancelled" });
    return err({ kind: "network", message: error instanceof Error ? error.message : String(error) });
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    if (signal?.aborted) return err({ kind: "aborted", message: "request cancelled" });
    body = null;
    if (response.ok) return err({ kind: "invalid-response", message: `${path}: the body is not JSON` });
  }
  if (!response.ok) return err({ kind: "http", status: response.status, ...describeHttpError(response.status, body) });
  const parsed = parse(body);
  return parsed.ok ? ok(parsed.value) : err({ kind: "invalid-response", message: `${path}: ${parsed.error}` });
}

const enc = encodeURIComponent;

export function graphQueryString(query: GraphQuery): string {
  const params = new URLSearchParams();
  if (query.types?.length) params.set("types", query.types.join(","));
  if (query.status?.length) params.set("status", query.status.join(","));
  if (query.clock) params.set("clock", query.clock);
  if (query.from) params.set("from", query.from);
  if (query.to) params.set("to", query.to);
  if (query.around) params.set("around", query.around);
  if (query.depth !== undefined) params.set("depth", String(query.depth));
  const text = params.toString();
  return text ? `?${text}` : "";
}

export interface Api {
  health(): Promise<Result<HealthBody, ApiError>>;
  graph(query?: GraphQuery, signal?: AbortSignal): Promise<Result<GraphPayload, ApiError>>;
  search(q: string, limit: number, signal?: AbortSignal): Promise<Result<SearchBody, ApiError>>;
  entity(id: string): Promise<Result<EntityDetails, ApiError>>;
  relation(id: string): Promise<Result<RelationDetails, ApiError>>;
  article(id: string): Promise<Result<ArticleView, ApiError>>;
  paths(from: string, to: string, maxDepth: number): Promise<Result<PathBody, ApiError>>;
}

export function createApi(base = "api"): Api {
  return {
    health: () => getJson(`${base}/health`, fromZod(healthBodySchema)),
    graph: (query = {}, signal) => getJson(`${base}/graph${graphQueryString(query)}`, parseGraphPayload, signal),
    search: (q, limit, signal) =>
      getJson(`${base}/search?q=${enc(q)}&limit=${limit}`, fromZod(searchBodySchema), signal),
    entity: (id) => getJson(`${base}/entities/${enc(id)}`, fromZod(entityDetailsSchema)),
    relation: (id) => getJson(`${base}/relations/${enc(id)}`, fromZod(relationDetailsSchema)),
    article: (id) => getJson(`${base}/articles/${enc(id)}`, fromZod(articleViewSchema)),
    paths: (from, to, maxDepth) =>
      getJson(`${base}/paths?from=${enc(from)}&to=${enc(to)}&maxDepth=${maxDepth}`, parsePathBody),
  };
}

/** One line for the user, naming the likely fix. */
export function describeApiError(error: ApiError): string {
  switch (error.kind) {
    case "network":
      return "Cannot reach the newsgraph API. Is the server running? Start it with `npm start`, then retry.";
    case "http":
      if (error.errorKind === "neo4j-unavailable" || error.status === 503) {
        return `The database is unavailable (${error.message}). Check that Neo4j started, then retry.`;
      }
      if (error.status === 404) return `Not found: ${error.message}`;
      return `The API answered ${error.status}: ${error.message}`;
    case "invalid-response":
      return `The API sent an unexpected response (${error.message}). Are client and server the same version?`;
    case "aborted":
      return "Request cancelled.";
    default: {
      const never: never = error;
      return String(never);
    }
  }
}
