/**
 * What every relation rule shares: the trigger hit it handles, the claim (accusation) a trigger may
 * sit in, and the status the trigger gets there.
 */
import type { Language, RelationStatus } from "../../../graph-schema/index.js";

import { clauseSubject, genitiveAt, subjectAfterFrontedPhrase, subjectLeft, type Accept, type ArgGroup } from "../args.js";
import { newClaimId, type Claim, type ExtractionContext, type SentenceSpan } from "../context.js";
import type { ArticleEntity } from "../entities.js";
import type { TriggerRef } from "../lexicon/compile.js";
import { isHardStop, isMarker, markerLength, quoteOpening, type Item, type SentenceView } from "../sentence-view.js";
import { speakerOf } from "../speech.js";
import { negatedDirectly, openComplement, statusAt } from "../status.js";

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
  if (openComplement(v, hit.i0)) return null;
  const holds = (span: SentenceSpan) => span.sentence === v.sentence.index && hit.i0 >= span.from && hit.i0 < span.to;
  if (ctx.unsaid.some(holds)) return null;
  if (negatedDirectly(v, hit.i0)) return deniedBySpeaker(ctx, v, hit);
  const denied = ctx.denials.some(holds);
  if (denied) return { status: "denied", claim: undefined, minIndex: 0 };
  const claim = claimAt(ctx, v, hit.i0);
  if (claim?.ongoing) return { status: "alleged", claim, minIndex: claim.from };
  const own = statusAt(v, hit.i0, hit.i1, { noun });
  if (claim && !noun) return { status: "alleged", claim, minIndex: claim.from };
  if (own === "alleged" && !claim) return { status: own, claim: unattributedClaim(ctx, v, hit), minIndex: 0 };
  return { status: own, claim: own === "alleged" ? claim : undefined, minIndex: claim ? claim.from : 0 };
}

/**
 * An allegation nobody is named making ("Korea Utara diduga mengirim …", "reportedly"): a claim with no
 * accuser and no span, so a later denial ("membantah tuduhan tersebut") can answer it.
 */
function unattributedClaim(ctx: ExtractionContext, v: SentenceView, hit: TriggerHit): Claim {
  const claim: Claim = { id: newClaimId(ctx), accusers: [], accused: [], sentence: v.sentence.index, from: hit.i1, to: hit.i1, relations: [] };
  ctx.claims.push(claim);
  return claim;
}

/** The subject of a verbal trigger; inside a claim with none of its own, the accused. */
export function verbSubject(v: SentenceView, hit: TriggerHit, sit: Situation, accept: Accept): ArgGroup | "accused" {
  // "X met Assad in Damascus, and the next day flew to Ankara": the verb shares the clause's subject
  const shared = coordinatedSubject(v, hit.i0, accept, sit.minIndex);
  if (shared.length > 0) return shared;
  const g = subjectLeft(v, hit.i0, { accept, minIndex: sit.minIndex, allowOblique: isLedBy(v, hit.i0) });
  if (g.length > 0) return withLedDelegation(v, hit.i0, g, accept);
  return sit.claim && sit.claim.accused.length > 0 ? "accused" : [];
}

/**
 * The subject a verb shares with the verb before it when a coordinator opens its phrase ("memanggil
 * Dubes Rusia X dan mendesak Moskow …" is the caller's), else [].
 */
export function coordinatedSubject(v: SentenceView, i0: number, accept: Accept, minIndex?: number): ArgGroup {
  const coordinator = coordinatorBefore(v, i0);
  return coordinator >= 0 ? clauseSubject(v, coordinator, { accept, ...(minIndex !== undefined ? { minIndex } : {}) }) : [];
}

/** Words that may stand between a coordinator and its second verb ("and the next day flew", "dan kemudian terbang"). */
const COORDINATED_VERB_REACH = 5;

/**
 * A coordinator opening the trigger's verb phrase with no actor between (a second verb of the same
 * subject: "… dan melancarkan serangan", "sebelum melanjutkan lawatan ke Ankara", "before flying to
 * Ankara"), or -1. Not in an infinitive clause: "urged Choe to visit Moscow and meet Putin" is Choe's.
 */
function coordinatorBefore(v: SentenceView, i0: number): number {
  for (let k = i0 - 1; k >= 0 && k >= i0 - COORDINATED_VERB_REACH; k--) {
    const it = v.items[k] as Item;
    if (it.kind === "actor" || isHardStop(it)) return -1;
    if (it.kind !== "word" || !(isMarker(v, k, "coordination") || isMarker(v, k, "sequence"))) continue;
    for (let j = k - 1; j >= 0; j--) {
      if (isHardStop(v.items[j])) break;
      if (isMarker(v, j, "purpose")) return -1;
    }
    return k;
  }
  return -1;
}

/** Items between a "led by" and the verb it leads to. */
const LED_BY_REACH = 14;

/** Index of the nearest "led by"/"dipimpin oleh" before item `i` within reach, else -1. */
function ledByBefore(v: SentenceView, i: number): number {
  for (let k = i - 1; k >= 0 && k >= i - LED_BY_REACH; k--) if (isMarker(v, k, "ledBy")) return k;
  return -1;
}

/** "Delegasi … dipimpin oleh Yun Jong Ho, berangkat": the leader named after "dipimpin oleh" acts. */
const isLedBy = (v: SentenceView, i: number) => ledByBefore(v, i) >= 0;

/**
 * A delegation led by someone acts with its leader: "A Hamas delegation led by X travelled", "Delegasi
 * Houthi yang dipimpin X tiba" — the party the delegation stands for and the leader, whichever the
 * subject found.
 */
function withLedDelegation(v: SentenceView, i0: number, subject: ArgGroup, accept: Accept): ArgGroup {
  const led = ledByBefore(v, i0);
  // "… led by X, and the two countries signed": a pronoun for countries names the parties itself
  if (led < 0 || subject.some((it) => it.pronoun && it.entities.every((e) => e.type === "Country"))) return subject;
  // "… led by X arrived in Tehran, while Pezeshkian flew …": another clause's verb
  for (let k = led + 1; k < i0; k++) if (v.items[k]?.kind !== "actor" && (isMarker(v, k, "clauseBoundary") || isMarker(v, k, "relative"))) return subject;
  const out = [...subject];
  const add = (it: Item | undefined) => {
    if (it?.kind === "actor" && it.entities.some(accept) && !out.includes(it)) out.push(it);
  };
  for (let j = led - 1; j >= 0 && j >= led - 4; j--) {
    if (!isMarker(v, j, "envoy")) continue;
    add(v.items[j - 1]?.kind === "actor" ? v.items[j - 1] : v.items[j + 1]);
    add(genitiveAt(v, led + markerLength(v, led, "ledBy"), accept)[0]);
    break;
  }
  return out;
}

/**
 * The agent of a nominal trigger: the genitive after it ("kunjungan Korea Utara", "invasi Putin"),
 * "X's visit", or — when the noun is possessed ("serangannya", "his visit") or follows a light verb
 * ("melakukan kunjungan", "held talks") — the clause subject.
 */
export function nounAgent(language: Language, v: SentenceView, hit: TriggerHit, sit: Situation, accept: Accept): { group: ArgGroup; genitive: boolean } {
  const gen = genitiveAt(v, hit.i1, accept);
  if (gen.length > 0) return { group: gen, genitive: true };
  // "a visit by Putin to Pyongyang", "kunjungan oleh Putin"
  if (isMarker(v, hit.i1, "agent")) {
    const by = genitiveAt(v, hit.i1 + markerLength(v, hit.i1, "agent"), accept);
    if (by.length > 0) return { group: by, genitive: true };
  }
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
  if (hit.possessed || isMarker(v, hit.i0 - 1, "possessive")) {
    const owner = clauseSubject(v, hit.i0, { accept, minIndex: sit.minIndex });
    return { group: owner.length > 0 ? owner : frontedOwner(v, hit.i0, accept), genitive: false };
  }
  let light = false;
  let k = hit.i0 - 1;
  // three words back, a hyphenated compound counting as one ("launched a cross-border offensive")
  for (let words = 0; k >= 0 && words < LIGHT_VERB_WORDS && !light; k--) {
    // a quoted modifier counts as one word: 'held "warm and comradely" talks'
    const opening = quoteOpening(v, k);
    if (opening >= 0) {
      k = opening;
      words++;
      continue;
    }
    light = isMarker(v, k, "lightVerb");
    // a determiner is no qualifying word ("launched a surprise cross-border incursion"); a name ends the
    // phrase ("attacks on Israel if the offensive": that "on" is no light verb of it)
    const determiner = isMarker(v, k, "determiner");
    const it = v.items[k];
    if (it?.kind === "actor" && it.mention?.form !== "adjective") break;
    if (!it?.hyphenPrev && !determiner) words++;
  }
  if (!light) return { group: [], genitive: false };
  // "X menggempur Hizbullah dan melancarkan serangan ke Iran": a light verb after a coordinator shares the clause's subject
  const shared = coordinatedSubject(v, k + 1, accept, sit.minIndex);
  if (shared.length > 0) return { group: shared, genitive: false };
  // "Haniyeh tewas dalam sebuah serangan", "was killed in an attack": the subject is its victim (but
  // "fighters were killed during an attack on Israeli troops" made it)
  if (isMarker(v, k, "casualty") && CASUALTY_IN.has(v.items[k + 1]?.norm ?? "")) return { group: [], genitive: false };
  // past a quoted modifier: 'held "warm and comradely" talks'
  const opening = quoteOpening(v, hit.i0 - 1);
  return { group: subjectLeft(v, opening >= 0 ? opening : hit.i0, { accept, minIndex: sit.minIndex, allowOblique: isLedBy(v, hit.i0) }), genitive: false };
}

/** Words a light verb may stand before its noun ("launched a surprise offensive"). */
const LIGHT_VERB_WORDS = 3;

/** The preposition of being hit in an attack ("tewas dalam serangan", "killed in an attack"). */
const CASUALTY_IN = new Set(["dalam", "in"]);

/** Items a fronted phrase may run after its possessed noun before the comma ("lawatannya ke Vietnam pekan lalu,"). */
const FRONTED_REACH = 8;

/**
 * The possessor of a noun in a phrase that opens the sentence is the main clause's subject, after the
 * comma: "During his trip to Vietnam, Lukashenko met …", "Dalam lawatannya ke Vietnam, Lukashenko …".
 * "his trip": the possessor is a person ("During his visit to Moscow, Russia and China signed …" names none).
 */
function frontedOwner(v: SentenceView, i0: number, accept: Accept): ArgGroup {
  return subjectAfterFrontedPhrase(v, i0, (e) => e.type === "Person" && accept(e), FRONTED_REACH);
}

/**
 * Wrongdoing negated in someone's words ("Kanaani menulis bahwa Teheran tidak pernah mengirimkan
 * rudal ke Rusia", '"We never sent troops," the minister said') is that speaker's denial: the relation
 * is kept as "denied" and a denial is registered (denials.ts links it to the claim it answers).
 */
function deniedBySpeaker(ctx: ExtractionContext, v: SentenceView, hit: TriggerHit): Situation | null {
  if (hit.type !== "SUPPLIES_WEAPONS_TO" && hit.type !== "COOPERATES_WITH") return null;
  const { speakers } = speakerOf(ctx, v, hit.i0);
  if (speakers.length === 0) return null;
  const first = v.items[hit.i0] as Item;
  const last = v.items[hit.i1 - 1] as Item;
  // "menyebut tuduhan NATO 'tidak berdasar' dan menegaskan China tidak pernah memasok …": the claim the speaker just denied
  const answered = ctx.denials.find((d) => d.sentence === v.sentence.index && d.claim && d.deniers.some((x) => speakers.includes(x)));
  ctx.denials.push({ deniers: speakers, claim: answered?.claim ?? null, sentence: v.sentence.index, from: hit.i0, to: hit.i1, triggerStart: first.start, triggerEnd: last.end, i0: hit.i0, i1: hit.i1, confidence: hit.entry.confidence * 0.8, bySpeaker: true });
  return { status: "denied", claim: undefined, minIndex: 0 };
}

const PARTICIPLE = /(?:ed|en|wn|ck|uck|ung|ught|ht)$/;

/**
 * An English verb read as passive: a form of "be" before it (across auxiliaries: "was reportedly
 * attacked", "has been signed"), or a participle right before "by" ("the treaty signed by", "a city
 * hit by"). The "-ing" form is never passive ("is attacking").
 */
export function isEnglishPassive(language: Language, v: SentenceView, hit: TriggerHit): boolean {
  if (language !== "en") return false;
  const verb = v.items[hit.i1 - 1] as Item;
  if (verb.norm.endsWith("ing") || (!PARTICIPLE.test(verb.norm) && verb.norm !== "hit" && verb.norm !== "shot")) return false;
  if (isMarker(v, hit.i1, "agent")) return true;
  for (let k = hit.i0 - 1; k >= 0 && k >= hit.i0 - 4; k--) {
    if (isMarker(v, k, "beAux")) return true;
    if (!isMarker(v, k, "auxiliary") && !(v.items[k]?.norm ?? "").endsWith("ly")) return false;
  }
  return false;
}

/** The agent of a passive verb ending before item `verbEnd`: after "oleh/by"; in Indonesian also right after ("diserang pasukan Ukraina"). */
export function passiveAgent(language: Language, v: SentenceView, verbEnd: number, accept: Accept): ArgGroup {
  // "dikecam keras oleh Rusia", "diterima langsung oleh Kim": an adverb before the agent
  const at = isMarker(v, verbEnd, "intensifier") ? verbEnd + markerLength(v, verbEnd, "intensifier") : verbEnd;
  // "dibantah baik oleh Moskow maupun Pyongyang", "condemned by both Russia and China"
  const from = isMarker(v, at, "correlative") && isMarker(v, at + 1, "agent") ? at + 1 : at;
  if (isMarker(v, from, "agent")) {
    const after = from + markerLength(v, from, "agent");
    return genitiveAt(v, isMarker(v, after, "correlative") ? after + 1 : after, accept);
  }
  return language === "id" ? genitiveAt(v, from, accept) : [];
}
