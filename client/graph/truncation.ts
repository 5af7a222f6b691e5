/**
 * The API sends at most a limit of relations (the strongest first) and says when it cut a graph:
 * the analyst must know that what they see is not everything.
 */
import type { GraphPayload } from "../../graph-schema/index.js";

const count = new Intl.NumberFormat("en");

/** A sentence for the analyst when the answer was cut, else null. */
export function truncationNotice(payload: GraphPayload, what: string): string | null {
  const attributes = payload.attributes ?? {};
  if (attributes.truncated !== true) return null;
  const total = typeof attributes.totalRelations === "number" ? attributes.totalRelations : null;
  const sent = payload.edges.length;
  const of = total === null ? "" : ` of ${count.format(total)}`;
  return `${what}: showing ${count.format(sent)}${of} relations, the best-sourced first. Filter by type, status or time to see the rest.`;
}
