import { computeAffiliation } from "../../../client/graph/affiliation.js";
import { indexDenials } from "../../../client/graph/denials.js";
import { computeView, forcedByState, NOTHING_FORCED, type GraphView } from "../../../client/graph/view.js";
import { DEFAULT_STATE, type AppState } from "../../../client/state/app-state.js";
import type { FilterContext } from "../../../client/state/filters.js";
import { loadFixtureGraph } from "./fixture-graph.js";

const graph = loadFixtureGraph();
const ctx: FilterContext = { affiliation: computeAffiliation(graph), denials: indexDenials(graph) };
const withFilters = (patch: Partial<AppState["filters"]>, rest: Partial<AppState> = {}): AppState => ({
  ...DEFAULT_STATE,
  ...rest,
  filters: { ...DEFAULT_STATE.filters, ...patch },
});
const view = (state: AppState): GraphView => computeView(graph, state, ctx, forcedByState(state));
const typesOf = (v: GraphView) => new Set([...v.edges].map((edge) => graph.getEdgeAttribute(edge, "relationType")));

describe("filters over the seed-article graph", () => {
  it("should show every relation and entity by default", () => {
    const all = view(DEFAULT_STATE);
    expect(all.edges.size).toBe(graph.size);
    expect(all.nodes.size).toBe(graph.order);
  });

  it("when filtering to DENIES only, then only denials and their ends remain", () => {
    const denies = view(withFilters({ relationTypes: ["DENIES"] }));
    expect(typesOf(denies)).toEqual(new Set(["DENIES"]));
    expect(denies.edges.size).toBeLessThan(graph.size);
    expect(denies.nodes.has("kcna")).toBe(true);
    expect(denies.nodes.has("xi-jinping")).toBe(false);
  });

  it("should hide alleged relations when alleged and denied are unchecked", () => {
    const noAlleged = view(withFilters({ statuses: ["reported", "planned"] }));
    expect(noAlleged.edges.size).toBeGreaterThan(0);
    for (const edge of noAlleged.edges) expect(graph.getEdgeAttribute(edge, "status")).not.toBe("alleged");
  });

  it("when alleged is unchecked but denied is not, then only denied allegations remain", () => {
    const deniedOnly = view(withFilters({ statuses: ["reported", "denied", "planned"] }));
    for (const edge of deniedOnly.edges) {
      const attrs = graph.getEdgeAttributes(edge);
      if (attrs.status === "alleged") expect(attrs.claimIds.length + attrs.deniedBy.length).toBeGreaterThan(0);
    }
  });

  it("when showing only denied, then alleged relations someone denies are included", () => {
    const denied = view(withFilters({ statuses: ["denied"] }));
    const supplies = [...denied.edges].filter((edge) => graph.getEdgeAttribute(edge, "relationType") === "SUPPLIES_WEAPONS_TO");
    expect(supplies).toContain("SUPPLIES_WEAPONS_TO:north-korea:russia:alleged");
  });

  it("should keep only relations with enough independent sources", () => {
    const corroborated = view(withFilters({ minSources: 2 }));
    expect(corroborated.edges.size).toBeGreaterThan(0);
    for (const edge of corroborated.edges) expect(graph.getEdgeAttribute(edge, "sourceCount")).toBeGreaterThanOrEqual(2);
  });

  it("should keep relations touching a country or its representatives", () => {
    const iran = view(withFilters({ countries: ["iran"] }));
    expect(iran.nodes.has("ebrahim-raisi")).toBe(true);
    expect(iran.nodes.has("zhao-leji")).toBe(false);
    expect(iran.edges.has("REPRESENTS:ebrahim-raisi:iran:reported")).toBe(true);
  });

  it("should drop entity types and the relations that need them", () => {
    const countries = view(withFilters({ entityTypes: ["Country"] }));
    for (const node of countries.nodes) expect(graph.getNodeAttribute(node, "entityType")).toBe("Country");
    expect(typesOf(countries).has("REPRESENTS")).toBe(false);
  });

  it("should count degree over visible relations for the min-degree filter", () => {
    const hubs = view(withFilters({ minDegree: 6 }));
    expect(hubs.nodes.has("north-korea")).toBe(true);
    expect(hubs.nodes.has("ebrahim-raisi")).toBe(false);
    for (const edge of hubs.edges) {
      expect(hubs.nodes.has(graph.source(edge)) && hubs.nodes.has(graph.target(edge))).toBe(true);
    }
  });

  it("should restrict to the ego network of the focused entity", () => {
    const ego = view({ ...DEFAULT_STATE, focus: { id: "sergei-shoigu", depth: 1 } });
    expect([...ego.nodes].sort()).toEqual(["kim-jong-un", "north-korea", "russia", "sergei-shoigu"]);
    const wider = view({ ...DEFAULT_STATE, focus: { id: "sergei-shoigu", depth: 2 } });
    expect(wider.nodes.size).toBeGreaterThan(ego.nodes.size);
  });

  it("should hide hidden entities but keep a selected one whatever the filters", () => {
    const hidden = view({ ...DEFAULT_STATE, hidden: ["hamas"] });
    expect(hidden.nodes.has("hamas")).toBe(false);
    const state = withFilters({ entityTypes: ["Country"] }, { selection: { kind: "node", id: "sergei-shoigu" } });
    expect(view(state).nodes.has("sergei-shoigu")).toBe(true);
    expect(computeView(graph, state, ctx, NOTHING_FORCED).nodes.has("sergei-shoigu")).toBe(false);
  });

  it("should hide relations outside the time window", () => {
    const early = view({ ...DEFAULT_STATE, time: { clock: "event", from: "2019-01", to: "2023-12", keepUndated: false } });
    expect(early.edges.has("VISITED:sergei-shoigu:north-korea:reported")).toBe(true);
    expect(early.edges.has("SIGNED_AGREEMENT_WITH:north-korea:russia:reported")).toBe(false);
  });
});
