import { createPositionCache, hashString, nodeSetKey, seededPosition, seededRandom, type KeyValueStorage } from "../../../client/layout/positions.js";

function memoryStorage(): KeyValueStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k) };
}

describe("stable positions", () => {
  it("should hash and seed deterministically", () => {
    expect(hashString("north-korea")).toBe(hashString("north-korea"));
    expect(hashString("north-korea")).not.toBe(hashString("south-korea"));
    const a = seededRandom(7);
    const b = seededRandom(7);
    expect([a(), a(), a()]).toEqual([b(), b(), b()]);
    expect(seededPosition("russia")).toEqual(seededPosition("russia"));
    const { x, y } = seededPosition("russia", 10);
    expect(Math.hypot(x, y)).toBeLessThanOrEqual(10);
  });

  it("should key a node set whatever the order of arrival", () => {
    expect(nodeSetKey(["b", "a", "c"])).toBe(nodeSetKey(["c", "b", "a"]));
    expect(nodeSetKey(["a", "b"])).not.toBe(nodeSetKey(["a", "b", "c"]));
  });

  it("should cache positions and survive broken or missing storage", () => {
    const storage = memoryStorage();
    const cache = createPositionCache(storage);
    cache.save("k", { a: [1.234, 5.678], b: [0, 0] });
    expect(cache.load("k")).toEqual({ a: [1.23, 5.68], b: [0, 0] });
    storage.setItem("newsgraph:layout:bad", "{not json");
    expect(cache.load("bad")).toBeNull();
    expect(createPositionCache(null).load("k")).toBeNull();
  });
});
