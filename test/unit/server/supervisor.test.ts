import { restartsAfter } from "../../../server/neo4j/supervisor.js";

describe("when the embedded Neo4j exits on its own", () => {
  it("should restart it after a crash or a kill, not after SIGINT or SIGTERM ran its shutdown hook", () => {
    expect(restartsAfter(1)).toBe(true);
    expect(restartsAfter(137)).toBe(true);
    expect(restartsAfter(null)).toBe(true);
    expect(restartsAfter(130)).toBe(false);
    expect(restartsAfter(143)).toBe(false);
  });
});
