/**
 * The console's parameter editor: JSON text -> the `params` object of POST /api/cypher. Checked here
 * with the server's own rules (a JSON object whose keys are identifiers), so the user sees the mistake
 * inline, with its line and column, before anything is sent.
 */
import { err, ok, type JsonValue, type Result } from "../../graph-schema/index.js";

export type CypherParams = Record<string, JsonValue>;

export interface ParamsError {
  message: string;
  /** 1-based, when the JSON parser tells where. */
  line: number | null;
  column: number | null;
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** 1-based line and column of an offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.min(offset, text.length)).split("\n");
  return { line: before.length, column: (before[before.length - 1]?.length ?? 0) + 1 };
}

/**
 * Where the first JSON mistake is, and what it is: engines word (and place) JSON.parse errors
 * differently, so a small scanner finds it. Only called once JSON.parse has failed.
 */
export function findJsonError(text: string): { offset: number; reason: string } {
  let i = 0;
  const space = () => {
    while (i < text.length && /\s/.test(text[i] ?? "")) i++;
  };
  const fail = (reason: string): never => {
    throw { offset: i, reason };
  };
  const describe = () => (i >= text.length ? "the text ends too early" : `unexpected ${JSON.stringify(text[i])}`);
  const value = (): void => {
    space();
    const c = text[i];
    if (c === "{") {
      i++;
      space();
      if (text[i] === "}") return void i++;
      for (;;) {
        space();
        if (text[i] !== '"') fail(`${describe()}: names are written in double quotes`);
        string();
        space();
        if (text[i] !== ":") fail(`${describe()}: expected ':' after a name`);
        i++;
        value();
        space();
        if (text[i] === ",") {
          i++;
          continue;
        }
        if (text[i] === "}") return void i++;
        fail(`${describe()}: expected ',' or '}'`);
      }
    }
    if (c === "[") {
      i++;
      space();
      if (text[i] === "]") return void i++;
      for (;;) {
        value();
        space();
        if (text[i] === ",") {
          i++;
          continue;
        }
        if (text[i] === "]") return void i++;
        fail(`${describe()}: expected ',' or ']'`);
      }
    }
    if (c === '"') return string();
    const literal = /^(-?(0|[1-9]\d*)(\.\d+)?([eE][-+]?\d+)?|true|false|null)/.exec(text.slice(i));
    if (literal) return void (i += literal[0].length);
    fail(c === "'" ? "strings are written in double quotes" : `${describe()}: expected a value`);
  };
  const string = () => {
    i++;
    while (i < text.length && text[i] !== '"') {
      if (text[i] === "\n") fail("a string cannot span lines");
      i += text[i] === "\\" ? 2 : 1;
    }
    if (i >= text.length) fail("a string is not closed");
    i++;
  };
  try {
    value();
    space();
    if (i < text.length) fail(`${describe()} after the value`);
  } catch (error) {
    if (typeof error === "object" && error !== null && "offset" in error && "reason" in error) return error as { offset: number; reason: string };
    throw error;
  }
  return { offset: 0, reason: "not valid JSON" };
}

/** "" (or only whitespace) means no parameters. */
export function parseParams(text: string): Result<CypherParams, ParamsError> {
  if (text.trim() === "") return ok({});
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    const found = findJsonError(text);
    const where = lineColumn(text, found.offset);
    return err({ message: `Parameters are not valid JSON (line ${where.line}, column ${where.column}): ${found.reason}.`, line: where.line, column: where.column });
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return err({ message: 'Parameters must be a JSON object, e.g. {"id": "north-korea"}.', line: null, column: null });
  }
  const bad = Object.keys(value).filter((key) => !IDENTIFIER.test(key));
  if (bad.length > 0) {
    return err({
      message: `Parameter names must be identifiers (letters, digits, _; not starting with a digit): ${bad.map((k) => JSON.stringify(k)).join(", ")}.`,
      line: null,
      column: null,
    });
  }
  return ok(value as CypherParams);
}

/** JSON for the editor: one line when short, else indented; an empty object becomes "" (the placeholder explains). */
export function formatParams(params: Readonly<Record<string, unknown>>): string {
  if (Object.keys(params).length === 0) return "";
  const oneLine = JSON.stringify(params, null, 1).replace(/\n\s*/g, " ");
  return oneLine.length <= 72 ? oneLine : JSON.stringify(params, null, 2);
}

/** Parameter names referenced by a query (`$name`), for autocompletion and a hint when one is missing. */
export function referencedParams(query: string): string[] {
  const names = new Set<string>();
  for (const match of query.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)) if (match[1]) names.add(match[1]);
  return [...names];
}
