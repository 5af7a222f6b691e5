/**
 * Cypher highlighting for CodeMirror 6: a small stream tokenizer (our own, instead of the legacy
 * CodeMirror 5 mode, which colours `(:Label)` as a variable and knows no `$param` or block comment)
 * that tells labels from relationship types, properties, parameters, keywords and functions.
 * Token names are CodeMirror highlight tags, coloured by the default highlight style.
 * Chosen over @neo4j-cypher/codemirror for weight: see client/console/README.md.
 */
import { StreamLanguage, type StringStream } from "@codemirror/language";

import { CYPHER_FUNCTIONS } from "./completion.js";

const KEYWORDS = new Set(
  (
    "match optional where return with unwind order by skip limit distinct as and or xor not in is null starts ends contains " +
    "case when then else end call yield union all exists count asc ascending desc descending create merge delete detach set " +
    "remove foreach load csv from headers on use explain profile collect"
  ).split(" "),
);
const ATOMS = new Set(["true", "false", "null"]);
const FUNCTIONS = new Set(CYPHER_FUNCTIONS.map((name) => name.toLowerCase()));

interface CypherState {
  inComment: boolean;
  /** Open brackets, innermost last. */
  brackets: string[];
  /** What the next name is: a label or type (after ':' or '|' in a pattern), a property (after '.'). */
  expect: "label" | "type" | "property" | null;
}

function tokenName(stream: StringStream, state: CypherState): string {
  const word = stream.current();
  const expected = state.expect;
  state.expect = null;
  if (expected === "label") return "className";
  if (expected === "type") return "typeName";
  if (expected === "property") return "propertyName";
  const lower = word.toLowerCase();
  if (ATOMS.has(lower)) return "bool";
  // A map key: `{name: 'x'}`.
  if (state.brackets[state.brackets.length - 1] === "{" && stream.match(/^\s*:/, false)) return "propertyName";
  if (KEYWORDS.has(lower)) return "keyword";
  return "variableName";
}

export const cypherLanguage = StreamLanguage.define<CypherState>({
  name: "cypher",
  startState: () => ({ inComment: false, brackets: [], expect: null }),
  copyState: (state) => ({ inComment: state.inComment, brackets: [...state.brackets], expect: state.expect }),
  token(stream, state) {
    if (state.inComment) {
      if (stream.match(/^.*?\*\//)) state.inComment = false;
      else stream.skipToEnd();
      return "comment";
    }
    if (stream.eatSpace()) return null;
    if (stream.match("//")) {
      stream.skipToEnd();
      return "comment";
    }
    if (stream.match("/*")) {
      state.inComment = true;
      if (stream.match(/^.*?\*\//)) state.inComment = false;
      else stream.skipToEnd();
      return "comment";
    }
    const quote = stream.peek();
    if (quote === "'" || quote === '"') {
      stream.next();
      let escaped = false;
      for (let c = stream.next(); c !== undefined; c = stream.next()) {
        if (c === quote && !escaped) break;
        escaped = !escaped && c === "\\";
      }
      state.expect = null;
      return "string";
    }
    if (stream.match(/^`[^`]*`?/)) return tokenName(stream, state);
    if (stream.match(/^\$[A-Za-z_][A-Za-z0-9_]*/)) {
      state.expect = null;
      return "variableName.special";
    }
    if (stream.match(/^\d+(\.\d+)?([eE][-+]?\d+)?/)) return "number";
    if (state.expect === null && stream.match(/^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)+(?=\()/)) return "variableName.function";
    if (stream.match(/^[A-Za-z_][A-Za-z0-9_]*/)) {
      const lower = stream.current().toLowerCase();
      // `count(`, `size(`: a call; `MATCH(` stays a keyword.
      if (state.expect === null && stream.match("(", false) && (FUNCTIONS.has(lower) || !KEYWORDS.has(lower))) return "variableName.function";
      return tokenName(stream, state);
    }
    const c = stream.next() ?? "";
    const top = state.brackets[state.brackets.length - 1];
    if (c === "(" || c === "[" || c === "{") {
      state.brackets.push(c);
      state.expect = null;
      return "bracket";
    }
    if (c === ")" || c === "]" || c === "}") {
      state.brackets.pop();
      state.expect = null;
      return "bracket";
    }
    if (c === ":" && top !== "{") {
      state.expect = top === "[" ? "type" : "label";
      return "punctuation";
    }
    if (c === "|" && (top === "[" || top === "(")) {
      state.expect = top === "[" ? "type" : "label";
      return "punctuation";
    }
    if (c === "." && !stream.match(".", false)) {
      state.expect = "property";
      return "punctuation";
    }
    state.expect = null;
    return /[-+*/%=<>!^~&|]/.test(c) ? "operator" : "punctuation";
  },
  languageData: { commentTokens: { line: "//", block: { open: "/*", close: "*/" } }, closeBrackets: { brackets: ["(", "[", "{", "'", '"', "`"] } },
});
