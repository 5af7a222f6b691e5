import {
  HISTORY_KEY,
  HISTORY_LIMIT,
  MAX_STORED_QUERY,
  SAVED_KEY,
  createConsoleStorage,
  type KeyValueStorage,
} from "../../../client/console/storage.js";

function memoryStorage(initial: Record<string, string> = {}): KeyValueStorage & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
    removeItem: (key) => void data.delete(key),
  };
}

const at = (minute: number) => new Date(Date.UTC(2024, 0, 1, 0, minute));

describe("console history", () => {
  it("should keep the newest run first", () => {
    const store = createConsoleStorage(memoryStorage());
    store.remember({ query: "MATCH (a) RETURN a", params: "" }, at(1));
    store.remember({ query: "MATCH (b) RETURN b", params: "" }, at(2));
    expect(store.history().map((h) => h.query)).toEqual(["MATCH (b) RETURN b", "MATCH (a) RETURN a"]);
    expect(store.history()[0]?.at).toBe(at(2).toISOString());
  });

  it("when a query is run again, then it moves to the top instead of repeating", () => {
    const store = createConsoleStorage(memoryStorage());
    store.remember({ query: "MATCH (a) RETURN a", params: "" }, at(1));
    store.remember({ query: "MATCH (b) RETURN b", params: "" }, at(2));
    store.remember({ query: "  MATCH (a) RETURN a ", params: "" }, at(3));
    expect(store.history().map((h) => h.query.trim())).toEqual(["MATCH (a) RETURN a", "MATCH (b) RETURN b"]);
  });

  it("should tell runs with different parameters apart", () => {
    const store = createConsoleStorage(memoryStorage());
    store.remember({ query: "MATCH (e {id: $id}) RETURN e", params: '{"id": "iran"}' });
    store.remember({ query: "MATCH (e {id: $id}) RETURN e", params: '{"id": "russia"}' });
    expect(store.history()).toHaveLength(2);
  });

  it(`should keep only the last ${HISTORY_LIMIT} queries`, () => {
    const store = createConsoleStorage(memoryStorage());
    for (let i = 0; i < HISTORY_LIMIT + 7; i++) store.remember({ query: `RETURN ${i}`, params: "" }, at(i));
    const history = store.history();
    expect(history).toHaveLength(HISTORY_LIMIT);
    expect(history[0]?.query).toBe(`RETURN ${HISTORY_LIMIT + 6}`);
    expect(history[HISTORY_LIMIT - 1]?.query).toBe("RETURN 7");
  });

  it("should not remember empty or oversized queries", () => {
    const store = createConsoleStorage(memoryStorage());
    store.remember({ query: "   ", params: "" });
    store.remember({ query: `RETURN '${"x".repeat(MAX_STORED_QUERY)}'`, params: "" });
    expect(store.history()).toEqual([]);
  });

  it("should drop stored entries that do not parse and survive corrupt JSON", () => {
    const storage = memoryStorage({
      [HISTORY_KEY]: JSON.stringify([{ query: "RETURN 1", params: "", at: "2024-01-01T00:00:00.000Z" }, { query: 42 }, "nonsense", null]),
    });
    expect(createConsoleStorage(storage).history().map((h) => h.query)).toEqual(["RETURN 1"]);
    storage.setItem(HISTORY_KEY, "{not json");
    expect(createConsoleStorage(storage).history()).toEqual([]);
  });

  it("should clear the history", () => {
    const storage = memoryStorage();
    const store = createConsoleStorage(storage);
    store.remember({ query: "RETURN 1", params: "" });
    store.clearHistory();
    expect(store.history()).toEqual([]);
    expect(storage.data.has(HISTORY_KEY)).toBe(false);
  });

  it("when storage is unavailable or refuses writes, then the console still works", () => {
    const none = createConsoleStorage(null);
    expect(none.remember({ query: "RETURN 1", params: "" }).map((h) => h.query)).toEqual(["RETURN 1"]);
    const full: KeyValueStorage = {
      getItem: () => null,
      setItem: () => {
        throw new Error("QuotaExceededError");
      },
      removeItem: () => undefined,
    };
    expect(() => createConsoleStorage(full).remember({ query: "RETURN 1", params: "" })).not.toThrow();
  });
});

describe("saved queries", () => {
  it("should save, list by name, reload and delete", () => {
    const storage = memoryStorage();
    const store = createConsoleStorage(storage);
    expect(store.save("Weapons", { query: "MATCH (a)-[:SUPPLIES_WEAPONS_TO]->(b) RETURN a, b", params: "" }, at(1)).ok).toBe(true);
    expect(store.save("Accusations", { query: "MATCH (a)-[:ACCUSES]->(b) RETURN a, b", params: '{"x": 1}' }, at(2)).ok).toBe(true);
    expect(store.saved().map((s) => s.name)).toEqual(["Accusations", "Weapons"]);
    expect(createConsoleStorage(storage).saved()[0]).toEqual({
      name: "Accusations",
      query: "MATCH (a)-[:ACCUSES]->(b) RETURN a, b",
      params: '{"x": 1}',
      savedAt: at(2).toISOString(),
    });
    expect(store.remove("Weapons").map((s) => s.name)).toEqual(["Accusations"]);
    expect(JSON.parse(storage.data.get(SAVED_KEY) ?? "[]")).toHaveLength(1);
  });

  it("when a name is reused (whatever its case), then the saved query is replaced", () => {
    const store = createConsoleStorage(memoryStorage());
    store.save("Visits", { query: "RETURN 1", params: "" });
    const outcome = store.save("  visits ", { query: "RETURN 2", params: "" });
    expect(outcome.ok && outcome.saved).toEqual([expect.objectContaining({ name: "visits", query: "RETURN 2" })]);
  });

  it("should refuse a missing name, a missing query and an overlong name", () => {
    const store = createConsoleStorage(memoryStorage());
    expect(store.save(" ", { query: "RETURN 1", params: "" }).ok).toBe(false);
    expect(store.save("Empty", { query: "  ", params: "" }).ok).toBe(false);
    expect(store.save("x".repeat(81), { query: "RETURN 1", params: "" }).ok).toBe(false);
    expect(store.saved()).toEqual([]);
  });
});
