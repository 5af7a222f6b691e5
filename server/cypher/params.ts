/**
 * Console query parameters: any JSON object. Whole numbers become Neo4j integers (so `LIMIT $n`
 * works); everything else passes as is. Anything that is not a JSON object is refused by the schema.
 */
import neo4j from "neo4j-driver";
import { z } from "zod";

import type { JsonValue } from "../../graph-schema/index.js";

const jsonValue: z.ZodType<JsonValue> = z.lazy(() =>
  z.union([z.null(), z.boolean(), z.number(), z.string(), z.array(jsonValue), z.record(z.string(), jsonValue)]),
);

/** Longest query text accepted (characters); the body limit stops anything far larger first. */
export const MAX_QUERY_LENGTH = 100_000;

export const cypherRequestSchema = z
  .object({
    query: z.string().trim().min(1, "query must not be empty").max(MAX_QUERY_LENGTH, `query must be at most ${MAX_QUERY_LENGTH} characters`),
    params: z.record(z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, "parameter names are identifiers"), jsonValue).default({}),
  })
  .strict();

export function toCypherParams(params: Record<string, JsonValue>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, toCypherValue(v)]));
}

function toCypherValue(value: JsonValue): unknown {
  if (typeof value === "number" && Number.isSafeInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(toCypherValue);
  if (value !== null && typeof value === "object") return toCypherParams(value);
  return value;
}
