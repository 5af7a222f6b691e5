import { blankLiterals, boundVariables, completionSite, insideLiteral, openBracket, quoteName } from "../../../client/console/completion.js";
import { errorRange } from "../../../client/console/error-range.js";

const site = (text: string) => completionSite(text);

describe("Cypher completion sites", () => {
  it("should suggest labels after a colon in a node pattern", () => {
    expect(site("MATCH (p:")).toEqual({ kind: "label", from: 9, prefix: "" });
    expect(site("MATCH (p:Per")).toEqual({ kind: "label", from: 9, prefix: "Per" });
    expect(site("MATCH (:Entity:Cou")).toEqual({ kind: "label", from: 15, prefix: "Cou" });
    expect(site("MATCH (p) WHERE p:Pe")?.kind).toBe("label");
  });

  it("should suggest relationship types inside brackets, also after |", () => {
    expect(site("MATCH (a)-[r:VIS")).toEqual({ kind: "relationshipType", from: 13, prefix: "VIS" });
    expect(site("MATCH (a)-[:VISITED|")).toEqual({ kind: "relationshipType", from: 20, prefix: "" });
  });

  it("should suggest property keys after a dot and inside a map", () => {
    expect(site("MATCH (a) RETURN a.na")).toEqual({ kind: "property", from: 19, prefix: "na" });
    expect(site("MATCH (a:Entity {")).toEqual({ kind: "property", from: 17, prefix: "" });
    expect(site("MATCH (a:Entity {id: 'x', na")?.kind).toBe("property");
  });

  it("should suggest parameters after $", () => {
    expect(site("MATCH (a {id: $rec")).toEqual({ kind: "parameter", from: 15, prefix: "rec" });
  });

  it("should suggest keywords for a plain word, nothing in strings or comments", () => {
    expect(site("MATCH (a) RET")).toEqual({ kind: "keyword", from: 10, prefix: "RET" });
    expect(site("MATCH (a) WHERE a.name = 'North:Ko")).toBeNull();
    expect(site("MATCH (a) // a comment with (p:")).toBeNull();
    expect(site("MATCH (a) /* (p:")).toBeNull();
    expect(site("MATCH (a) ")).toBeNull();
  });

  it("should not count brackets and colons inside literals", () => {
    expect(blankLiterals("RETURN '(:x' // ]")).toBe("RETURN " + " ".repeat(5) + " " + " ".repeat(4));
    expect(openBracket(blankLiterals("MATCH (a {name: ')'}) WHERE (a)-[r"))).toBe("[");
    expect(insideLiteral("RETURN 'it''s")).toBe(true);
    expect(insideLiteral('RETURN "done"')).toBe(false);
  });

  it("should list the variables a query binds", () => {
    expect(boundVariables("MATCH p = (a:Entity)-[r:VISITED]->(b) WITH a, count(*) AS visits UNWIND [1] AS n RETURN a")).toEqual(
      expect.arrayContaining(["p", "a", "r", "b", "visits", "n"]),
    );
  });

  it("should quote names that are not identifiers", () => {
    expect(quoteName("Person")).toBe("Person");
    expect(quoteName("Odd label")).toBe("`Odd label`");
  });
});

describe("syntax error marker", () => {
  it("should cover the word at the offset", () => {
    const text = "MATCH (n RETURN n";
    expect(errorRange(text, 9)).toEqual({ from: 9, to: 15 });
  });

  it("should stay inside the text at its end and step back from whitespace", () => {
    expect(errorRange("MATCH (n:", 9)).toEqual({ from: 8, to: 9 });
    expect(errorRange("RETURN 1   ", 10)).toEqual({ from: 7, to: 8 });
    expect(errorRange("", 0)).toBeNull();
  });
});
