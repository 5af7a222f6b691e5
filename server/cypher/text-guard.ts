/**
 * First layer of the read-only Cypher console: a lexical check on the query text, before Neo4j sees it.
 * Comments and string literals are blanked (so a keyword inside a string is harmless and a keyword
 * hidden behind a comment is still found), then clauses that read outside the graph or administer the
 * server are refused. The EXPLAIN plan check and the READ transaction stand behind it; none of the
 * three relies on the others.
 */

export type TextRefusalKind = "load-csv" | "in-transactions" | "admin-command" | "dbms-procedure" | "multiple-statements" | "periodic-commit";

export interface TextRefusal {
  kind: TextRefusalKind;
  message: string;
}

/** Replaces comments and string literals by spaces, keeping offsets; backtick names keep their text. */
export function blankCommentsAndStrings(query: string): string {
  let out = "";
  let i = 0;
  while (i < query.length) {
    const c = query[i]!;
    const next = query[i + 1];
    if (c === "/" && next === "/") {
      const end = query.indexOf("\n", i);
      const stop = end < 0 ? query.length : end;
      out += " ".repeat(stop - i);
      i = stop;
    } else if (c === "/" && next === "*") {
      const end = query.indexOf("*/", i + 2);
      const stop = end < 0 ? query.length : end + 2;
      out += query.slice(i, stop).replace(/[^\n]/g, " ");
      i = stop;
    } else if (c === "'" || c === '"') {
      let j = i + 1;
      while (j < query.length && query[j] !== c) j += query[j] === "\\" ? 2 : 1;
      const stop = Math.min(j + 1, query.length);
      out += c + " ".repeat(Math.max(0, stop - i - 2)) + (stop - i >= 2 ? c : "");
      i = stop;
    } else {
      out += c;
      i += 1;
    }
  }
  return out;
}

/** Backtick-quoted words are identifiers, never keywords: `LOAD` CSV is not LOAD CSV. Unquote for matching. */
function keywordsView(blanked: string): string {
  return blanked.replace(/`[^`]*`/g, (m) => "_".repeat(m.length)).toUpperCase();
}

const RULES: { kind: TextRefusalKind; pattern: RegExp; message: string }[] = [
  { kind: "load-csv", pattern: /\bLOAD\s+CSV\b/, message: "LOAD CSV reads files and URLs outside the graph; the console does not run it." },
  { kind: "periodic-commit", pattern: /\bPERIODIC\s+COMMIT\b/, message: "USING PERIODIC COMMIT is a write construct; the console is read-only." },
  { kind: "in-transactions", pattern: /\bIN\s+(\d+\s+)?(CONCURRENT\s+)?TRANSACTIONS\b/, message: "CALL { … } IN TRANSACTIONS commits in batches outside the console's single read transaction; it is refused." },
  { kind: "dbms-procedure", pattern: /\bDBMS\s*\.\s*\w/, message: "dbms.* procedures administer the server; the console does not call them." },
  {
    kind: "admin-command",
    pattern:
      /^\s*(SHOW|TERMINATE|GRANT|DENY|REVOKE|START|STOP|ALTER|RENAME|ENABLE|DRY\s+RUN)\b|\b(CREATE|DROP)\s+(OR\s+REPLACE\s+)?(DATABASE|COMPOSITE|ALIAS|USER|ROLE|INDEX|CONSTRAINT|RANGE|TEXT|POINT|LOOKUP|FULLTEXT|VECTOR|BTREE|SERVER)\b|^\s*USE\s+SYSTEM\b/,
    message: "Administration and schema commands (SHOW, CREATE/DROP INDEX or CONSTRAINT, users, databases, …) are not run by the console.",
  },
];

export function checkQueryText(query: string): TextRefusal | null {
  const blanked = blankCommentsAndStrings(query);
  const view = keywordsView(blanked);
  for (const rule of RULES) if (rule.pattern.test(view)) return { kind: rule.kind, message: rule.message };
  // A semicolon outside strings and comments separates statements (a trailing one is harmless).
  if (/;\s*\S/.test(blanked.replace(/`[^`]*`/g, ""))) {
    return { kind: "multiple-statements", message: "One statement per query: remove the ';' and run statements one at a time." };
  }
  return null;
}
