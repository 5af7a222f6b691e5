import { computeLayout, hashId, layoutIterations, seedPosition } from "../../../../server/export/layout.js";

import type { LayoutInput } from "../../../../server/export/layout.js";

const ring = (n: number): { nodes: LayoutInput["nodes"][number][]; edges: LayoutInput["edges"][number][] } => ({
  nodes: Array.from({ length: n }, (_, i) => ({ id: `n${i}`, position: null })),
  edges: Array.from({ length: n }, (_, i) => ({ source: `n${i}`, target: `n${(i + 1) % n}`, weight: 1 })),
});

describe("export layout", () => {
  it("should give the same positions for the same graph", () => {
    expect([...computeLayout(ring(30))]).toEqual([...computeLayout(ring(30))]);
  });

  it("should seed from a hash of the id, independent of order", () => {
    expect(hashId("north-korea")).toBe(hashId("north-korea"));
    expect(seedPosition("a", 10)).toEqual(seedPosition("a", 10));
    expect(seedPosition("a", 10)).not.toEqual(seedPosition("b", 10));
  });

  it("should spread connected nodes apart rather than leave them on top of each other", () => {
    const positions = [...computeLayout(ring(12)).values()];
    const distinct = new Set(positions.map((p) => `${Math.round(p.x)},${Math.round(p.y)}`));

    expect(distinct.size).toBe(12);
    for (const p of positions) expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
  });

  it("should keep given positions and lay out only the others", () => {
    const input = ring(6);
    input.nodes[0] = { id: "n0", position: { x: 100, y: -50 } };

    const positions = computeLayout(input);

    expect(positions.get("n0")).toEqual({ x: 100, y: -50 });
  });

  it("should not move anything when every position is given", () => {
    const input = { nodes: [{ id: "a", position: { x: 1, y: 2 } }, { id: "b", position: { x: 3, y: 4 } }], edges: [{ source: "a", target: "b", weight: 1 }] };

    expect(Object.fromEntries(computeLayout(input))).toEqual({ a: { x: 1, y: 2 }, b: { x: 3, y: 4 } });
  });

  it("should run fewer iterations on larger graphs", () => {
    expect(layoutIterations(10, 12)).toBe(500);
    expect(layoutIterations(10_000, 30_000)).toBe(10);
    expect(layoutIterations(1_000, 3_000)).toBe(100);
  });
});
