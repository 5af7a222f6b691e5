/**
 * Aggregate increments for evidence a batch adds: per relation, what to add to its counts and lists.
 * Claims are scoped to one article (claim ids start with the article id), so who alleges or denies a
 * claim is known from the batch alone. Pure; the loader applies these with one query per type.
 */
import { isRelationType, parseRelationKey, type RelationType } from "../../graph-schema/index.js";
import type { EvidenceRow } from "./rows.js";

export interface RelationIncrement {
  id: string;
  sourceId: string;
  targetId: string;
  status: string;
  evidenceCount: number;
  articleIds: string[];
  outlets: string[];
  claimIds: string[];
  allegedBy: string[];
  deniedBy: string[];
  eventDate: string | null;
  firstReported: string | null;
  lastReported: string | null;
  confidence: number;
}

const minOf = (a: string | null, b: string | null) => (a === null ? b : b === null ? a : a < b ? a : b);
const maxOf = (a: string | null, b: string | null) => (a === null ? b : b === null ? a : a > b ? a : b);

export function toIncrements(evidence: EvidenceRow[]): Map<RelationType, RelationIncrement[]> {
  const accusers = new Map<string, Set<string>>();
  const deniers = new Map<string, Set<string>>();
  for (const v of evidence) {
    if (!v.claimId) continue;
    const bucket = v.type === "ACCUSES" ? accusers : v.type === "DENIES" ? deniers : null;
    if (bucket) bucket.set(v.claimId, (bucket.get(v.claimId) ?? new Set()).add(v.sourceId));
  }
  const byId = new Map<string, RelationIncrement>();
  for (const v of evidence) {
    const inc = byId.get(v.relationId) ?? {
      id: v.relationId,
      sourceId: v.sourceId,
      targetId: v.targetId,
      status: v.status,
      evidenceCount: 0,
      articleIds: [],
      outlets: [],
      claimIds: [],
      allegedBy: [],
      deniedBy: [],
      eventDate: null,
      firstReported: null,
      lastReported: null,
      confidence: 0,
    };
    inc.evidenceCount += 1;
    addUnique(inc.articleIds, v.articleId);
    addUnique(inc.outlets, v.outletKey);
    if (v.claimId) {
      addUnique(inc.claimIds, v.claimId);
      for (const id of accusers.get(v.claimId) ?? []) addUnique(inc.allegedBy, id);
      for (const id of deniers.get(v.claimId) ?? []) addUnique(inc.deniedBy, id);
    }
    inc.eventDate = minOf(inc.eventDate, v.eventDate);
    inc.firstReported = minOf(inc.firstReported, v.reportDate);
    inc.lastReported = maxOf(inc.lastReported, v.reportDate);
    inc.confidence = Math.max(inc.confidence, v.confidence);
    byId.set(v.relationId, inc);
  }
  const byType = new Map<RelationType, RelationIncrement[]>();
  for (const inc of byId.values()) {
    const type = parseRelationKey(inc.id)?.type;
    if (!isRelationType(type)) continue;
    byType.set(type, [...(byType.get(type) ?? []), inc]);
  }
  return byType;
}

function addUnique(list: string[], value: string): void {
  if (!list.includes(value)) list.push(value);
}
