/**
 * Person names not in any list, found from their shape and context: a run of capitalised words that
 * are not lexicon words ("Kazbek Taysaev", "Choe Son-hui"), accepted where the context says a person
 * is named — after a title (roles.ts), before an apposed title, next to a speech verb ("kata Lukin").
 * Short forms ("Kim", "Putin") resolve to a person named earlier in the article.
 */
import type { Mention, MentionContext } from "./mentions.js";
import { FIRST } from "./text/first-words.js";
import { personKey } from "./person-key.js";
import type { Sentence } from "./text/sentences.js";
import type { Token } from "./text/tokens.js";

const PARTICLES = new Set(["bin", "binti", "al", "el", "ibn", "van", "von", "der", "de", "da", "la", "le", "dos", "del"]);
const MAX_NAME_WORDS = 4;

export type MarkerTest = (t: number, cls: "speech" | "determiner" | "ledBy") => number;

function isNameWord(ctx: MentionContext, t: number): boolean {
  const tok = ctx.tokens[t];
  if (!tok || tok.kind !== "word" || ctx.index.covering(t)) return false;
  if (tok.hyphenPrev) return true;
  return tok.cap && !(tok.upper && tok.text.length > 3) && !ctx.lexicon.notNameWords[ctx.language].has(tok.norm) && tok.text.length > 1;
}

/** End (exclusive) of the name run starting at `i`, or `i` when none starts there. */
export function nameRunEnd(ctx: MentionContext, s: Sentence, i: number): number {
  if (!isNameWord(ctx, i) || (ctx.tokens[i] as Token).hyphenPrev) return i;
  let k = i + 1;
  let words = 1;
  while (k < s.t1 && words < MAX_NAME_WORDS + 2) {
    const tok = ctx.tokens[k] as Token;
    if (tok.newlineBefore) break;
    if (isNameWord(ctx, k)) {
      k++;
      if (!tok.hyphenPrev) words++;
    } else if (PARTICLES.has(tok.norm) && isNameWord(ctx, k + 1)) k++;
    else break;
  }
  return words > MAX_NAME_WORDS ? i : k;
}

const wordsIn = (ctx: MentionContext, t0: number, t1: number) => {
  let n = 0;
  for (let t = t0; t < t1; t++) if (!(ctx.tokens[t] as Token).hyphenPrev) n++;
  return n;
};

/** A person whose first or last name this single word is (hyphens included: "Thomas-Greenfield"), named earlier (or a unique gazetteer surname). */
function shortForm(ctx: MentionContext, t: number): Mention | null {
  const tok = ctx.tokens[t] as Token;
  if (!tok.cap || ctx.lexicon.notNameWords[ctx.language].has(tok.norm)) return null;
  let t1 = t + 1;
  let word = tok.norm;
  for (let next = ctx.tokens[t1]; next?.hyphenPrev && next.kind === "word"; next = ctx.tokens[++t1]) word += `-${next.norm}`;
  // several persons share the word: the one head of state or government among them ("pemimpin Korea Utara
  // Kim Jong Un … putrinya, Kim Ju Ae … Kim"), else the one named last ("Kim Jong Un's sister Kim Yo Jong … Kim")
  const named = ctx.registry.personsNamed(word).filter((p) => p.first < tok.start);
  const leaders = named.filter((p) => p.leader);
  const known = leaders.length === 1 ? leaders[0] : named.sort((a, b) => b.first - a.first)[0];
  if (known) {
    known.aliases.add(ctx.text.slice(tok.start, (ctx.tokens[t1 - 1] as Token).end));
    return { t0: t, t1, entity: known, form: "short" };
  }
  if (t1 > t + 1) return null;
  const entry = ctx.lexicon.uniqueSurnames.get(tok.norm);
  if (!entry) return null;
  return { t0: t, t1: t + 1, entity: ctx.registry.fromGazetteer(entry, tok.text, tok.start), form: "short" };
}

/** Words (longer than 3 letters) of a headline enough to tell Title Case from a name-rich sentence, and the share capitalised. */
const TITLE_CASE_MIN_WORDS = 4;
const TITLE_CASE_SHARE = 0.7;

/** The article's first line written in Title Case: most of its longer words capitalised. */
function titleCaseHeadline(ctx: MentionContext, s: Sentence): boolean {
  if (s.index !== 0) return false;
  let long = 0;
  let capitalised = 0;
  for (let t = s.t0; t < s.t1; t++) {
    const tok = ctx.tokens[t] as Token;
    if (tok.kind !== "word" || tok.text.length <= 3) continue;
    long++;
    if (tok.cap) capitalised++;
  }
  return long >= TITLE_CASE_MIN_WORDS && capitalised >= TITLE_CASE_SHARE * long;
}

/**
 * The person named at token `i`: an existing person mention, a run of two or more name words, or
 * (with `allowShort`) a known person's short form. Registers and indexes new names.
 */
export function personAt(ctx: MentionContext, s: Sentence, i: number, allowShort: boolean): Mention | null {
  const existing = ctx.index.covering(i);
  if (existing) return existing.t0 === i && existing.entity.type === "Person" ? existing : null;
  const end = nameRunEnd(ctx, s, i);
  const found = end > i ? end : capitalisedWordOpening(ctx, s, i);
  if (found === i) return null;
  return nameAt(ctx, s, i, found, allowShort);
}

/**
 * Where a person is expected (after a title, at a speech verb), a capitalised word that is otherwise a
 * lexicon word may open a name of several words: "Presiden Vietnam To Lam". Not at a sentence's start,
 * where every word is capitalised.
 */
function capitalisedWordOpening(ctx: MentionContext, s: Sentence, i: number): number {
  const tok = ctx.tokens[i];
  // a title or rank is no name's first word ("Jenderal Alexander Fomin", "Secretary Minoru Kihara")
  if (i === s.t0 || !tok || tok.kind !== "word" || !tok.cap || tok.upper || ctx.index.covering(i) || (ctx.flags[i] as number) & FIRST.title) return i;
  const rest = nameRunEnd(ctx, s, i + 1);
  return rest > i + 1 ? rest : i;
}

function nameAt(ctx: MentionContext, s: Sentence, i: number, end: number, allowShort: boolean): Mention | null {
  const words = wordsIn(ctx, i, end);
  // a Title Case headline capitalises verbs and nouns too: after a name ("IAEA Sahkan Resolusi Kecam
  // Iran") a capitalised run is read as one, after a title ("President Vo Van Thuong") it is kept
  if (words >= 2 && ctx.index.covering(i - 1) && titleCaseHeadline(ctx, s)) return null;
  if (words >= 2) {
    const surface = ctx.text.slice((ctx.tokens[i] as Token).start, (ctx.tokens[end - 1] as Token).end);
    const m: Mention = { t0: i, t1: end, entity: ctx.registry.person(surface, (ctx.tokens[i] as Token).start), form: "name" };
    ctx.index.put(m);
    return m;
  }
  if (!allowShort) return null;
  const short = shortForm(ctx, i);
  if (short) ctx.index.put(short);
  return short;
}

/**
 * Names next to speech verbs: "kata Artyom Lukin", "tutur X", "Dmitry Peskov said", "menurut X"; and
 * after "led by" ("delegasi China yang dipimpin Li Hongzhong"), where a person is expected too.
 */
export function findCuedNames(ctx: MentionContext, isMarker: MarkerTest): void {
  for (const s of ctx.sentences) {
    for (let i = s.t0; i < s.t1; i++) {
      const led = isMarker(i, "ledBy");
      if (led > 0) personAt(ctx, s, i + led, false);
      const len = isMarker(i, "speech");
      if (len === 0) continue;
      let k = i + len;
      while (k < s.t1 && isMarker(k, "determiner") > 0) k++;
      personAt(ctx, s, k, false);
      // before the verb: the run ending right before it
      let b = i - 1;
      while (b > s.t0 && isNameWord(ctx, b - 1) && i - b < MAX_NAME_WORDS) b--;
      if (b < i - 1 && isNameWord(ctx, b) && nameRunEnd(ctx, s, b) === i) personAt(ctx, s, b, false);
    }
  }
}

/** Every remaining full name of a known person, and short forms of persons named before. */
export function findKnownNames(ctx: MentionContext): void {
  for (const s of ctx.sentences) {
    for (let i = s.t0; i < s.t1; i++) {
      if (!(ctx.tokens[i] as Token).cap || ctx.index.covering(i)) continue;
      const end = nameRunEnd(ctx, s, i);
      if (end === i) continue;
      if (wordsIn(ctx, i, end) >= 2) {
        const surface = ctx.text.slice((ctx.tokens[i] as Token).start, (ctx.tokens[end - 1] as Token).end);
        if (isKnownPerson(ctx, surface)) {
          ctx.index.put({ t0: i, t1: end, entity: ctx.registry.person(surface, (ctx.tokens[i] as Token).start), form: "name" });
        }
        i = end - 1;
        continue;
      }
      const short = shortForm(ctx, i);
      if (short) ctx.index.put(short);
    }
  }
}

function isKnownPerson(ctx: MentionContext, surface: string): boolean {
  const key = personKey(surface);
  return ctx.lexicon.personsByKey.has(key) || ctx.registry.hasPersonKey(key);
}
