/**
 * What follows from a review's choices, pure: the ids entities and relations will have once committed,
 * the choices the server would refuse (`problemsOf`, so the commit is held back with a message instead),
 * counts for the list and the confirmation's summary of a commit.
 */
import { RELATION_TYPES, allowsEndpoints, entityKey, relationKey, type EntityType, type ExtractedRelation } from "../../graph-schema/index.js";
import { choiceOf, proposedRelations, type FileReview, type ReviewState } from "./review-state.js";
import type { CommitBody } from "./schemas.js";

export function entityTypeOf(review: FileReview, name: string): EntityType | null {
  return review.draft.extraction.entities.find((e) => e.name === name)?.type ?? null;
}

/** The entity id a proposed entity will have once committed (merge, registry match, or its own slug). */
export function resolvedEntityId(review: FileReview, name: string): string | null {
  const chosen = review.merges[name] ?? review.draft.existing[name];
  if (chosen) return chosen.id;
  try {
    return entityKey(name);
  } catch {
    return null;
  }
}

/** The id the relation will have in the graph (null if an end has no id). */
export function resolvedRelationId(review: FileReview, relation: ExtractedRelation): string | null {
  const source = resolvedEntityId(review, relation.source);
  const target = resolvedEntityId(review, relation.target);
  return source && target ? relationKey(relation.type, source, target, relation.status) : null;
}

export interface ReviewProblem {
  key: string | null;
  message: string;
}

/** Choices the server would refuse, so the commit is held back with a message instead. */
export function problemsOf(review: FileReview): ReviewProblem[] {
  const problems: ReviewProblem[] = [];
  for (const { key, relation } of proposedRelations(review.draft)) {
    const choice = choiceOf(review, key);
    if (choice.kind === "accept") continue;
    const source = resolvedEntityId(review, relation.source);
    if (source !== null && source === resolvedEntityId(review, relation.target)) {
      problems.push({ key, message: `${relation.source} and ${relation.target} become one entity after the merge, so this relation cannot be ${choice.kind === "reject" ? "rejected" : "corrected"}: accept it or undo the merge.` });
      continue;
    }
    if (choice.kind !== "edit") continue;
    const [from, to] = choice.swap ? [relation.target, relation.source] : [relation.source, relation.target];
    const fromType = entityTypeOf(review, from);
    const toType = entityTypeOf(review, to);
    if (fromType && toType && !allowsEndpoints(choice.type, fromType, toType)) {
      problems.push({ key, message: `A “${RELATION_TYPES[choice.type].label}” relation cannot go from a ${fromType} to a ${toType}.` });
    }
  }
  return problems;
}

export interface ChoiceCounts {
  accepted: number;
  rejected: number;
  edited: number;
}

export function countChoices(review: FileReview): ChoiceCounts {
  const counts: ChoiceCounts = { accepted: 0, rejected: 0, edited: 0 };
  for (const { key } of proposedRelations(review.draft)) {
    const kind = choiceOf(review, key).kind;
    if (kind === "accept") counts.accepted += 1;
    else if (kind === "reject") counts.rejected += 1;
    else counts.edited += 1;
  }
  return counts;
}

/** Files still to commit: under review (or failed before) and without problems. */
export function committable(state: ReviewState): FileReview[] {
  return state.items.flatMap((item) =>
    item.kind === "file" && (item.review.phase.kind === "review" || item.review.phase.kind === "failed") && problemsOf(item.review).length === 0 ? [item.review] : [],
  );
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** "9 relations (8 new, 1 updated) · 7 entities new · 1 rejected · 0 corrected" for the confirmation. */
export function describeCommit(result: CommitBody): string {
  const r = result.summary.relations;
  const e = result.summary.entities;
  const kinds = result.curations.map((c) => c.kind);
  const count = (kind: string) => kinds.filter((k) => k === kind).length;
  const parts = [
    `${plural(result.relationIds.length, "relation")} (${r.new} new, ${r.updated} updated)`,
    `${plural(e.new, "new entity", "new entities")}`,
    `${count("reject-relation")} rejected`,
    `${count("correct-relation")} corrected`,
  ];
  const merged = count("merge-entities");
  const aliases = count("add-alias");
  if (merged) parts.push(`${merged} merged`);
  if (aliases) parts.push(plural(aliases, "alias", "aliases") + " added");
  return parts.join(" · ");
}
