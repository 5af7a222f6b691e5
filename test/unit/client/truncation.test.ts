import type { GraphPayload } from "../../../graph-schema/index.js";
import { truncationNotice } from "../../../client/graph/truncation.js";

const payload = (attributes: GraphPayload["attributes"], edges = 2): GraphPayload => ({
  attributes,
  options: { type: "mixed", multi: true, allowSelfLoops: false },
  nodes: [],
  edges: Array.from({ length: edges }, (_, i) => ({ key: `e${i}`, source: "a", target: "b" })),
});

describe("the truncation notice", () => {
  it("should say how many relations of how many are shown when the API cut the graph", () => {
    expect(truncationNotice(payload({ truncated: true, totalRelations: 23673 }, 2), "Around Bhutan")).toBe(
      "Around Bhutan: showing 2 of 23,673 relations, the best-sourced first. Filter by type, status or time to see the rest.",
    );
  });

  it("should say nothing when the graph is complete or the server does not say", () => {
    expect(truncationNotice(payload({ truncated: false, totalRelations: 2 }), "Graph")).toBeNull();
    expect(truncationNotice(payload({}), "Graph")).toBeNull();
  });
});
