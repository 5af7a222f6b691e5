import { createEdgeReveal } from "../../../client/render/edge-reveal.js";

describe("edges revealed after a layout stops", () => {
  it("should keep the edges pending until each has been revealed", () => {
    const reveal = createEdgeReveal();
    reveal.start(["a", "b", "c"]);
    const shared = reveal.pending;

    expect(reveal.revealed(["a", "b"])).toBe(false);
    expect([...(reveal.pending ?? [])]).toEqual(["c"]);
    // The render context holds the set: a slice shrinks it in place.
    expect(reveal.pending).toBe(shared);
    expect(reveal.revealed(["c"])).toBe(true);
    expect(reveal.pending).toBeNull();
  });

  it("should drop whatever was pending when everything is drawn at once", () => {
    const reveal = createEdgeReveal();
    reveal.start(["a", "b"]);

    expect(reveal.clear()).toBe(true);
    expect(reveal.pending).toBeNull();
    expect(reveal.clear()).toBe(false);
    expect(reveal.revealed(["a"])).toBe(false);
  });

  it("should have nothing pending when started with no edges", () => {
    const reveal = createEdgeReveal();
    reveal.start([]);

    expect(reveal.pending).toBeNull();
  });
});
