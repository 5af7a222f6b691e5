import type { RelationDetails } from "../../graph-schema/index.js";

/**
 * Which statements a relation card lists and how many it does not: an entity's relations arrive with
 * their first few statements only, so the total comes from `evidenceCount`, not from what was loaded.
 */
export function evidenceToShow(relation: Pick<RelationDetails, "evidence" | "evidenceCount">, maxEvidence: number | undefined): { shown: RelationDetails["evidence"]; total: number; more: number } {
  const shown = maxEvidence === undefined ? relation.evidence : relation.evidence.slice(0, maxEvidence);
  const total = Math.max(relation.evidenceCount, relation.evidence.length);
  return { shown, total, more: total - shown.length };
}
