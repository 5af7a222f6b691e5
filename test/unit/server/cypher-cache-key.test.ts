import { cypherCacheKey } from "../../../server/cypher/cache-key.js";

describe("which console queries the read cache may answer", () => {
  it("should key a query by its text and parameters", () => {
    const a = cypherCacheKey({ query: "MATCH (e:Entity {id: $id}) RETURN e", params: { id: "russia" } });
    const b = cypherCacheKey({ query: "MATCH (e:Entity {id: $id}) RETURN e", params: { id: "iran" } });

    expect(a).not.toBeNull();
    expect(a).not.toBe(b);
    expect(cypherCacheKey({ query: "MATCH (e:Entity {id: $id}) RETURN e", params: { id: "russia" } })).toBe(a);
  });

  it.each(["RETURN rand() AS r", "RETURN randomUUID()", "RETURN timestamp()", "MATCH (r) WHERE r.at < datetime() RETURN r", "RETURN date ( ) AS d", "RETURN localtime()"])(
    "should leave %s to run every time (its answer changes between runs)",
    (query) => {
      expect(cypherCacheKey({ query })).toBeNull();
    },
  );

  it("should not mistake a property named like a function for a call", () => {
    expect(cypherCacheKey({ query: "MATCH ()-[r]->() RETURN r.eventDate, r.firstReported" })).not.toBeNull();
  });

  it("should leave an invalid body to the route, which explains what is wrong", () => {
    expect(cypherCacheKey({ query: "" })).toBeNull();
    expect(cypherCacheKey({ text: "MATCH (n) RETURN n" })).toBeNull();
    expect(cypherCacheKey("MATCH (n) RETURN n")).toBeNull();
  });
});
