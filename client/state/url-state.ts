/**
 * AppState <-> URL query string. Only what differs from the defaults is written, with our stable ids
 * (entity slugs, relation keys), so a shared link stays short and survives re-imports. Parsing trusts
 * nothing: unknown types, malformed months and unsafe ids are dropped, never passed on to the API.
 *
 *   ?types=VISITED,ACCUSES&status=alleged,denied&etypes=Country&countries=russia&minDeg=2&minSrc=2
 *   &clock=report&from=2024-01&to=2024-06&undated=0&focus=north-korea&depth=2&node=sergei-shoigu
 *   &edge=VISITED:sergei-shoigu:north-korea:reported&hidden=a,b&pinned=c&path=a,b&size=pagerank&color=community
 *   &cypher=MATCH…&cparams={…}   (the Cypher console's query, see console/link.ts)
 */
import {
  isEntityType,
  isRelationStatus,
  isRelationType,
  isSafeId,
  type EntityType,
  type RelationStatus,
  type RelationType,
} from "../../graph-schema/index.js";
import { cypherLinkFromParams, writeCypherLink } from "../console/link.js";
import { DEFAULT_STATE, type AppState, type Selection } from "./app-state.js";
import { MONTH_PATTERN } from "./time-window.js";

const MAX_LIST = 500;

const list = (value: string | null): string[] =>
  value === null || value === "" ? [] : value.split(",").slice(0, MAX_LIST).filter((item) => item.length > 0);

const ids = (value: string | null): string[] => [...new Set(list(value).filter(isSafeId))];

function members<T extends string>(value: string | null, guard: (v: unknown) => v is T): T[] | null {
  if (value === null) return null;
  const picked = [...new Set(list(value).filter(guard))];
  return picked;
}

function integer(value: string | null, fallback: number, min: number, max: number): number {
  if (value === null || !/^\d{1,6}$/.test(value)) return fallback;
  return Math.min(max, Math.max(min, Number(value)));
}

const month = (value: string | null): string | null => (value !== null && MONTH_PATTERN.test(value) ? value : null);

export function stateToSearchParams(state: AppState): URLSearchParams {
  const params = new URLSearchParams();
  const { filters, time } = state;
  if (filters.relationTypes) params.set("types", filters.relationTypes.join(","));
  if (filters.statuses) params.set("status", filters.statuses.join(","));
  if (filters.entityTypes) params.set("etypes", filters.entityTypes.join(","));
  if (filters.countries.length) params.set("countries", filters.countries.join(","));
  if (filters.minDegree !== DEFAULT_STATE.filters.minDegree) params.set("minDeg", String(filters.minDegree));
  if (filters.minSources !== DEFAULT_STATE.filters.minSources) params.set("minSrc", String(filters.minSources));
  if (time.clock !== DEFAULT_STATE.time.clock) params.set("clock", time.clock);
  if (time.from) params.set("from", time.from);
  if (time.to) params.set("to", time.to);
  if (!time.keepUndated) params.set("undated", "0");
  if (state.focus) {
    params.set("focus", state.focus.id);
    if (state.focus.depth !== 1) params.set("depth", String(state.focus.depth));
  }
  if (state.selection) params.set(state.selection.kind, state.selection.id);
  if (state.hidden.length) params.set("hidden", state.hidden.join(","));
  if (state.pinned.length) params.set("pinned", state.pinned.join(","));
  if (state.path) params.set("path", `${state.path.from},${state.path.to}`);
  if (state.sizeBy !== DEFAULT_STATE.sizeBy) params.set("size", state.sizeBy);
  if (state.colorBy !== DEFAULT_STATE.colorBy) params.set("color", state.colorBy);
  writeCypherLink(state.cypher, params);
  return params;
}

export function stateFromSearchParams(params: URLSearchParams): AppState {
  const defaults = DEFAULT_STATE;
  const focusId = params.get("focus");
  const node = params.get("node");
  const edge = params.get("edge");
  const selection: Selection =
    node !== null && isSafeId(node)
      ? { kind: "node", id: node }
      : edge !== null && isSafeId(edge)
        ? { kind: "edge", id: edge }
        : null;
  const pathIds = ids(params.get("path"));
  const [pathFrom, pathTo] = pathIds;
  const clock = params.get("clock");
  const cypher = cypherLinkFromParams(params);
  return {
    filters: {
      relationTypes: members<RelationType>(params.get("types"), isRelationType),
      statuses: members<RelationStatus>(params.get("status"), isRelationStatus),
      entityTypes: members<EntityType>(params.get("etypes"), isEntityType),
      countries: ids(params.get("countries")),
      minDegree: integer(params.get("minDeg"), defaults.filters.minDegree, 0, 1000),
      minSources: integer(params.get("minSrc"), defaults.filters.minSources, 1, 1000),
    },
    time: {
      clock: clock === "report" || clock === "event" ? clock : defaults.time.clock,
      from: month(params.get("from")),
      to: month(params.get("to")),
      keepUndated: params.get("undated") !== "0",
    },
    focus:
      focusId !== null && isSafeId(focusId)
        ? { id: focusId, depth: params.get("depth") === "2" ? 2 : 1 }
        : null,
    selection,
    hidden: ids(params.get("hidden")),
    pinned: ids(params.get("pinned")),
    path: pathFrom && pathTo && pathFrom !== pathTo ? { from: pathFrom, to: pathTo } : null,
    sizeBy: params.get("size") === "pagerank" ? "pagerank" : defaults.sizeBy,
    colorBy: params.get("color") === "community" ? "community" : defaults.colorBy,
    ...(cypher ? { cypher } : {}),
  };
}

/** The query string for a state ("" for the default state, else "?..."). */
export function stateToQuery(state: AppState): string {
  // "," and ":" are legal in a query string: keep them readable ("types=VISITED,ACCUSES").
  const query = stateToSearchParams(state).toString().replace(/%2C/gi, ",").replace(/%3A/gi, ":");
  return query ? `?${query}` : "";
}
