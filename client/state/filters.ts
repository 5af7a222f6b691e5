/**
 * Filter predicates, pure functions of AppState: relation types, statuses, minimum sources, the time
 * window, involved countries (on edges); entity types, hidden nodes and the ego focus (on nodes).
 * The degree filter needs the surviving edges, so it is applied in `graph/view.ts`.
 */
import type { RelationStatus } from "../../graph-schema/index.js";
import type { Affiliation } from "../graph/affiliation.js";
import { isDeniedAsOf, type DenialIndex } from "../graph/denials.js";
import type { EdgeAttributes, NodeAttributes } from "../graph/news-graph.js";
import type { AppState } from "./app-state.js";
import { asOfMonth, inTimeWindow } from "./time-window.js";

export interface FilterContext {
  affiliation: Affiliation;
  denials: DenialIndex;
}

export type EdgePredicate = (attrs: EdgeAttributes, source: string, target: string) => boolean;
export type NodePredicate = (node: string, attrs: NodeAttributes) => boolean;

/**
 * Whether a relation's status is among the selected ones. Selecting "denied" also matches alleged
 * relations whose claim has been denied (as of the window's end): analysts asking for denials want both.
 */
export function statusMatches(
  attrs: EdgeAttributes,
  statuses: ReadonlySet<RelationStatus>,
  denials: DenialIndex,
  asOf: string | null,
): boolean {
  if (statuses.has(attrs.status)) return true;
  return statuses.has("denied") && isDeniedAsOf(attrs, denials, asOf);
}

export function touchesCountries(
  source: string,
  target: string,
  affiliation: Affiliation,
  countries: ReadonlySet<string>,
): boolean {
  const belongs = (node: string) => (affiliation.get(node) ?? []).some((country) => countries.has(country));
  return belongs(source) || belongs(target);
}

export function createEdgePredicate(state: AppState, ctx: FilterContext): EdgePredicate {
  const { filters, time } = state;
  const types = filters.relationTypes ? new Set<string>(filters.relationTypes) : null;
  const statuses = filters.statuses ? new Set<RelationStatus>(filters.statuses) : null;
  const countries = filters.countries.length > 0 ? new Set(filters.countries) : null;
  const asOf = asOfMonth(time);
  return (attrs, source, target) => {
    if (types && !types.has(attrs.relationType)) return false;
    if (statuses && !statusMatches(attrs, statuses, ctx.denials, asOf)) return false;
    if (attrs.sourceCount < filters.minSources) return false;
    if (!inTimeWindow(attrs, time)) return false;
    if (countries && !touchesCountries(source, target, ctx.affiliation, countries)) return false;
    return true;
  };
}

/** Entity types, hidden nodes and, when focused, membership of the ego network. */
export function createNodePredicate(state: AppState, ego: ReadonlySet<string> | null): NodePredicate {
  const types = state.filters.entityTypes ? new Set<string>(state.filters.entityTypes) : null;
  const hidden = new Set(state.hidden);
  return (node, attrs) => {
    if (hidden.has(node)) return false;
    if (types && !types.has(attrs.entityType)) return false;
    if (ego && !ego.has(node)) return false;
    return true;
  };
}
