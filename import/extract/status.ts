/**
 * How a trigger is stated: negated ("tidak mengunjungi", "did not visit": no relation), planned
 * ("akan", "berencana", "undangan … untuk", "will"), alleged ("diduga", "dipercaya", "reportedly") or
 * reported. Markers are looked for in the trigger's clause: a few items before it, and for nouns a
 * few after ("kunjungan … akan dilakukan").
 */
import type { RelationStatus } from "../../graph-schema/index.js";

import type { MarkerClass } from "./lexicon/schema.js";
import { isHardStop, isMarker, markerLength, type SentenceView } from "./sentence-view.js";

const LEFT_WINDOW = 7;
const RIGHT_WINDOW = 10;
const MAX_AUXILIARIES = 3;

/** First item of the clause holding item `i`. */
export function clauseStart(v: SentenceView, i: number): number {
  for (let k = i - 1; k >= 0; k--) {
    const it = v.items[k];
    if (isHardStop(it) || (it?.kind !== "actor" && isMarker(v, k, "clauseBoundary") && !isMarker(v, k, "relative"))) return k + 1;
  }
  return 0;
}

/** End (exclusive) of the clause starting after item `i`: the next boundary other than "bahwa/that". */
export function clauseEnd(v: SentenceView, i: number): number {
  for (let k = i; k < v.items.length; k++) {
    const it = v.items[k];
    if (it?.kind === "actor") continue;
    if (isHardStop(it) && it?.text !== '"' && it?.text !== "”" && it?.text !== "“") return k;
    if (isMarker(v, k, "clauseBoundary") && !isMarker(v, k, "complementizer") && !isMarker(v, k, "relative")) return k;
  }
  return v.items.length;
}

/**
 * Negated: a negation before the trigger, across auxiliaries and plan words ("tidak akan", "did not",
 * "tidak dijadwalkan mengunjungi", "is not expected to visit", "has no plans to"); or the trigger's
 * clause is the complement of a negated verb ("belum menemukan tanda-tanda bahwa Kim akan …", "found
 * no evidence that …") or a question left open ("whether to send", "apakah akan", "considering").
 */
export function isNegated(v: SentenceView, i0: number, refusals = true): boolean {
  return negatedDirectly(v, i0, refusals) || openComplement(v, i0);
}

const NEGATING = ["negation", "failure", "refusal"] as const;
const NEGATING_BUT_REFUSAL = ["negation", "failure"] as const;

/** Coordinators a negation reaches across to a second verb ("tidak mengonfirmasi maupun membantah", "did not confirm or deny"). */
const NEGATED_COORDINATION = new Set(["maupun", "ataupun", "atau", "or", "nor"]);

/**
 * A negation before the trigger, across auxiliaries, plan words, "untuk/to" and a coordinated verb; with
 * `refusals`, a refusal too (not for an accusation or a denial: "menolak tuduhan" still reports the claim).
 */
export function negatedDirectly(v: SentenceView, i0: number, refusals = true): boolean {
  const negating = refusals ? NEGATING : NEGATING_BUT_REFUSAL;
  let k = i0 - 1;
  let coordinated = false;
  for (let steps = 0; k >= 0 && steps <= MAX_AUXILIARIES + 2; steps++, k--) {
    // a negation phrase ending here ("tidak ada kunjungan", "there is no visit"), a failure ("failed to
    // cooperate"; not in openComplement: "failed to conceal that it had supplied …" states the supply) or a
    // refusal ("menolak memasok senjata", "declined to visit")
    if (negating.some((cls) => phraseEndingAt(v, k, cls) >= 0)) return true;
    // whom a plan is for, as a pronoun ("belum ada rencana baginya untuk mengunjungi", "no plans for him to visit")
    const beneficiary = phraseEndingAt(v, k, "beneficiary");
    if (beneficiary >= 0) {
      k = beneficiary;
      continue;
    }
    const it = v.items[k];
    // whom a plan or a permission is for: "no plans for Lavrov to travel"; a refused permission is no
    // act ("refused to allow Kyiv to strike", "tidak mengizinkan Ukraina menyerang")
    if (it?.kind === "actor" && (isMarker(v, k - 1, "beneficiaryPrep") || isMarker(v, k - 1, "permission"))) {
      k--;
      continue;
    }
    if (!coordinated && it?.kind === "word" && NEGATED_COORDINATION.has(it.norm) && v.items[k - 1]?.kind === "word") {
      coordinated = true;
      k--; // the first verb
      continue;
    }
    const planWord = isMarker(v, k, "planned") && it?.kind === "word";
    const purpose = it?.norm === "untuk" || it?.norm === "to";
    if (!isMarker(v, k, "auxiliary") && !isMarker(v, k, "beAux") && !planWord && !purpose) break;
  }
  return false;
}

/** Where a phrase of class `cls` (up to three tokens) that ends at item k starts, or -1. */
function phraseEndingAt(v: SentenceView, k: number, cls: MarkerClass): number {
  for (let j = Math.max(0, k - 2); j <= k; j++) if (markerLength(v, j, cls) === k - j + 1) return j;
  return -1;
}

const NEGATED_COMPLEMENT_WINDOW = 6;

/** The trigger sits in a "bahwa/that" clause of a negated verb, or after a hedge ("whether", "apakah", "considering"). */
export function openComplement(v: SentenceView, i0: number): boolean {
  for (let k = i0 - 1; k >= 0 && k >= i0 - 12; k--) {
    const it = v.items[k];
    if (isHardStop(it)) return false;
    if (it?.kind === "word" && isMarker(v, k, "hedge")) return true;
    if (it?.kind === "word" && isMarker(v, k, "complementizer")) {
      for (let j = k - 1; j >= 0 && j >= k - NEGATED_COMPLEMENT_WINDOW; j--) {
        const w = v.items[j];
        if (isHardStop(w) || w?.kind === "actor") break;
        // "did not confirm that", "declined to confirm that": the clause is left open (but "menolak tuduhan
        // bahwa …" rejects a claim, whose content the clause is)
        if (isMarker(v, j, "claimNoun")) break;
        if (isMarker(v, j, "negation") || isMarker(v, j, "refusal")) return true;
      }
      return false;
    }
    if (it?.kind !== "actor" && isMarker(v, k, "clauseBoundary") && !isMarker(v, k, "relative")) return false;
  }
  return false;
}

export interface StatusOptions {
  /** Look after the trigger too (nominal triggers: "kunjungan Putin akan dilakukan"). */
  noun: boolean;
}

/** Items between a parenthetical's commas and its speech verb ("…, Blinken said on Thursday, …"). */
const PARENTHETICAL_REACH = 4;

/** The speech verb at `k` stands between two commas: ", Indian officials said,", ", kata pejabat Turki,". */
function parenthetical(v: SentenceView, k: number): boolean {
  const end = k + markerLength(v, k, "speech");
  const commaBefore = v.items.slice(Math.max(0, k - PARENTHETICAL_REACH), k).some((it) => it.text === ",");
  const commaAfter = v.items.slice(end, end + PARENTHETICAL_REACH).some((it) => it.text === ",");
  return commaBefore && commaAfter;
}

export function statusAt(v: SentenceView, i0: number, i1: number, opts: StatusOptions): RelationStatus {
  const from = Math.max(clauseStart(v, i0), i0 - LEFT_WINDOW);
  let planned = false;
  let alleged = false;
  for (let k = from; k < i0; k++) {
    planned ||= isMarker(v, k, "planned");
    alleged ||= isMarker(v, k, "alleged");
  }
  if (opts.noun) {
    for (let k = i1; k < v.items.length && k < i1 + RIGHT_WINDOW; k++) {
      // a speech verb opens another clause ("After Friday's talks with Lavrov, she said Pyongyang would …"),
      // unless it is a parenthetical attribution ("Modi's visit, officials said, will take place …")
      const speech = isMarker(v, k, "speech") && !parenthetical(v, k);
      if (isHardStop(v.items[k]) || (v.items[k]?.kind !== "actor" && (isMarker(v, k, "clauseBoundary") || speech))) break;
      planned ||= isMarker(v, k, "planned") && !isMarker(v, k, "inviter");
    }
  }
  // "menyambut Presiden Putin untuk mengunjungi", "invited Kim to visit": a welcome to do it is a plan
  const purpose = v.items[i0 - 1]?.norm === "untuk" || v.items[i0 - 1]?.norm === "to";
  for (let k = Math.max(from, i0 - 6); purpose && k < i0 - 1; k++) planned ||= isMarker(v, k, "welcome");
  if (planned) return "planned";
  return alleged ? "alleged" : "reported";
}

/** Items after an event or agreement noun its predicate's negation may stand at ("The treaty … was never signed"). */
const PREDICATE_REACH = 16;

/**
 * The predicate after a noun ending at `i1` is negated: "The treaty between X and Y was never signed",
 * "Pakta … tidak pernah ditandatangani", "A pact … is unlikely", "The joint exercises … were cancelled".
 */
export function negatedAfterNoun(v: SentenceView, i1: number): boolean {
  for (let k = i1; k < v.items.length && k < i1 + PREDICATE_REACH; k++) {
    // a relative clause about the noun is skipped ("The treaty, which Washington brokered, was never signed");
    // another comma ends the noun's phrase ("Unlike Beijing's pact with Tehran, the deal has no …")
    if (v.items[k]?.text === "," && isMarker(v, k + 1, "relative")) {
      const close = v.items.findIndex((it, j) => j > k + 1 && (it.text === "," || isHardStop(it)));
      if (close < 0 || isHardStop(v.items[close])) return false;
      k = close;
      continue;
    }
    if (isHardStop(v.items[k]) || v.items[k]?.text === ",") return false;
    if (isMarker(v, k, "negation")) return true;
  }
  return false;
}
