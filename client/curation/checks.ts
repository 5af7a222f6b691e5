/**
 * The checks behind the Details panel's curation forms, pure (no DOM) and unit-tested: what the
 * server would refuse is said in the form, before anything is sent.
 */
import {
  RELATION_TYPES,
  allowsEndpoints,
  partialDateSchema,
  type ArticleRef,
  type EntityDetails,
  type RelationDetails,
  type RelationStatus,
  type RelationType,
  type SearchHit,
} from "../../graph-schema/index.js";
import { relationLabel } from "../render/styles.js";

/** Why a correction cannot be sent as chosen, or null. */
export function correctionProblem(relation: Pick<RelationDetails, "relationType" | "status" | "source" | "target">, type: RelationType, swap: boolean, status: RelationStatus): string | null {
  const effectiveSwap = swap && !RELATION_TYPES[type].symmetric;
  if (type === relation.relationType && status === relation.status && !effectiveSwap) return "Change the type, the direction or the status first.";
  const [from, to] = effectiveSwap ? [relation.target, relation.source] : [relation.source, relation.target];
  if (!allowsEndpoints(type, from.entityType, to.entityType)) return `A “${relationLabel(type)}” relation cannot go from a ${from.entityType} to a ${to.entityType}.`;
  return null;
}

/** The articles an entity's evidence comes from, newest first, each once. */
export function articlesOf(details: EntityDetails): ArticleRef[] {
  const byId = new Map<string, ArticleRef>();
  for (const relation of details.relations) for (const evidence of relation.evidence) byId.set(evidence.article.id, evidence.article);
  return [...byId.values()].sort((a, b) => (b.date ?? "").localeCompare(a.date ?? "") || a.title.localeCompare(b.title));
}

export interface ManualRelationDraft {
  entityType: EntityDetails["entity"]["entityType"];
  other: Pick<SearchHit, "id" | "entityType"> | null;
  outgoing: boolean;
  type: RelationType;
  articleId: string;
  quote: string;
  articleText: string | null;
  eventDate: string;
}

/** Why the relation cannot be sent as filled in, or null. */
export function manualRelationProblem(entityId: string, draft: ManualRelationDraft): string | null {
  if (!draft.other) return "Choose the other entity from the search results.";
  if (draft.other.id === entityId) return "A relation needs two different entities.";
  const [from, to] = draft.outgoing ? [draft.entityType, draft.other.entityType] : [draft.other.entityType, draft.entityType];
  if (!allowsEndpoints(draft.type, from, to)) return `A “${relationLabel(draft.type)}” relation cannot go from a ${from} to a ${to}.`;
  if (!draft.articleId) return "Choose the article that states it.";
  if (draft.quote.trim().length < 3) return "Select or paste the words of the article that state it.";
  if (draft.articleText !== null && !draft.articleText.includes(draft.quote.trim())) return "The quote must be the article's own words: select it in the text above, or paste it exactly.";
  if (draft.eventDate.trim() && !partialDateSchema.safeParse(draft.eventDate.trim()).success) return "Give the event date as YYYY, YYYY-MM or YYYY-MM-DD, or leave it empty.";
  return null;
}
