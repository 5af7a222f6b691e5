import { isLoopback, parseConfig } from "../../../server/config.js";

describe("configuration from the environment", () => {
  it("should default to an embedded Neo4j on loopback and the explorer on 127.0.0.1:3000", () => {
    const parsed = parseConfig({}, "/srv/app");

    expect(parsed).toMatchObject({
      ok: true,
      value: {
        host: "127.0.0.1",
        port: 3000,
        neo4j: { kind: "embedded", uri: "bolt://127.0.0.1:7687", database: "neo4j" },
        embedded: { homeDir: "/srv/app/data/neo4j", boltPort: 7687 },
        seed: true,
      },
    });
  });

  it("when NEO4J_URI is set, then it should use that Neo4j and start nothing", () => {
    const parsed = parseConfig({ NEO4J_URI: "neo4j+s://abc.databases.neo4j.io", NEO4J_PASSWORD: "secret", NEO4J_USERNAME: "reader" });

    expect(parsed).toMatchObject({ ok: true, value: { embedded: null, neo4j: { kind: "external", uri: "neo4j+s://abc.databases.neo4j.io", username: "reader" } } });
  });

  it.each([
    [{ PORT: "http" }, /PORT/],
    [{ NEO4J_URI: "http://localhost:7474" }, /NEO4J_URI/],
    [{ NEO4J_BOLT_PORT: "70000" }, /NEO4J_BOLT_PORT/],
    [{ NEO4J_HEAP: "lots" }, /NEO4J_HEAP/],
    [{ NEWSGRAPH_TOKEN: "short" }, /NEWSGRAPH_TOKEN/],
    [{ NEWSGRAPH_CYPHER_RATE: "0" }, /NEWSGRAPH_CYPHER_RATE/],
    [{ NEWSGRAPH_EXPORT_RATE: "many" }, /NEWSGRAPH_EXPORT_RATE/],
  ])("should refuse %j naming the variable", (env, message) => {
    const parsed = parseConfig(env);

    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error.message).toMatch(message);
  });

  it("should rate-limit the console and exports per client by default, and take other limits from the environment", () => {
    expect(parseConfig({})).toMatchObject({ ok: true, value: { rateLimits: { cypherPerMinute: 120, exportPerMinute: 60 } } });
    expect(parseConfig({ NEWSGRAPH_CYPHER_RATE: "600", NEWSGRAPH_EXPORT_RATE: "30" })).toMatchObject({
      ok: true,
      value: { rateLimits: { cypherPerMinute: 600, exportPerMinute: 30 } },
    });
  });

  it("should treat an empty variable as unset", () => {
    expect(parseConfig({ PORT: "" })).toMatchObject({ ok: true, value: { port: 3000 } });
  });

  it("should tell loopback hosts from others", () => {
    expect(isLoopback("127.0.0.1")).toBe(true);
    expect(isLoopback("localhost")).toBe(true);
    expect(isLoopback("0.0.0.0")).toBe(false);
  });
});
