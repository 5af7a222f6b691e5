/**
 * When a console answer may come from the read cache: a query is a pure function of the graph unless
 * it asks for the clock or randomness, so the same text with the same parameters under the same
 * graph token gives the same rows. Analysts and dashboards rerun the same queries; each run costs
 * Neo4j a read transaction, a cache hit costs none.
 */
import { cypherRequestSchema } from "./params.js";

/** Functions whose value changes between runs: a query that calls one is always run. */
const VOLATILE_CALL = /\b(?:rand|randomUUID|timestamp|datetime|localdatetime|date|time|localtime)\s*\(/i;

/** The cache key of a console request body, or null when it must run (invalid, or not repeatable). */
export function cypherCacheKey(body: unknown): string | null {
  const parsed = cypherRequestSchema.safeParse(body);
  if (!parsed.success || VOLATILE_CALL.test(parsed.data.query)) return null;
  return `cypher\u0000${JSON.stringify({ query: parsed.data.query, params: parsed.data.params })}`;
}
