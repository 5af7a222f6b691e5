/**
 * Cypher literals for parameter-free scripts. Every string value goes through `cypherString`, the one
 * escaping function: single quotes, backslash escapes for \ ' " and line/control characters, and
 * lone surrogates (not encodable in UTF-8) replaced by U+FFFD. Escaping the backslash first means a
 * text like `\u0027` stays text and cannot become a quote. Names (labels, relationship types,
 * property keys) go through `cypherName`, which backtick-quotes them.
 */

const STRING_ESCAPES: Readonly<Record<string, string>> = {
  "\\": "\\\\",
  "'": "\\'",
  '"': '\\"',
  "\n": "\\n",
  "\r": "\\r",
  "\t": "\\t",
  "\b": "\\b",
  "\f": "\\f",
};

// Backslash, quotes, C0/C1 controls, DEL, line/paragraph separators, lone surrogates.
const NEEDS_ESCAPE = /[\\'"\u0000-\u001f\u007f-\u009f\u2028\u2029]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function cypherString(value: string): string {
  return `'${value.replace(NEEDS_ESCAPE, (c) => {
    const named = STRING_ESCAPES[c];
    if (named) return named;
    const code = c.charCodeAt(0);
    if (code >= 0xd800 && code <= 0xdfff) return "\\uFFFD";
    return `\\u${code.toString(16).toUpperCase().padStart(4, "0")}`;
  })}'`;
}

/** A backtick-quoted name (label, relationship type, property key); backticks are doubled. */
export function cypherName(name: string): string {
  if (name.length === 0) throw new Error("cypherName: empty name.");
  return `\`${name.replace(/`/g, "``")}\``;
}

/** A Cypher value: strings, booleans, null, tagged numbers (so 1.0 stays a float), lists and maps. */
export type CypherValue =
  | null
  | boolean
  | string
  | { readonly int: number }
  | { readonly float: number }
  | readonly CypherValue[]
  | { readonly map: Readonly<Record<string, CypherValue>> };

export const int = (value: number): CypherValue => ({ int: value });
export const float = (value: number): CypherValue => ({ float: value });
export const map = (entries: Readonly<Record<string, CypherValue>>): CypherValue => ({ map: entries });

export function cypherInt(value: number): string {
  if (!Number.isSafeInteger(value)) throw new Error(`cypherInt: ${value} is not a safe integer.`);
  return String(value);
}

export function cypherFloat(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`cypherFloat: ${value} is not finite.`);
  const text = String(value);
  // "1" would be an integer; "1e+21" is not Cypher syntax.
  if (/e/i.test(text)) return value.toExponential().replace("e+", "e");
  return text.includes(".") ? text : `${text}.0`;
}

function isList(value: CypherValue): value is readonly CypherValue[] {
  return Array.isArray(value);
}

export function cypherLiteral(value: CypherValue): string {
  if (value === null) return "null";
  if (typeof value === "boolean") return value ? "true" : "false";
  if (typeof value === "string") return cypherString(value);
  if (isList(value)) return `[${value.map(cypherLiteral).join(", ")}]`;
  if ("int" in value) return cypherInt(value.int);
  if ("float" in value) return cypherFloat(value.float);
  return cypherMap(value.map);
}

const PLAIN_KEY = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** A map key: plain when it is an identifier (Cypher allows reserved words as keys), else backtick-quoted. */
export function cypherKey(key: string): string {
  return PLAIN_KEY.test(key) ? key : cypherName(key);
}

export function cypherMap(entries: Readonly<Record<string, CypherValue>>): string {
  return `{${Object.entries(entries)
    .map(([key, v]) => `${cypherKey(key)}: ${cypherLiteral(v)}`)
    .join(", ")}}`;
}

/** Text for a `//` comment: every control and line/paragraph separator becomes a space, so a comment stays one line. */
export function cypherComment(text: string): string {
  return `// ${text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, " ")}`;
}
