/**
 * What the Cypher editor should suggest at the cursor, from the text before it: a label after `(x:`,
 * a relationship type after `[r:` or `|` inside brackets, a property key after `x.` or inside `{`, a
 * parameter after `$`, otherwise keywords, functions and variables. A lexical guess, not a parser:
 * enough for suggestions (the server checks the query). Pure and DOM-free (unit-tested); the CodeMirror
 * completion source in `editor.ts` turns it into options.
 */

export type CompletionKind = "label" | "relationshipType" | "property" | "parameter" | "keyword";

export interface CompletionSite {
  kind: CompletionKind;
  /** Offset where the word being completed starts. */
  from: number;
  /** What has been typed of it so far. */
  prefix: string;
}

export interface GraphSchema {
  labels: string[];
  relationshipTypes: string[];
  propertyKeys: string[];
}

export const EMPTY_SCHEMA: GraphSchema = { labels: [], relationshipTypes: [], propertyKeys: [] };

export const CYPHER_KEYWORDS = [
  "MATCH", "OPTIONAL MATCH", "WHERE", "RETURN", "WITH", "UNWIND", "ORDER BY", "SKIP", "LIMIT", "DISTINCT", "AS", "AND", "OR",
  "XOR", "NOT", "IN", "IS NULL", "IS NOT NULL", "STARTS WITH", "ENDS WITH", "CONTAINS", "CASE", "WHEN", "THEN", "ELSE", "END",
  "CALL", "YIELD", "UNION", "UNION ALL", "EXISTS", "COUNT", "ASC", "DESC", "true", "false", "null",
] as const;

export const CYPHER_FUNCTIONS = [
  "count", "collect", "size", "length", "type", "labels", "keys", "properties", "id", "elementId", "nodes", "relationships",
  "startNode", "endNode", "shortestPath", "allShortestPaths", "coalesce", "head", "last", "tail", "range", "reverse", "toLower",
  "toUpper", "trim", "split", "substring", "left", "right", "replace", "toString", "toInteger", "toFloat", "date", "datetime",
  "duration", "min", "max", "sum", "avg", "any", "all", "none", "single", "exists", "isEmpty", "round", "abs",
] as const;

/** Procedures the console allows for schema discovery. */
export const CYPHER_PROCEDURES = ["db.labels()", "db.relationshipTypes()", "db.propertyKeys()"] as const;

/** Blanks comments and string literals (same length), so brackets and colons inside them do not count. */
export function blankLiterals(text: string): string {
  return text.replace(/\/\/[^\n]*|\/\*[\s\S]*?(\*\/|$)|'(?:[^'\\]|\\.)*('|$)|"(?:[^"\\]|\\.)*("|$)/g, (m) => m.replace(/[^\n]/g, " "));
}

/** Whether the end of `text` is inside a string, a comment or a backtick name (nothing to suggest there). */
export function insideLiteral(text: string): boolean {
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    const next = text[i + 1];
    if (c === "/" && next === "/") {
      const end = text.indexOf("\n", i);
      if (end < 0) return true;
      i = end + 1;
    } else if (c === "/" && next === "*") {
      const end = text.indexOf("*/", i + 2);
      if (end < 0) return true;
      i = end + 2;
    } else if (c === "'" || c === '"' || c === "`") {
      let j = i + 1;
      while (j < text.length && text[j] !== c) j += text[j] === "\\" && c !== "`" ? 2 : 1;
      if (j >= text.length) return true;
      i = j + 1;
    } else i += 1;
  }
  return false;
}

/** The innermost open bracket before the end of `text` ("(", "[" or "{"), or null. */
export function openBracket(text: string): "(" | "[" | "{" | null {
  const stack: string[] = [];
  for (const c of text) {
    if (c === "(" || c === "[" || c === "{") stack.push(c);
    else if (c === ")" || c === "]" || c === "}") stack.pop();
  }
  const top = stack[stack.length - 1];
  return top === "(" || top === "[" || top === "{" ? top : null;
}

export function completionSite(before: string): CompletionSite | null {
  if (insideLiteral(before)) return null;
  const blanked = blankLiterals(before);
  const word = /[A-Za-z_][A-Za-z0-9_]*$/.exec(blanked)?.[0] ?? "";
  const from = before.length - word.length;
  const lead = blanked.slice(0, from);
  const prev = lead.replace(/\s+$/, "");
  const last = prev[prev.length - 1];

  if (last === "$" && prev.length === lead.length) return { kind: "parameter", from, prefix: word };
  if (last === "." && prev.length === lead.length && /[A-Za-z0-9_`)\]]\.$/.test(prev)) return { kind: "property", from, prefix: word };
  if (last === ":" || last === "|") {
    const bracket = openBracket(prev);
    if (bracket === "[") return { kind: "relationshipType", from, prefix: word };
    if (bracket === "(" && last === ":") return { kind: "label", from, prefix: word };
    if (bracket === "(" && last === "|" && /:[^()]*$/.test(prev.slice(prev.lastIndexOf("(")))) return { kind: "label", from, prefix: word };
    // `WHERE n:Person`: a label predicate outside any pattern.
    if (bracket === null && last === ":" && /[A-Za-z0-9_`]:$/.test(prev)) return { kind: "label", from, prefix: word };
    // `{key: value}`: after the colon comes a value, not a name.
    if (bracket === "{" && last === ":") return word ? { kind: "keyword", from, prefix: word } : null;
  }
  if (openBracket(prev) === "{" && (last === "{" || last === ",")) return { kind: "property", from, prefix: word };
  if (word === "") return null;
  return { kind: "keyword", from, prefix: word };
}

/** Variables bound in the query so far (`(p:Person)`, `[r]`, `AS name`, `p = (...)`), for suggestions. */
export function boundVariables(text: string): string[] {
  const blanked = blankLiterals(text);
  const names = new Set<string>();
  for (const m of blanked.matchAll(/[([]\s*([A-Za-z_][A-Za-z0-9_]*)\s*[:)\]{]/g)) if (m[1]) names.add(m[1]);
  for (const m of blanked.matchAll(/\bAS\s+([A-Za-z_][A-Za-z0-9_]*)/gi)) if (m[1]) names.add(m[1]);
  for (const m of blanked.matchAll(/\b([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(?:shortestPath|allShortestPaths)?\s*\(/g)) if (m[1]) names.add(m[1]);
  for (const m of blanked.matchAll(/\bUNWIND\b[\s\S]*?\bAS\s+([A-Za-z_][A-Za-z0-9_]*)/gi)) if (m[1]) names.add(m[1]);
  return [...names];
}

/** Backticks a label or type that is not a plain identifier. */
export function quoteName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `\`${name.replace(/`/g, "``")}\``;
}
