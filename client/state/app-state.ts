/**
 * AppState: everything that decides what the explorer shows and that a shared URL must restore
 * (filters, time window, focus, selection, hidden and pinned nodes, path, visual mappings).
 * Transient things (hover, loading, playback) live in their controllers, never here.
 * A tiny store with `subscribe`, no framework: listeners get (next, prev) and compare what they need.
 */
import type { EntityType, RelationStatus, RelationType } from "../../graph-schema/index.js";
import type { CypherLink } from "../console/link.js";

export type Clock = "event" | "report";
export type SizeBy = "degree" | "pagerank";
export type ColorBy = "type" | "community";

export type Selection = { kind: "node"; id: string } | { kind: "edge"; id: string } | null;

export interface Filters {
  /** null = every type (so types added to the schema later are shown by default). */
  relationTypes: readonly RelationType[] | null;
  statuses: readonly RelationStatus[] | null;
  entityTypes: readonly EntityType[] | null;
  /** Country entity ids; an edge passes when one end belongs to one of them. Empty = no restriction. */
  countries: readonly string[];
  /** Degree counted over the visible edges; 1 hides isolated nodes, 0 shows them. */
  minDegree: number;
  /** Minimum number of distinct articles behind a relation (`sourceCount`). */
  minSources: number;
}

export interface TimeWindow {
  clock: Clock;
  /** Months "YYYY-MM", inclusive; null = open end. */
  from: string | null;
  to: string | null;
  /** Whether relations without a date on the chosen clock stay visible while a window is set. */
  keepUndated: boolean;
}

export interface Focus {
  id: string;
  depth: 1 | 2;
}

export interface PathQuery {
  from: string;
  to: string;
}

export interface AppState {
  filters: Filters;
  time: TimeWindow;
  focus: Focus | null;
  selection: Selection;
  hidden: readonly string[];
  pinned: readonly string[];
  path: PathQuery | null;
  sizeBy: SizeBy;
  colorBy: ColorBy;
  /** The Cypher console's query, carried by the URL while the console is open (absent = none). */
  cypher?: CypherLink | null;
}

export const DEFAULT_FILTERS: Filters = {
  relationTypes: null,
  statuses: null,
  entityTypes: null,
  countries: [],
  minDegree: 1,
  minSources: 1,
};

export const DEFAULT_TIME: TimeWindow = { clock: "event", from: null, to: null, keepUndated: true };

export const DEFAULT_STATE: AppState = {
  filters: DEFAULT_FILTERS,
  time: DEFAULT_TIME,
  focus: null,
  selection: null,
  hidden: [],
  pinned: [],
  path: null,
  sizeBy: "degree",
  colorBy: "type",
};

export type StateUpdate<S> = Partial<S> | ((state: S) => Partial<S>);
export type StateListener<S> = (next: S, prev: S) => void;

export interface Store<S> {
  get(): S;
  set(update: StateUpdate<S>): void;
  subscribe(listener: StateListener<S>): () => void;
}

export function createStore<S extends object>(initial: S): Store<S> {
  let state = initial;
  const listeners = new Set<StateListener<S>>();
  return {
    get: () => state,
    set(update) {
      const patch = typeof update === "function" ? update(state) : update;
      const prev = state;
      state = { ...state, ...patch };
      for (const listener of [...listeners]) listener(state, prev);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** Adds or removes `value` from a list used as a set (keeps order, returns a new array). */
export function toggleIn<T>(list: readonly T[], value: T, on = !list.includes(value)): T[] {
  const without = list.filter((item) => item !== value);
  return on ? [...without, value] : without;
}

/**
 * Toggles one member of a nullable "null = all" selection. Selecting every member again collapses
 * back to null, so the URL stays short and new schema members stay visible.
 */
export function toggleInAll<T>(current: readonly T[] | null, all: readonly T[], value: T): T[] | null {
  const base = current ?? all;
  const next = toggleIn(base, value);
  return all.every((item) => next.includes(item)) ? null : all.filter((item) => next.includes(item));
}

/** Whether any filter narrows the view (used for the "reset filters" affordance and empty states). */
export function filtersAreActive(state: AppState): boolean {
  const f = state.filters;
  return (
    f.relationTypes !== null ||
    f.statuses !== null ||
    f.entityTypes !== null ||
    f.countries.length > 0 ||
    f.minDegree !== DEFAULT_FILTERS.minDegree ||
    f.minSources !== DEFAULT_FILTERS.minSources ||
    state.time.from !== null ||
    state.time.to !== null ||
    state.focus !== null ||
    state.hidden.length > 0
  );
}
