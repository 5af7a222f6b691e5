import { DEFAULT_STATE, type AppState } from "../../../client/state/app-state.js";
import { stateFromSearchParams, stateToQuery, stateToSearchParams } from "../../../client/state/url-state.js";

const roundTrip = (state: AppState) => stateFromSearchParams(new URLSearchParams(stateToQuery(state)));

describe("url state", () => {
  it("should write nothing for the default state", () => {
    expect(stateToQuery(DEFAULT_STATE)).toBe("");
    expect(stateFromSearchParams(new URLSearchParams(""))).toEqual(DEFAULT_STATE);
  });

  it("should restore every part of a shared view", () => {
    const state: AppState = {
      filters: {
        relationTypes: ["VISITED", "DENIES"],
        statuses: ["alleged", "denied"],
        entityTypes: ["Country", "Person"],
        countries: ["russia", "north-korea"],
        minDegree: 2,
        minSources: 3,
      },
      time: { clock: "report", from: "2024-01", to: "2024-06", keepUndated: false },
      focus: { id: "north-korea", depth: 2 },
      selection: { kind: "edge", id: "VISITED:sergei-shoigu:north-korea:reported" },
      hidden: ["hamas"],
      pinned: ["russia"],
      path: { from: "sergei-shoigu", to: "iran" },
      sizeBy: "pagerank",
      colorBy: "community",
    };
    expect(roundTrip(state)).toEqual(state);
  });

  it("should keep ids and lists readable in the query string", () => {
    const query = stateToQuery({ ...DEFAULT_STATE, filters: { ...DEFAULT_STATE.filters, relationTypes: ["VISITED", "ACCUSES"] }, selection: { kind: "edge", id: "VISITED:a:b:reported" } });
    expect(query).toBe("?types=VISITED,ACCUSES&edge=VISITED:a:b:reported");
  });

  it("should distinguish 'no relation type' from 'every relation type'", () => {
    const none = { ...DEFAULT_STATE, filters: { ...DEFAULT_STATE.filters, relationTypes: [] } };
    expect(roundTrip(none).filters.relationTypes).toEqual([]);
    expect(roundTrip(DEFAULT_STATE).filters.relationTypes).toBeNull();
  });

  it("should drop unknown types, malformed months and unsafe ids", () => {
    const state = stateFromSearchParams(
      new URLSearchParams("types=VISITED,BOGUS&from=2024-13&to=2024-02&node=../../etc/passwd&hidden=ok,a/b&minDeg=-3&depth=7&path=x,x"),
    );
    expect(state.filters.relationTypes).toEqual(["VISITED"]);
    expect(state.time.from).toBeNull();
    expect(state.time.to).toBe("2024-02");
    expect(state.selection).toBeNull();
    expect(state.hidden).toEqual(["ok"]);
    expect(state.filters.minDegree).toBe(DEFAULT_STATE.filters.minDegree);
    expect(state.path).toBeNull();
  });

  it("should read a node selection and an ego focus", () => {
    const params = stateToSearchParams({ ...DEFAULT_STATE, selection: { kind: "node", id: "sergei-shoigu" }, focus: { id: "russia", depth: 1 } });
    expect(params.get("node")).toBe("sergei-shoigu");
    expect(params.get("focus")).toBe("russia");
    expect(params.has("depth")).toBe(false);
  });
});
