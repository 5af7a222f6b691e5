/**
 * The console's sentences: the result summary ("12 rows · 34 ms · 8 nodes and 7 relationships"), the
 * truncation notice ("5,000 rows shown (cap)"), what "Replace view" / "Add to view" did, and each kind
 * of error with its title and what to do next. Pure (unit-tested).
 */
import type { ApplyReport } from "./apply-to-view.js";
import { describeCypherError, type CypherError, type CypherResult } from "./cypher-api.js";
import type { MappedGraph } from "./to-explorer-graph.js";

const n = (count: number) => count.toLocaleString("en-US");
const plural = (count: number, word: string, words = `${word}s`) => `${n(count)} ${count === 1 ? word : words}`;

export function describeRun(result: CypherResult, mapped: MappedGraph): { summary: string; notice: string | null } {
  const { summary } = result;
  const parts = [plural(summary.rows, "row"), `${n(Math.round(summary.timeMs))} ms`];
  const nodes = mapped.payload.nodes.length;
  const edges = mapped.payload.edges.length;
  parts.push(nodes > 0 ? `${plural(nodes, "node")} and ${plural(edges, "relationship")} to draw` : "nothing to draw (no nodes, relationships or paths returned)");
  let notice: string | null = null;
  if (summary.truncated) {
    notice =
      summary.truncatedReason === "size-cap"
        ? `${n(summary.rows)} rows shown (size cap): the result was larger than one console response may be. Add a LIMIT or return fewer columns.`
        : `${n(summary.rows)} rows shown (cap): the query returned more. Add a LIMIT, or aggregate, to see all of what you need.`;
  }
  if (mapped.stats.rejected > 0) {
    const rejected = `${plural(mapped.stats.rejected, "relation")} rejected by an analyst ${mapped.stats.rejected === 1 ? "is" : "are"} in the rows but not drawn.`;
    notice = notice ? `${notice} ${rejected}` : rejected;
  }
  return { summary: parts.join(" · "), notice };
}

export function describeApply(report: ApplyReport): string {
  const hidden = report.hiddenNodes > 0 ? ` ${plural(report.hiddenNodes, "node")} ${report.hiddenNodes === 1 ? "is" : "are"} hidden by the current filters.` : "";
  if (report.mode === "replace") {
    return `The graph now shows the query result: ${plural(report.nodes, "node")}, ${plural(report.edges, "edge")}. Filters and time window were reset.${hidden}`;
  }
  if (report.addedNodes === 0 && report.addedEdges === 0) return "Everything in the result is already in the graph.";
  return `Added ${plural(report.addedNodes, "node")} and ${plural(report.addedEdges, "edge")} to the graph.${hidden}`;
}

export interface ErrorView {
  title: string;
  message: string;
  hint: string | null;
}

export function errorView(error: CypherError): ErrorView {
  const message = describeCypherError(error);
  switch (error.kind) {
    case "refused":
      return {
        title: `Refused (rule: ${error.rule})`,
        message,
        hint: "The console only reads: no writes, schema or administration commands, file access or multiple statements.",
      };
    case "syntax-error":
      return {
        title: error.position ? `Syntax error at line ${error.position.line}, column ${error.position.column}` : "Syntax error",
        message,
        hint: error.position ? "The position is underlined in the editor." : null,
      };
    case "timeout":
      return { title: "Timed out", message, hint: null };
    case "too-much-memory":
      return { title: "Too much memory", message, hint: null };
    case "query-failed":
      return { title: "The query failed", message, hint: null };
    case "rate-limited":
      return { title: "Too many queries", message, hint: null };
    case "api":
      return { title: "The console could not run the query", message, hint: null };
    default: {
      const never: never = error;
      return { title: "Error", message: String(never), hint: null };
    }
  }
}
