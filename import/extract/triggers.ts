/**
 * Trigger hits of a sentence: longest lexicon phrase at each item, left to right, a matched phrase
 * not re-entered (so "melontarkan tuduhan" is one accusation, not also a launch). An English word
 * that is both verb and noun ("strike", "visit", "attack") is a noun after a determiner ("a deadly
 * strike", "his visit") and a verb otherwise.
 */
import type { Language } from "../../graph-schema/index.js";

import type { LanguageLexicon } from "./lexicon/compile.js";
import type { TriggerFrame } from "./lexicon/schema.js";
import { FIRST } from "./text/first-words.js";
import type { TriggerHit } from "./rules/common.js";
import { isMarker, quoteOpening, type SentenceView } from "./sentence-view.js";

const NOUN_FRAMES = new Set<TriggerFrame>(["noun", "joint", "ally", "face", "predicate", "smear"]);

function nounPosition(v: SentenceView, i: number): boolean {
  // "drone transfers", "arms shipments": a weapon word makes a compound noun of it
  if (v.items[i - 1]?.kind === "word" && isMarker(v, i - 1, "weapon")) return true;
  // 'held "warm and comradely" talks': a quoted modifier after a determiner or a light verb
  const opening = quoteOpening(v, i - 1);
  if (opening >= 0) return isMarker(v, opening - 1, "determiner") || isMarker(v, opening - 1, "lightVerb");
  for (let k = i - 1; k >= 0 && k >= i - 2; k--) {
    const it = v.items[k];
    if (!it || it.kind === "punct") return false;
    if (isMarker(v, k, "determiner") || isMarker(v, k, "possessive") || it.text === "'s") return true;
    if (it.kind === "actor") return false;
  }
  return false;
}

export function findTriggers(v: SentenceView, lang: LanguageLexicon, language: Language, flags: Uint8Array): TriggerHit[] {
  const out: TriggerHit[] = [];
  const notWord = (k: number) => v.items[k]?.kind !== "word";
  for (let i = 0; i < v.items.length; i++) {
    const it = v.items[i];
    if (it?.kind !== "word" || !((flags[it.t0] as number) & FIRST.trigger)) continue;
    const m = lang.triggers.longest(v.items, i, v.items.length, notWord);
    if (!m) continue;
    let payloads = m.payloads;
    const nounish = payloads.filter((p) => NOUN_FRAMES.has(p.entry.frame));
    if (language === "en" && nounish.length > 0 && nounish.length < payloads.length) {
      const asNoun = nounPosition(v, i);
      payloads = payloads.filter((p) => NOUN_FRAMES.has(p.entry.frame) === asNoun);
    }
    for (const p of payloads) out.push({ ...p, i0: i, i1: i + m.length, possessed: m.viaStem });
    i += m.length - 1;
  }
  return out;
}
