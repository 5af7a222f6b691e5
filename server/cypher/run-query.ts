/**
 * Runs a console query through every layer: text check, EXPLAIN classification, then a READ-mode
 * transaction with a timeout, a row cap and a response-size cap. Returns a typed refusal or the result.
 */
import neo4j, { isRelationship, Neo4jError, type Node } from "neo4j-driver";

import { err, ok, type CypherResponse, type JsonValue, type Result } from "../../graph-schema/index.js";
import type { GraphDb } from "../db/graph-db.js";
import { checkPlan, type PlanNode } from "./plan-guard.js";
import { checkQueryText } from "./text-guard.js";
import { collectElements, createElements, missingEndpoints, nodeKey, shownRelationshipProperties, toGraph, toJsonValue } from "./to-result.js";

export interface CypherLimits {
  timeoutMs: number;
  maxRows: number;
  /** Approximate bytes of row data before the result is cut. */
  maxResponseBytes: number;
}

export const DEFAULT_CYPHER_LIMITS: CypherLimits = { timeoutMs: 5_000, maxRows: 5_000, maxResponseBytes: 8 * 1024 * 1024 };

export type CypherRefusal =
  | { kind: "refused"; rule: string; message: string }
  | { kind: "syntax-error"; message: string; position: { line: number; column: number; offset: number } | null }
  | { kind: "timeout"; message: string }
  | { kind: "too-much-memory"; message: string }
  | { kind: "query-failed"; message: string };

/**
 * Query texts whose EXPLAIN passed the plan guard, per driver: the verdict depends on the text alone
 * (query type, operators, procedures), and skipping the EXPLAIN round trip halves the transactions of a
 * repeated query. Refusals are not kept: they are rare and cheap to recompute.
 */
const MAX_ALLOWED_TEXTS = 1_000;
const allowedTexts = new WeakMap<GraphDb["driver"], Set<string>>();

function rememberAllowed(db: GraphDb, query: string): void {
  const texts = allowedTexts.get(db.driver) ?? new Set<string>();
  allowedTexts.set(db.driver, texts);
  texts.delete(query);
  texts.add(query);
  // Least recently allowed first out.
  for (const oldest of texts) {
    if (texts.size <= MAX_ALLOWED_TEXTS) break;
    texts.delete(oldest);
  }
}

export async function runConsoleQuery(
  db: GraphDb,
  query: string,
  params: Record<string, unknown>,
  limits: CypherLimits = DEFAULT_CYPHER_LIMITS,
): Promise<Result<CypherResponse, CypherRefusal>> {
  const textRefusal = checkQueryText(query);
  if (textRefusal) return err({ kind: "refused", rule: `text:${textRefusal.kind}`, message: textRefusal.message });

  const started = Date.now();
  const session = db.driver.session({ database: db.database, defaultAccessMode: neo4j.session.READ });
  try {
    if (!allowedTexts.get(db.driver)?.has(query)) {
      const explained = await session.executeRead((tx) => tx.run(`EXPLAIN ${query}`, params), { timeout: limits.timeoutMs });
      const planRefusal = checkPlan(explained.summary.queryType, explained.summary.plan ? (explained.summary.plan as PlanNode) : null);
      if (planRefusal) return err({ kind: "refused", rule: `plan:${planRefusal.kind}`, message: planRefusal.message });
      rememberAllowed(db, query);
    }

    return ok(
      await session.executeRead(
        async (tx) => {
          const elements = createElements();
          const records: Record<string, unknown>[] = [];
          let columns: string[] = [];
          let bytes = 0;
          let truncatedReason: CypherResponse["summary"]["truncatedReason"] = null;
          const result = tx.run(query, params);
          for await (const record of result) {
            if (columns.length === 0) columns = [...record.keys].map(String);
            if (records.length >= limits.maxRows) {
              truncatedReason = "row-cap";
              break;
            }
            const row = record.toObject();
            bytes += approximateSize(row);
            if (bytes > limits.maxResponseBytes) {
              truncatedReason = "size-cap";
              break;
            }
            collectElements(row, elements);
            records.push(row);
          }
          if (columns.length === 0) columns = ((await result.keys()) as string[]).map(String);
          const missing = missingEndpoints(elements);
          if (missing.length > 0) {
            const endpoints = await tx.run("MATCH (n) WHERE elementId(n) IN $ids RETURN n", { ids: missing });
            for (const r of endpoints.records) {
              const n = r.get("n") as Node;
              elements.nodes.set(n.elementId, n);
            }
          }
          const keyOf = new Map([...elements.nodes.values()].map((n) => [n.elementId, nodeKey(n)]));
          const rows = records.map((row) => {
            const out: Record<string, JsonValue> = {};
            for (const column of columns) out[column] = toJsonValue(row[column], keyOf);
            return out;
          });
          return {
            columns,
            rows,
            graph: toGraph(elements),
            summary: { timeMs: Date.now() - started, rows: rows.length, truncated: truncatedReason !== null, truncatedReason },
          };
        },
        { timeout: limits.timeoutMs },
      ),
    );
  } catch (cause) {
    return err(toRefusal(cause, limits));
  } finally {
    await session.close();
  }
}

function toRefusal(cause: unknown, limits: CypherLimits): CypherRefusal {
  if (!(cause instanceof Neo4jError)) throw cause;
  const code = cause.code;
  if (code === "Neo.ClientError.Statement.SyntaxError") {
    return { kind: "syntax-error", message: cause.message.split("\n")[0] ?? cause.message, position: syntaxPosition(cause.message) };
  }
  if (code.startsWith("Neo.ClientError.Transaction.TransactionTimedOut") || code === "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration") {
    return { kind: "timeout", message: `The query ran longer than ${limits.timeoutMs / 1000} s and was stopped.` };
  }
  if (code === "Neo.TransientError.General.MemoryPoolOutOfMemoryError" || code === "Neo.ClientError.General.TransactionOutOfMemoryError") {
    return { kind: "too-much-memory", message: "The query needed more memory than one console query may use, and was stopped." };
  }
  if (code === "Neo.ClientError.Statement.AccessMode" || code.startsWith("Neo.ClientError.Security")) {
    return { kind: "refused", rule: "access-mode", message: "The console runs in a read-only transaction; this query tried to write." };
  }
  if (code.startsWith("Neo.ClientError.Statement") || code.startsWith("Neo.ClientError.Procedure") || code === "Neo.ClientError.Schema.IndexNotFound") {
    return { kind: "query-failed", message: cause.message.split("\n")[0] ?? cause.message };
  }
  throw cause;
}

const EXPLAIN_PREFIX = "EXPLAIN ".length;

/**
 * Neo4j's syntax messages end in "(line 1, column 8 (offset: 7))". Syntax errors surface while
 * classifying, where we prefixed "EXPLAIN "; positions are given back against the user's own text.
 */
export function syntaxPosition(message: string): { line: number; column: number; offset: number } | null {
  const m = /line (\d+), column (\d+) \(offset: (\d+)\)/.exec(message);
  if (!m) return null;
  const line = Number(m[1]);
  const column = line === 1 ? Math.max(1, Number(m[2]) - EXPLAIN_PREFIX) : Number(m[2]);
  return { line, column, offset: Math.max(0, Number(m[3]) - EXPLAIN_PREFIX) };
}

function approximateSize(row: Record<string, unknown>): number {
  let size = 0;
  const stack: unknown[] = [row];
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v === "string") size += v.length + 2;
    else if (Array.isArray(v)) stack.push(...v);
    else if (isRelationship(v)) {
      const { properties, ...rest } = v;
      stack.push(...Object.values(rest), shownRelationshipProperties(properties));
    }
    else if (v && typeof v === "object") stack.push(...Object.values(v as object));
    else size += 8;
  }
  return size;
}
