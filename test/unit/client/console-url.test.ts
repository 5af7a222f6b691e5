import { MAX_LINK_PARAMS, MAX_LINK_QUERY, cypherLinkFromParams } from "../../../client/console/link.js";
import { DEFAULT_STATE, type AppState } from "../../../client/state/app-state.js";
import { stateFromSearchParams, stateToQuery } from "../../../client/state/url-state.js";

const roundTrip = (state: AppState) => stateFromSearchParams(new URLSearchParams(stateToQuery(state)));

describe("Cypher console in the URL", () => {
  const query = `MATCH (accused:Entity)-[s:SUPPLIES_WEAPONS_TO {status: 'alleged'}]->(:Entity {id: $recipient})
WHERE s.sourceCount >= 2 AND accused.name <> "x & y" // 100% read-only, #1
RETURN accused.name AS accused, s.sourceCount AS sources`;

  it("should carry the query and its parameters, whatever characters they hold", () => {
    const state: AppState = { ...DEFAULT_STATE, cypher: { query, params: '{"recipient": "russia"}' } };
    const url = stateToQuery(state);
    expect(url).toMatch(/^\?cypher=/);
    expect(url).toContain("&cparams=");
    expect(roundTrip(state).cypher).toEqual({ query, params: '{"recipient": "russia"}' });
  });

  it("should keep the rest of the shared view alongside", () => {
    const state: AppState = {
      ...DEFAULT_STATE,
      filters: { ...DEFAULT_STATE.filters, relationTypes: ["ACCUSES"] },
      selection: { kind: "node", id: "north-korea" },
      cypher: { query: "MATCH (n:Entity) RETURN n LIMIT 5", params: "" },
    };
    expect(roundTrip(state)).toEqual(state);
  });

  it("should write no parameters when there are none, and nothing at all without a query", () => {
    expect(stateToQuery({ ...DEFAULT_STATE, cypher: { query: "RETURN 1", params: " {} " } })).toBe("?cypher=RETURN+1");
    expect(stateToQuery({ ...DEFAULT_STATE, cypher: null })).toBe("");
    expect(stateToQuery({ ...DEFAULT_STATE, cypher: { query: "   ", params: "" } })).toBe("");
    expect(stateFromSearchParams(new URLSearchParams("cypher=%20%20")).cypher).toBeUndefined();
  });

  it("should ignore oversized queries and parameters in a link", () => {
    expect(cypherLinkFromParams(new URLSearchParams({ cypher: "x".repeat(MAX_LINK_QUERY + 1) }))).toBeNull();
    expect(cypherLinkFromParams(new URLSearchParams({ cypher: "RETURN $a", cparams: "x".repeat(MAX_LINK_PARAMS + 1) }))).toEqual({ query: "RETURN $a", params: "" });
  });

  it("should leave the default state's URL unchanged", () => {
    expect(stateToQuery(DEFAULT_STATE)).toBe("");
    expect(stateFromSearchParams(new URLSearchParams(""))).toEqual(DEFAULT_STATE);
  });
});
