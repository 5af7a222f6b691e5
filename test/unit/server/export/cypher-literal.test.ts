import { cypherComment, cypherFloat, cypherInt, cypherKey, cypherLiteral, cypherName, cypherString, float, int, map } from "../../../../server/export/cypher-literal.js";

describe("cypherString, the one escaping function of Cypher scripts", () => {
  it.each([
    ["plain", "'plain'"],
    ["O'Brien", "'O\\'Brien'"],
    ['say "hi"', "'say \\\"hi\\\"'"],
    ["back\\slash", "'back\\\\slash'"],
    ["\\u0027 stays text", "'\\\\u0027 stays text'"],
    ["\\' already escaped", "'\\\\\\' already escaped'"],
    ["line\nbreak\r\ttab", "'line\\nbreak\\r\\ttab'"],
    ["bell\u0007 del\u007f", "'bell\\u0007 del\\u007F'"],
    ["sep\u2028para\u2029", "'sep\\u2028para\\u2029'"],
    ["Ким Чен Ын 김정은 🚀", "'Ким Чен Ын 김정은 🚀'"],
    ["lone \uD800 surrogate", "'lone \\uFFFD surrogate'"],
    ["'; MATCH (n) DETACH DELETE n; //", "'\\'; MATCH (n) DETACH DELETE n; //'"],
  ])("should write %j as %s", (value, literal) => {
    expect(cypherString(value)).toBe(literal);
  });

  it("should never leave a raw line break or an unescaped quote inside the literal", () => {
    const nasty = "a'\n\r\u2028\u2029\\'\\\n\"";
    const inner = cypherString(nasty).slice(1, -1);

    expect(inner).not.toMatch(/[\n\r\u2028\u2029]/);
    // Every quote is preceded by an odd number of backslashes.
    for (const m of inner.matchAll(/(\\*)'/g)) expect((m[1] ?? "").length % 2).toBe(1);
  });
});

describe("Cypher literals", () => {
  it("should write typed numbers so floats stay floats and integers stay integers", () => {
    expect(cypherInt(42)).toBe("42");
    expect(cypherFloat(1)).toBe("1.0");
    expect(cypherFloat(0.9)).toBe("0.9");
    expect(cypherFloat(1e21)).toBe("1e21");
    expect(cypherFloat(1e-7)).toBe("1e-7");
    expect(() => cypherInt(1.5)).toThrow();
    expect(() => cypherFloat(Number.POSITIVE_INFINITY)).toThrow();
  });

  it("should write lists and maps, quoting keys only when they are not identifiers", () => {
    const literal = cypherLiteral(map({ id: "x", end: int(3), "odd key": float(2), tags: ["a", "b"], none: null, yes: true }));

    expect(literal).toBe("{id: 'x', end: 3, `odd key`: 2.0, tags: ['a', 'b'], none: null, yes: true}");
    expect(cypherKey("a`b")).toBe("`a``b`");
  });

  it("should backtick-quote names and double backticks", () => {
    expect(cypherName("Country")).toBe("`Country`");
    expect(cypherName("a`) DETACH DELETE (n")).toBe("`a``) DETACH DELETE (n`");
    expect(() => cypherName("")).toThrow();
  });

  it("should keep a comment on one line whatever the text", () => {
    expect(cypherComment("title\nMATCH (n) DETACH DELETE n;\u2028x")).toBe("// title MATCH (n) DETACH DELETE n; x");
  });
});
