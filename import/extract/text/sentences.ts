/**
 * Sentence splitting on tokens. A line break always ends a sentence (headlines, paragraphs); a full
 * stop does when followed by a capital, digit or quote, unless it ends an abbreviation or an initial.
 * A dateline prefix ("PYONGYANG, Outlet.com - ") is cut off the first sentence of a paragraph.
 */
import type { Token } from "./tokens.js";

export interface Sentence {
  index: number;
  /** Token range [t0, t1). */
  t0: number;
  t1: number;
  /** Character range of the trimmed sentence. */
  start: number;
  end: number;
}

const ENDERS = new Set([".", "!", "?", "…"]);
const CLOSERS = new Set(['"', "”", "’", "'", ")", "»"]);
const ABBREVIATIONS = new Set(
  "dr mr mrs ms prof jr sr st gen lt col maj capt sgt no vol jan feb mar apr jun jul aug sep sept oct nov dec u s a n e w k h ir drs dll dsb tsb bpk yth rep reps sen gov amb adm pres rev hon brig cmdr".split(" "),
);
const DASHES = new Set(["-", "–", "—"]);
const MAX_DATELINE_TOKENS = 20;

function isBreak(tokens: Token[], i: number): boolean {
  const t = tokens[i] as Token;
  const next = tokens[i + 1];
  if (!next) return true;
  if (next.newlineBefore) return true;
  if (!ENDERS.has(t.text)) return false;
  if (next.start === t.end && next.kind !== "punct") return false; // "Gatra.com", "3.5"
  const prev = tokens[i - 1];
  if (t.text === "." && prev && prev.kind === "word" && ABBREVIATIONS.has(prev.norm) && prev.text.length <= 4) {
    return false;
  }
  return next.cap || next.kind === "num" || CLOSERS.has(next.text) || next.text === "“" || next.text === "(";
}

export function splitSentences(tokens: Token[]): Sentence[] {
  const out: Sentence[] = [];
  let t0 = 0;
  let paragraphStart = true;
  for (let i = 0; i < tokens.length; i++) {
    if (!isBreak(tokens, i)) continue;
    let end = i + 1;
    // a closing quote or bracket right after the full stop belongs to the sentence it closes
    while (end < tokens.length && CLOSERS.has((tokens[end] as Token).text) && !(tokens[end] as Token).newlineBefore) end++;
    const start0 = paragraphStart ? skipDateline(tokens, t0, end) : t0;
    if (start0 < end) {
      out.push({ index: out.length, t0: start0, t1: end, start: (tokens[start0] as Token).start, end: (tokens[end - 1] as Token).end });
    }
    paragraphStart = end >= tokens.length || (tokens[end] as Token).newlineBefore;
    t0 = end;
    i = end - 1;
  }
  return out;
}

/** "PYONGYANG, KOMPAS.TV - Menteri …" -> starts at "Menteri": the prefix names a place and an outlet. */
function skipDateline(tokens: Token[], t0: number, t1: number): number {
  const limit = Math.min(t1, t0 + MAX_DATELINE_TOKENS);
  for (let i = t0 + 1; i < limit; i++) {
    const t = tokens[i] as Token;
    if (!DASHES.has(t.text)) continue;
    const prefix = tokens.slice(t0, i);
    const hasComma = prefix.some((p) => p.text === ",");
    const hasDomain = prefix.some((p, k) => p.text === "." && k > 0 && prefix[k + 1] !== undefined && (prefix[k + 1] as Token).start === p.end);
    if ((hasComma || hasDomain) && (hasDomain || prefix.every((p) => p.kind !== "word" || p.cap))) return i + 1;
    return t0;
  }
  return t0;
}
