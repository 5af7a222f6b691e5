/**
 * Draft relations -> the ExtractedRelation list of an article: verbatim evidence with offsets,
 * symmetric relations in one canonical direction, exact repeats merged, and a stable order — by first
 * statement of each (type, source, target), the strongest status first (reported, alleged, planned,
 * denied), so readers of the first entry see how the article mostly presents the fact.
 */
import { isSymmetric, type ExtractedRelation, type PartialDate, type RelationStatus } from "../../graph-schema/index.js";

import type { DraftRelation } from "./context.js";
import type { Sentence } from "./text/sentences.js";

const STATUS_RANK: Record<RelationStatus, number> = { reported: 0, alleged: 1, planned: 2, denied: 3 };
const round = (x: number) => Math.round(x * 100) / 100;

export interface DatedDraft extends DraftRelation {
  date: PartialDate | null;
}

function evidenceRange(r: DraftRelation, sentences: Sentence[]): { start: number; end: number } {
  if (r.evidence) return r.evidence;
  const s = sentences[r.sentence];
  return s ? { start: s.start, end: s.end } : { start: r.triggerStart, end: r.triggerEnd };
}

export function assembleRelations(text: string, drafts: DatedDraft[], sentences: Sentence[]): ExtractedRelation[] {
  const merged = new Map<string, ExtractedRelation>();
  const firstOfFact = new Map<string, number>();
  for (const d of drafts) {
    let [source, target] = [d.source.name, d.target.name];
    if (isSymmetric(d.type) && target < source) [source, target] = [target, source];
    const { start, end } = evidenceRange(d, sentences);
    const fact = `${d.type}|${source}|${target}`;
    const key = `${fact}|${d.status}|${start}`;
    firstOfFact.set(fact, Math.min(firstOfFact.get(fact) ?? Infinity, start));
    const existing = merged.get(key);
    if (existing) {
      existing.triggers = [...new Set([...existing.triggers, ...d.triggers])];
      existing.confidence = Math.max(existing.confidence, round(d.confidence));
      existing.date ??= d.date;
      if (!existing.claimId && d.claimId) existing.claimId = d.claimId;
      continue;
    }
    const r: ExtractedRelation = {
      type: d.type,
      source,
      target,
      status: d.status,
      date: d.date,
      evidence: text.slice(start, end),
      start,
      end,
      triggers: [...d.triggers],
      confidence: round(Math.min(1, Math.max(0, d.confidence))),
    };
    if (d.claimId) r.claimId = d.claimId;
    if (d.role) r.role = d.role;
    merged.set(key, r);
  }
  const keyed = [...merged.values()].map((r) => {
    const fact = `${r.type}|${r.source}|${r.target}`;
    return { r, fact, first: firstOfFact.get(fact) ?? 0 };
  });
  keyed.sort(
    (a, b) =>
      a.first - b.first ||
      (a.fact < b.fact ? -1 : a.fact > b.fact ? 1 : 0) ||
      STATUS_RANK[a.r.status] - STATUS_RANK[b.r.status] ||
      a.r.start - b.r.start,
  );
  return keyed.map((k) => k.r);
}
