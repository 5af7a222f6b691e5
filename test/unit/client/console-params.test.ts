import { findJsonError, formatParams, lineColumn, parseParams, referencedParams } from "../../../client/console/params.js";

describe("console parameters", () => {
  it("should read an empty editor as no parameters", () => {
    expect(parseParams("")).toEqual({ ok: true, value: {} });
    expect(parseParams("  \n ")).toEqual({ ok: true, value: {} });
  });

  it("should accept a JSON object of any JSON values", () => {
    const parsed = parseParams('{"places": ["north-korea", "iran"], "limit": 25, "deep": {"a": null, "b": true}}');
    expect(parsed).toEqual({ ok: true, value: { places: ["north-korea", "iran"], limit: 25, deep: { a: null, b: true } } });
  });

  it("when the JSON is broken, then the error says so with line and column", () => {
    const parsed = parseParams('{\n  "id": "iran",\n  "depth": \n}');
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.error.message).toMatch(/^Parameters are not valid JSON/);
    expect(parsed.error.line).toBe(4);
    expect(parsed.error.column).toBe(1);
  });

  it("should refuse arrays, strings and null: parameters are an object", () => {
    for (const text of ["[1, 2]", '"iran"', "null", "42"]) {
      const parsed = parseParams(text);
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.error.message).toMatch(/JSON object/);
    }
  });

  it("should refuse names that are not identifiers, as the server does", () => {
    const parsed = parseParams('{"ok_1": 1, "not ok": 2, "1st": 3}');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error.message).toContain('"not ok", "1st"');
  });

  it("should point at the first mistake and say what it is", () => {
    expect(findJsonError("{'id': 1}")).toEqual({ offset: 1, reason: expect.stringMatching(/double quotes/) });
    expect(findJsonError('{"a": 1 "b": 2}')).toEqual({ offset: 8, reason: expect.stringMatching(/expected ',' or '}'/) });
    expect(findJsonError('{"a": [1, 2}')).toEqual({ offset: 11, reason: expect.stringMatching(/expected ',' or ']'/) });
    expect(findJsonError('{"a": "open')).toEqual({ offset: 11, reason: "a string is not closed" });
    expect(findJsonError('{"a": 1} x').reason).toMatch(/after the value/);
    expect(findJsonError('{"a": }').reason).toMatch(/expected a value/);
    expect(lineColumn("ab\ncd", 4)).toEqual({ line: 2, column: 2 });
  });

  it("should write short parameters on one line and long ones indented", () => {
    expect(formatParams({})).toBe("");
    expect(formatParams({ recipient: "russia" })).toBe('{ "recipient": "russia" }');
    expect(parseParams(formatParams({ places: ["north-korea", "russia", "iran"] }))).toEqual({ ok: true, value: { places: ["north-korea", "russia", "iran"] } });
    const long = formatParams({ a: "x".repeat(40), b: "y".repeat(40) });
    expect(long.split("\n")).toHaveLength(4);
  });

  it("should list the parameters a query uses", () => {
    expect(referencedParams("MATCH (a {id: $from}), (b {id: $to}) WHERE a.x IN $from RETURN $limit")).toEqual(["from", "to", "limit"]);
  });
});
