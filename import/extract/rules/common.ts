/**
 * What every relation rule shares: the trigger hit it handles, the claim (accusation) a trigger may
 * sit in, and the status the trigger gets there.
 */
import type { Language, RelationStatus } from "../../../graph-schema/index.js";

import { clauseSubject, genitiveAt, subjectLeft, type Accept, type ArgGroup } from "../args.js";
import type { Claim, ExtractionContext } from "../context.js";
import type { TriggerRef } from "../lexicon/compile.js";
import { isMarker, type SentenceView } from "../sentence-view.js";
import { isNegated, statusAt } from "../status.js";

export interface TriggerHit extends TriggerRef {
  /** Trigger items [i0, i1). */
  i0: number;
  i1: number;
  /** Matched on "-nya" stripped: the noun has a possessor ("serangannya"). */
  possessed: boolean;
}

export type Rule = (ctx: ExtractionContext, v: SentenceView, hit: TriggerHit) => void;

/** The claim whose content span holds item `i` of this sentence. */
export function claimAt(ctx: ExtractionContext, v: SentenceView, i: number): Claim | undefined {
  for (let k = ctx.claims.length - 1; k >= 0; k--) {
    const c = ctx.claims[k] as Claim;
    if (c.sentence === v.sentence.index && i >= c.from && i < c.to) return c;
    if (c.sentence < v.sentence.index) break;
  }
  return undefined;
}

export interface Situation {
  status: RelationStatus;
  claim: Claim | undefined;
  /** Subject search must not leave the claim's span. */
  minIndex: number;
}

/**
 * Status and claim of a trigger, or null when negated. Inside a claim, a verb states what is alleged;
 * a nominal with its own arguments ("invasi Putin ke Ukraina") is presupposed and keeps its own status.
 */
export function situation(ctx: ExtractionContext, v: SentenceView, hit: TriggerHit, noun: boolean): Situation | null {
  if (isNegated(v, hit.i0)) return null;
  const denied = ctx.denials.some((d) => d.sentence === v.sentence.index && hit.i0 >= d.from && hit.i0 < d.to);
  if (denied) return { status: "denied", claim: undefined, minIndex: 0 };
  const claim = claimAt(ctx, v, hit.i0);
  const own = statusAt(v, hit.i0, hit.i1, { noun });
  if (claim && !noun) return { status: "alleged", claim, minIndex: claim.from };
  return { status: own, claim: own === "alleged" ? claim : undefined, minIndex: claim ? claim.from : 0 };
}

/** The subject of a verbal trigger; inside a claim with none of its own, the accused. */
export function verbSubject(v: SentenceView, hit: TriggerHit, sit: Situation, accept: Accept): ArgGroup | "accused" {
  const g = subjectLeft(v, hit.i0, { accept, minIndex: sit.minIndex, allowOblique: isLedBy(v, hit.i0) });
  if (g.length > 0) return g;
  return sit.claim && sit.claim.accused.length > 0 ? "accused" : [];
}

/** "Delegasi … dipimpin oleh Yun Jong Ho, berangkat": the leader named after "dipimpin oleh" acts. */
function isLedBy(v: SentenceView, i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 14; k--) if (isMarker(v, k, "ledBy")) return true;
  return false;
}

/**
 * The agent of a nominal trigger: the genitive after it ("kunjungan Korea Utara", "invasi Putin"),
 * "X's visit", or — when the noun is possessed ("serangannya", "his visit") or follows a light verb
 * ("melakukan kunjungan", "held talks") — the clause subject.
 */
export function nounAgent(language: Language, v: SentenceView, hit: TriggerHit, sit: Situation, accept: Accept): { group: ArgGroup; genitive: boolean } {
  const gen = genitiveAt(v, hit.i1, accept);
  if (gen.length > 0) return { group: gen, genitive: true };
  const before = v.items[hit.i0 - 1];
  // "Putin's visit", "Putin's first visit"
  for (const k of [hit.i0 - 1, hit.i0 - 2]) {
    const owner = v.items[k - 1];
    if (v.items[k]?.text === "'s" && owner?.kind === "actor" && owner.entities.some(accept)) return { group: [owner], genitive: true };
  }
  // "Russian invasion"; in English (owner first) also a name: "Putin visit"; Indonesian puts it after
  const namedBefore = language === "en" && !isMarker(v, hit.i0 - 2, "preposition") && v.items[hit.i0 - 2]?.kind !== "actor";
  const prenominal = before?.mention?.form === "adjective" || namedBefore;
  if (before?.kind === "actor" && prenominal && before.entities.some(accept)) return { group: [before], genitive: true };
  // "serangannya", "its attack": the possessor is the clause's subject
  if (hit.possessed || isMarker(v, hit.i0 - 1, "possessive")) return { group: clauseSubject(v, hit.i0, { accept, minIndex: sit.minIndex }), genitive: false };
  let light = false;
  for (let k = hit.i0 - 1; k >= 0 && k >= hit.i0 - 3 && !light; k--) light = isMarker(v, k, "lightVerb");
  if (!light) return { group: [], genitive: false };
  return { group: subjectLeft(v, hit.i0, { accept, minIndex: sit.minIndex }), genitive: false };
}
