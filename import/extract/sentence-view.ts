/**
 * A sentence as the relation rules see it: a sequence of items, each an actor (a mention, or a
 * pronoun resolved to entities) or a word or punctuation token; the marker classes starting at each
 * item; and the comma-delimited relative clauses subject search skips ("Hamas, yang …, menggunakan").
 */
import type { ArticleEntity } from "./entities.js";
import type { MarkerClass } from "./lexicon/schema.js";
import type { Mention, MentionIndex } from "./mentions.js";
import type { Matchable } from "./text/phrase-trie.js";
import type { Sentence } from "./text/sentences.js";
import type { Token } from "./text/tokens.js";
import type { TokenMarkers } from "./token-markers.js";

export interface Item extends Matchable {
  kind: "actor" | "word" | "punct";
  t0: number;
  t1: number;
  start: number;
  end: number;
  text: string;
  mention?: Mention;
  /** The entities an actor item stands for (one, or several for "kedua negara", "mereka"). */
  entities: ArticleEntity[];
  pronoun: boolean;
}

export interface SentenceView {
  sentence: Sentence;
  items: Item[];
  /** Marker classes starting at each item, with the phrase length in items. */
  markers: Map<MarkerClass, number>[];
  /** Item ranges [from, to] of brackets, comma-enclosed relative clauses (", yang …,") and enumerations (", yakni A dan B,"). */
  asides: Aside[];
}

export function markerLength(v: SentenceView, i: number, cls: MarkerClass): number {
  return v.markers[i]?.get(cls) ?? 0;
}

/** Items of the `cls` phrase, at most `reach` items long, that ends right before item `i`, else 0. */
export function markerEndingAt(v: SentenceView, i: number, cls: MarkerClass, reach = 3): number {
  for (let k = Math.max(0, i - reach); k < i; k++) if (markerLength(v, k, cls) === i - k) return i - k;
  return 0;
}

export const isMarker = (v: SentenceView, i: number, cls: MarkerClass) => markerLength(v, i, cls) > 0;

const HARD_STOPS = new Set([".", ";", "?", "!", "…", ":", '"', "“", "”"]);
export const isHardStop = (it: Item | undefined) => it !== undefined && it.kind === "punct" && HARD_STOPS.has(it.text);

/** Quotation marks, straight, curly and angled (a quoted modifier, a smear noun in quotes). */
const QUOTE_MARKS: ReadonlySet<string> = new Set(['"', "“", "”", "'", "‘", "’", "«", "»"]);
export const isQuoteMark = (it: Item | undefined) => it !== undefined && it.kind === "punct" && QUOTE_MARKS.has(it.text);

/** Items a quoted modifier may span ('held "warm and comradely" talks'). */
const QUOTED_MODIFIER_ITEMS = 6;

/** When item `k` opens a short quote, the index of the quote mark that closes it, else -1. */
export function quoteClosing(v: SentenceView, k: number): number {
  if (!isQuoteMark(v.items[k])) return -1;
  for (let j = k + 1; j < v.items.length && j <= k + QUOTED_MODIFIER_ITEMS; j++) {
    if (isQuoteMark(v.items[j])) return j > k + 1 ? j : -1;
    if (isHardStop(v.items[j])) return -1;
  }
  return -1;
}

/** When item `k` closes a short quote, the index of the quote mark that opens it, else -1. */
export function quoteOpening(v: SentenceView, k: number): number {
  if (!isQuoteMark(v.items[k])) return -1;
  for (let j = k - 1; j >= 0 && j >= k - QUOTED_MODIFIER_ITEMS; j--) {
    if (isQuoteMark(v.items[j])) return j < k - 1 ? j : -1;
    if (isHardStop(v.items[j])) return -1;
  }
  return -1;
}

function baseItems(text: string, tokens: Token[], s: Sentence, index: MentionIndex): Item[] {
  const items: Item[] = [];
  for (let t = s.t0; t < s.t1; t++) {
    const m = index.covering(t);
    const tok = tokens[t] as Token;
    if (m && m.form !== "qualifier") {
      const t1 = Math.min(m.t1, s.t1);
      const end = (tokens[t1 - 1] as Token).end;
      items.push({
        kind: "actor",
        t0: t,
        t1,
        start: tok.start,
        end,
        text: text.slice(tok.start, end),
        norm: "",
        stem: "",
        cap: tok.cap,
        upper: false,
        hyphenPrev: tok.hyphenPrev,
        mention: m,
        entities: [m.entity],
        pronoun: false,
      });
      t = t1 - 1;
      continue;
    }
    items.push({
      kind: tok.kind === "punct" ? "punct" : "word",
      t0: t,
      t1: t + 1,
      start: tok.start,
      end: tok.end,
      text: tok.text,
      norm: tok.norm,
      stem: tok.stem,
      cap: tok.cap,
      upper: tok.upper,
      hyphenPrev: tok.hyphenPrev,
      entities: [],
      pronoun: false,
    });
  }
  return items;
}

const NO_MARKERS: ReadonlyMap<MarkerClass, number> = new Map();

/** Markers of the items: those of their first token, keeping only phrases that do not run into an actor. */
function markersOf(items: Item[], tokenMarkers: TokenMarkers): Map<MarkerClass, number>[] {
  return items.map((it, i) => {
    const found = it.kind === "actor" ? undefined : tokenMarkers[it.t0];
    if (!found) return NO_MARKERS as Map<MarkerClass, number>;
    let words = 1;
    while (i + words < items.length && items[i + words]?.kind !== "actor" && words < 8) words++;
    let fits = true;
    for (const len of found.values()) if (len > words) fits = false;
    if (fits) return found as Map<MarkerClass, number>;
    const kept = new Map<MarkerClass, number>();
    for (const [cls, len] of found) if (len <= words) kept.set(cls, len);
    return kept;
  });
}

export interface Aside {
  from: number;
  to: number;
  /** "source": an attribution between commas (", menurut kantor berita KCNA,", ", according to Seoul,"). */
  kind: "bracket" | "relative" | "enumeration" | "source";
}

function asidesOf(items: Item[], markers: Map<MarkerClass, number>[]): Aside[] {
  const out: Aside[] = [];
  for (let i = 0; i < items.length; i++) {
    const it = items[i] as Item;
    if (it.text === "(") {
      const close = items.findIndex((x, k) => k > i && x.text === ")");
      if (close > i) out.push({ from: i, to: close, kind: "bracket" });
      continue;
    }
    const next = markers[i + 1];
    const kind = it.text !== "," ? null : next?.has("relative") ? "relative" : next?.has("enumeration") ? "enumeration" : next?.has("accordingTo") ? "source" : null;
    if (!kind) continue;
    // an enumeration may hold commas of its own ("yakni Inggris, Prancis, dan Jerman,"): it ends at the comma after its last actor
    const close = kind !== "enumeration" ? items.findIndex((x, k) => k > i + 1 && (x.text === "," || isHardStop(x))) : enumerationEnd(items, markers, i + 1);
    if (close > i && (items[close] as Item).text === ",") out.push({ from: i, to: close, kind });
  }
  return out;
}

/** The comma closing an enumeration of actors that starts at `from` ("namely A, B and C, …"), else -1. */
function enumerationEnd(items: Item[], markers: Map<MarkerClass, number>[], from: number): number {
  let lastActor = -1;
  for (let k = from; k < items.length; k++) {
    const x = items[k] as Item;
    if (isHardStop(x)) return -1;
    if (x.kind === "actor") lastActor = k;
    else if (x.text === "(") k = Math.max(k, items.findIndex((y, j) => j > k && y.text === ")"));
    else if (x.text === "," && lastActor >= 0 && items[k + 1]?.kind !== "actor" && !markers[k + 1]?.has("coordination")) return k;
  }
  return -1;
}

/**
 * Turns a pronoun phrase into the entities it stands for. `notAntecedents`: actors of the sentence a
 * subject pronoun cannot stand for (see `companionsBefore`).
 */
export type ResolvePronoun = (cls: MarkerClass, phrase: string, itemsBefore: Item[], notAntecedents: ReadonlySet<Item>) => ArticleEntity[];

/** Whether the actor at base item `i` is the object of "with/dengan" ("talks with Lavrov"). */
function isCompanion(markers: Map<MarkerClass, number>[], i: number): boolean {
  for (let k = Math.max(0, i - 3); k < i; k++) if (markers[k]?.get("withPrep") === i - k) return true;
  return false;
}

/**
 * The companions named before a pronoun that opens a clause after a comma: "After talks with Lavrov,
 * she accused …" — the one who held talks *with* someone, not that someone, is the subject. Without
 * the comma ("met with Putin, who said he …") the companion stays a candidate.
 */
function companionsBefore(merged: Item[], companions: ReadonlySet<Item>): ReadonlySet<Item> {
  return merged.at(-1)?.text === "," ? companions : NONE;
}
const NONE: ReadonlySet<Item> = new Set();

/** The state a person leads or serves, if the article gives it. */
export type StateOf = (person: ArticleEntity) => ArticleEntity | null;

/**
 * "pemerintahan Assad", "Burhan's government", "the Putin regime": a leader's government (markers
 * 'governmentNoun') acts for his state. The state and the last item of the phrase, or null.
 */
function governmentAt(items: Item[], markers: Map<MarkerClass, number>[], i: number, stateOf: StateOf): { state: ArticleEntity; last: number } | null {
  const person = (it: Item | undefined) => (it?.kind === "actor" && !it.pronoun && it.entities.length === 1 && it.entities[0]?.type === "Person" ? it.entities[0] : null);
  const it = items[i] as Item;
  const leader = it.kind === "word" && markers[i]?.has("governmentNoun") ? person(items[i + 1]) : null;
  if (leader) {
    const state = stateOf(leader);
    return state ? { state, last: i + 1 } : null;
  }
  const first = person(it);
  const noun = items[i + 1]?.text === "'s" ? i + 2 : i + 1;
  if (!first || items[noun]?.kind !== "word" || !markers[noun]?.has("governmentNoun")) return null;
  const state = stateOf(first);
  return state ? { state, last: noun } : null;
}

/** Builds the view; `resolvePronoun` turns a pronoun phrase into the entities it stands for. */
export function buildView(
  text: string,
  tokens: Token[],
  s: Sentence,
  index: MentionIndex,
  tokenMarkers: TokenMarkers,
  resolvePronoun: ResolvePronoun,
  eventNouns: ReadonlySet<string> = new Set(),
  stateOf: StateOf = () => null,
): SentenceView {
  let items = baseItems(text, tokens, s, index);
  let markers = markersOf(items, tokenMarkers);
  const merged: Item[] = [];
  const companions = new Set<Item>();
  let changed = false;
  for (let i = 0; i < items.length; i++) {
    const it = items[i] as Item;
    const government = governmentAt(items, markers, i, stateOf);
    if (government) {
      const last = items[government.last] as Item;
      merged.push({ ...it, kind: "actor", t1: last.t1, end: last.end, text: text.slice(it.start, last.end), norm: "", stem: "", entities: [government.state], pronoun: false });
      changed = true;
      i = government.last;
      continue;
    }
    // "Hizbullah Lebanon", "Houthi Yaman": a body's own country right after it only qualifies it
    const next = items[i + 1];
    const owner = it.kind === "actor" && it.entities.length === 1 && it.entities[0]?.type !== "Person" ? it.entities[0]?.country : undefined;
    if (owner && next?.kind === "actor" && !next.hyphenPrev && next.entities.length === 1 && next.entities[0]?.type === "Country" && next.entities[0].name === owner) {
      merged.push({ ...it, t1: next.t1, end: next.end, text: text.slice(it.start, next.end) });
      changed = true;
      i += 1;
      continue;
    }
    if (it.kind === "actor" && isCompanion(markers, i)) companions.add(it);
    const cls = (["pluralPronoun", "countryPronoun", "groupPronoun", "personPronoun"] as const).find((c) => markers[i]?.has(c));
    const len = cls ? (markers[i]?.get(cls) ?? 0) : 0;
    // "lawatan keduanya" after an event noun is "his second trip", not "both of them"
    const ordinal = cls === "pluralPronoun" && len === 1 && it.norm === "keduanya" && items[i - 1]?.kind === "word" && eventNouns.has((items[i - 1] as Item).stem);
    // "both Hamas and Hezbollah": "both" before names is a determiner, not a pronoun
    const determiner = cls === "pluralPronoun" && len === 1 && items[i + 1]?.kind === "actor";
    if (cls && len > 0 && !ordinal && !determiner) {
      const last = items[i + len - 1] as Item;
      const phrase = text.slice(it.start, last.end);
      const entities = resolvePronoun(cls, phrase.toLowerCase(), merged, companionsBefore(merged, companions));
      if (entities.length > 0) {
        merged.push({ ...it, kind: "actor", t1: last.t1, end: last.end, text: phrase, norm: "", stem: "", entities, pronoun: true });
        changed = true;
        i += len - 1;
        continue;
      }
    }
    merged.push(it);
  }
  if (changed) {
    items = merged;
    markers = markersOf(items, tokenMarkers);
  }
  return { sentence: s, items, markers, asides: asidesOf(items, markers) };
}
