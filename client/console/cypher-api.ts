/**
 * POST /api/cypher as a typed Result: the response is checked with zod (typed against graph-schema's
 * CypherResponse), and the console's refusals keep what the UI needs to explain them (the rule that
 * refused a query, the position of a syntax error). Network and HTTP failures reuse api.ts's ApiError.
 */
import { z } from "zod";

import { err, isEntityType, ok, type CypherResponse, type JsonValue, type Result } from "../../graph-schema/index.js";
import { describeApiError, type ApiError } from "../api.js";
import type { CypherParams } from "./params.js";

const jsonValue: z.ZodType<JsonValue> = z.lazy(() =>
  z.union([z.null(), z.boolean(), z.number(), z.string(), z.array(jsonValue), z.record(z.string(), jsonValue)]),
);
const properties = z.record(z.string(), jsonValue);

const cypherGraph = z.object({
  attributes: z.record(z.string(), z.unknown()).catch({}),
  options: z.object({ type: z.enum(["mixed", "directed", "undirected"]), multi: z.boolean(), allowSelfLoops: z.boolean() }).catch({ type: "directed", multi: true, allowSelfLoops: true }),
  nodes: z.array(
    z.object({
      key: z.string(),
      attributes: z.object({
        label: z.string(),
        labels: z.array(z.string()),
        // A newer server may know more entity types than this client: those nodes are drawn neutral.
        entityType: z.string().nullable().transform((value) => (isEntityType(value) ? value : null)),
        properties,
      }),
    }),
  ),
  edges: z.array(
    z.object({
      key: z.string().optional(),
      source: z.string(),
      target: z.string(),
      attributes: z.object({ relationType: z.string(), properties }),
      undirected: z.boolean().optional(),
    }),
  ),
});

export const cypherResponseSchema: z.ZodType<CypherResponse> = z.object({
  columns: z.array(z.string()),
  rows: z.array(z.record(z.string(), jsonValue)),
  graph: cypherGraph,
  summary: z.object({
    timeMs: z.number(),
    rows: z.number(),
    truncated: z.boolean(),
    truncatedReason: z.enum(["row-cap", "size-cap"]).nullable().catch(null),
  }),
});

export type CypherResult = CypherResponse;

export interface SyntaxPosition {
  line: number;
  column: number;
  offset: number;
}

export type CypherError =
  | { kind: "refused"; rule: string; message: string }
  | { kind: "syntax-error"; message: string; position: SyntaxPosition | null }
  | { kind: "timeout"; message: string }
  | { kind: "too-much-memory"; message: string }
  | { kind: "query-failed"; message: string }
  | { kind: "rate-limited"; message: string }
  | { kind: "api"; error: ApiError };

const errorBody = z.object({
  error: z.object({
    kind: z.string(),
    message: z.string(),
    details: z
      .object({
        rule: z.string().optional(),
        position: z.object({ line: z.number(), column: z.number(), offset: z.number() }).nullable().optional(),
      })
      .passthrough()
      .optional(),
  }),
});

/** Neo4j's message repeats a position against the text the server ran; the panel shows ours instead. */
export function withoutPosition(message: string): string {
  return message.replace(/\s*\(line \d+, column \d+ \(offset: \d+\)\)\s*$/, "");
}

function toCypherError(status: number, body: unknown): CypherError {
  const parsed = errorBody.safeParse(body);
  if (!parsed.success) return { kind: "api", error: { kind: "http", status, errorKind: null, message: `HTTP ${status}` } };
  const { kind, message, details } = parsed.data.error;
  switch (kind) {
    case "refused":
      return { kind, rule: details?.rule ?? "unknown", message };
    case "syntax-error":
      return { kind, message: withoutPosition(message), position: details?.position ?? null };
    case "timeout":
    case "too-much-memory":
    case "query-failed":
    case "rate-limited":
      return { kind, message };
    default:
      return { kind: "api", error: { kind: "http", status, errorKind: kind, message } };
  }
}

export async function runCypher(query: string, params: CypherParams, signal?: AbortSignal, base = "api"): Promise<Result<CypherResult, CypherError>> {
  let response: Response;
  try {
    response = await fetch(`${base}/cypher`, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json" },
      body: JSON.stringify({ query, params }),
      ...(signal ? { signal } : {}),
    });
  } catch (error) {
    if (signal?.aborted) return err({ kind: "api", error: { kind: "aborted", message: "request cancelled" } });
    return err({ kind: "api", error: { kind: "network", message: error instanceof Error ? error.message : String(error) } });
  }
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    if (signal?.aborted) return err({ kind: "api", error: { kind: "aborted", message: "request cancelled" } });
    if (response.ok) return err({ kind: "api", error: { kind: "invalid-response", message: "/api/cypher: the body is not JSON" } });
  }
  if (!response.ok) return err(toCypherError(response.status, body));
  const parsed = cypherResponseSchema.safeParse(body);
  return parsed.success ? ok(parsed.data) : err({ kind: "api", error: { kind: "invalid-response", message: `/api/cypher: ${parsed.error.message}` } });
}

/** One line for the user (the panel adds the rule or the marker). */
export function describeCypherError(error: CypherError): string {
  switch (error.kind) {
    case "refused":
      return error.message;
    case "syntax-error":
      return error.message;
    case "timeout":
      return `${error.message} Narrow the pattern (labels, ids, LIMIT) and run it again.`;
    case "too-much-memory":
      return `${error.message} Aggregate less at once or add a LIMIT.`;
    case "query-failed":
      return error.message;
    case "rate-limited":
      return error.message;
    case "api":
      return describeApiError(error.error);
    default: {
      const never: never = error;
      return String(never);
    }
  }
}
