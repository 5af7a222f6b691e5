/**
 * When a claim was denied. An alleged relation shares `claimIds` with the DENIES edge(s) that answer it;
 * the denial is known from the DENIES edge's first report. Relations that carry `deniedBy` without a
 * linked DENIES edge count as denied from the start (the denial is in the same article).
 * Lets playback change an edge's style in the month its denial was first reported.
 */
import type { NewsGraph } from "./news-graph.js";
import { monthsOf } from "../state/time-window.js";

/** claimId -> earliest month a denial of it was reported ("" when the denial is undated). */
export type DenialIndex = ReadonlyMap<string, string>;

export function indexDenials(graph: NewsGraph): DenialIndex {
  const index = new Map<string, string>();
  graph.forEachEdge((_edge, attrs) => {
    if (attrs.relationType !== "DENIES") return;
    const month = attrs.firstReported ? monthsOf(attrs.firstReported)[0] : "";
    for (const claim of attrs.claimIds) {
      const known = index.get(claim);
      if (known === undefined || month < known) index.set(claim, month);
    }
  });
  return index;
}

interface ClaimedRelation {
  relationType: string;
  status: string;
  claimIds: readonly string[];
  deniedBy: readonly string[];
}

/**
 * Whether an alleged (or planned/reported) relation has been denied as of a month (null = at any time).
 * DENIES edges themselves are never "denied"; `denied`-status relations are denied by definition.
 */
export function isDeniedAsOf(relation: ClaimedRelation, denials: DenialIndex, asOf: string | null): boolean {
  if (relation.relationType === "DENIES") return false;
  if (relation.status === "denied") return true;
  let linked = false;
  for (const claim of relation.claimIds) {
    const month = denials.get(claim);
    if (month === undefined) continue;
    linked = true;
    if (asOf === null || month <= asOf) return true;
  }
  return !linked && relation.deniedBy.length > 0;
}

/** How a relation is drawn: its stored status, except that an alleged relation someone denies is "contested". */
export type DisplayStatus = "reported" | "alleged" | "contested" | "denied" | "planned";

export function displayStatus(relation: ClaimedRelation, denials: DenialIndex, asOf: string | null): DisplayStatus {
  switch (relation.status) {
    case "alleged":
      return isDeniedAsOf(relation, denials, asOf) ? "contested" : "alleged";
    case "denied":
    case "planned":
    case "reported":
      return relation.status;
    default:
      return "reported";
  }
}
