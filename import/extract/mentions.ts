/**
 * Mentions: spans of tokens naming an entity. This module holds the span index and finds the
 * lexicon-driven ones: gazetteer names, metonyms and adjectives; state bodies built from templates
 * ("Kementerian Luar Negeri Rusia"); other bodies from head words ("Universitas …"); short forms valid
 * in context ("Utara"); and allies of a country ("AS dan sekutunya").
 */
import type { Language } from "../../graph-schema/index.js";

import type { ArticleEntity, EntityRegistry } from "./entities.js";
import type { CompiledLexicon, GazetteerForm, GazetteerHit } from "./lexicon/compile.js";
import type { MarkerClass, RoleTitle } from "./lexicon/schema.js";
import type { Sentence } from "./text/sentences.js";
import { FIRST } from "./text/first-words.js";
import type { PhraseTrie } from "./text/phrase-trie.js";
import type { Token } from "./text/tokens.js";

export type MentionForm =
  | GazetteerForm
  | "name"
  | "short"
  | "template"
  | "org-head"
  | "allies"
  | "role-phrase"
  | "description"
  /** A place that only qualifies a word ("London-based", "berbasis di London"): no actor. */
  | "qualifier";

export interface RolePhrase {
  title: string;
  label: RoleTitle | null;
  /** The body or country named with the person, if any. */
  affiliation: ArticleEntity | null;
  /** Who backs that body, named in the phrase ("the Iran-backed group Hezbollah"). */
  backer?: ArticleEntity | null;
  start: number;
  end: number;
}

export interface Mention {
  t0: number;
  t1: number;
  entity: ArticleEntity;
  form: MentionForm;
  role?: RolePhrase;
}

/** Which token belongs to which mention; a token belongs to one mention at most. */
export class MentionIndex {
  private readonly at: (Mention | undefined)[];
  constructor(size: number) {
    this.at = new Array<Mention | undefined>(size);
  }
  covering(t: number): Mention | undefined {
    return this.at[t];
  }
  free(t0: number, t1: number): boolean {
    for (let t = t0; t < t1; t++) if (this.at[t]) return false;
    return true;
  }
  /** Adds `m`, first removing every mention it overlaps. */
  put(m: Mention): void {
    for (let t = m.t0; t < m.t1; t++) {
      const old = this.at[t];
      if (old) for (let u = old.t0; u < old.t1; u++) this.at[u] = undefined;
    }
    for (let t = m.t0; t < m.t1; t++) this.at[t] = m;
  }
  list(): Mention[] {
    const out: Mention[] = [];
    for (let t = 0; t < this.at.length; t++) {
      const m = this.at[t];
      if (m && m.t0 === t) out.push(m);
    }
    return out;
  }
}

export interface MentionContext {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  lexicon: CompiledLexicon;
  language: Language;
  registry: EntityRegistry;
  index: MentionIndex;
  /** FIRST bits per token (text/first-words.ts). */
  flags: Uint8Array;
  /** `t => index.covering(t) !== undefined`, made once: phrase matches may not enter a mention. */
  covered: (t: number) => boolean;
}

/** The mention whose "'s" ends right before token `t` ("Russia's [Foreign Ministry]"), if any. */
export const possessorBefore = (ctx: MentionContext, t: number): Mention | undefined =>
  ctx.tokens[t - 1]?.text === "'s" || pluralPossessive(ctx, t - 1) ? ctx.index.covering(t - 2) : undefined;

/** A lone apostrophe at token `t` right after a plural ("the Houthis' negotiator"). */
export function pluralPossessive(ctx: MentionContext, t: number): boolean {
  const tok = ctx.tokens[t];
  const last = ctx.tokens[t - 1];
  return tok !== undefined && last !== undefined && (tok.text === "'" || tok.text === "’") && tok.start === last.end && last.norm.endsWith("s");
}

const surfaceOf = (ctx: MentionContext, t0: number, t1: number) =>
  ctx.text.slice((ctx.tokens[t0] as Token).start, (ctx.tokens[t1 - 1] as Token).end);

/** A lone capitalised word ("Barat", "Utara") must not be part of a longer name ("Jawa Barat"). */
function standsAlone(ctx: MentionContext, s: Sentence, t0: number, t1: number): boolean {
  const prev = ctx.tokens[t0 - 1];
  const next = ctx.tokens[t1];
  const prevJoins = t0 > s.t0 && prev !== undefined && prev.cap && !ctx.index.covering(t0 - 1);
  const nextJoins = t1 < s.t1 && next !== undefined && next.cap && !next.newlineBefore;
  return !prevJoins && !nextJoins;
}

function countryAdjective(country: ArticleEntity): string {
  return country.gazetteer?.adjectives?.en[0] ?? country.name;
}

/** "{adj} Ministry of Foreign Affairs" -> "Russian Ministry of Foreign Affairs". */
function templateName(pattern: string, country: ArticleEntity): string {
  return pattern.replace("{adj}", countryAdjective(country)).replace("{country}", country.name);
}

/** A mention found but not yet registered: building it records the entity and alias. */
interface Candidate {
  t0: number;
  t1: number;
  build: () => Mention | null;
}

/** Compass and region words that extend a country name into another place ("Amerika Latin", "Korea Selatan"). */
const REGION_QUALIFIERS = new Set(["latin", "selatan", "utara", "tengah", "barat", "timur", "raya", "south", "north", "central", "west", "east", "latina"]);

/** A title ends right before token `t`, or a portfolio word stands there ("Gubernur Wilayah …"). */
function titleOrPortfolioBefore(ctx: MentionContext, s: Sentence, t: number): boolean {
  const lang = ctx.lexicon.lang[ctx.language];
  if (t > s.t0 && lang.portfolios.has((ctx.tokens[t - 1] as Token).norm)) return true;
  return phraseEndsAt(ctx, lang.titles, Math.max(s.t0, t - 3), t);
}

/** Tokens a lexicon phrase may span when it is looked for backwards. */
const MAX_PHRASE_TOKENS = 4;

/** A phrase of `trie` ends right before token `t`, starting at token `lower` or after. */
export function phraseEndsAt<P>(ctx: MentionContext, trie: PhraseTrie<P>, lower: number, t: number): boolean {
  for (let st = t - 1; st >= lower && st >= t - MAX_PHRASE_TOKENS; st--) if (st + (trie.longest(ctx.tokens, st, t)?.length ?? 0) === t) return true;
  return false;
}

/** Token `t` is a capitalised word no lexicon holds: a name the article does not know. */
function unknownNameWordAt(ctx: MentionContext, s: Sentence, t: number): boolean {
  const tok = ctx.tokens[t];
  if (t >= s.t1 || !tok || tok.kind !== "word" || !tok.cap || tok.upper || tok.hyphenPrev || tok.newlineBefore) return false;
  return !ctx.lexicon.notNameWords[ctx.language].has(tok.norm) && ((ctx.flags[t] as number) & (FIRST.gazetteer | FIRST.title | FIRST.template)) === 0;
}

function gazetteerMention(ctx: MentionContext, s: Sentence, i: number): Candidate | null {
  const tok = ctx.tokens[i] as Token;
  if (!((ctx.flags[i] as number) & FIRST.gazetteer)) return null;
  const hit = ctx.lexicon.gazetteer.longest(ctx.tokens, i, s.t1, ctx.covered);
  if (!hit) return null;
  const best = hit.payloads.find((p) => p.entry.type === "Country") ?? (hit.payloads[0] as GazetteerHit);
  const t1 = i + hit.length;
  if (hit.length === 1 && best.entry.type === "Group" && !standsAlone(ctx, s, i, t1)) return null;
  const next = ctx.tokens[t1];
  if (hit.length === 1 && t1 < s.t1 && next?.cap && !next.hyphenPrev && REGION_QUALIFIERS.has(next.norm)) return null;
  // "Aden Duale", "Saida Mirziyoyeva": a one-word place before a capitalised word no lexicon holds is a first
  // name, unless a title stands before it ("Wali Kota Kharkiv Ihor Terekhov")
  if (hit.length === 1 && best.entry.type === "Location" && unknownNameWordAt(ctx, s, t1) && !titleOrPortfolioBefore(ctx, s, i)) return null;
  return {
    t0: i,
    t1,
    build: () => ({ t0: i, t1, entity: ctx.registry.fromGazetteer(best.entry, surfaceOf(ctx, i, t1), (ctx.tokens[i] as Token).start), form: best.form }),
  };
}

/**
 * A state-body template with its country: after it ("Kementerian Luar Negeri Rusia", "Ministry of
 * Defence of Iran") or, in English, before it ("Russia's Foreign Ministry", "the Iranian defence ministry").
 */
function templateMention(ctx: MentionContext, s: Sentence, i: number): Candidate | null {
  const templates = ctx.lexicon.lang[ctx.language].orgTemplates;
  if (!((ctx.flags[i] as number) & FIRST.template)) return null;
  const hit = templates.longest(ctx.tokens, i, s.t1);
  const template = hit?.payloads[0];
  if (!hit || !template) return null;
  let k = skipAcronymInParentheses(ctx, s, i + hit.length);
  while (k < s.t1 && ["of", "the"].includes((ctx.tokens[k] as Token).norm)) k++;
  const after = ctx.lexicon.gazetteer.longest(ctx.tokens, k, s.t1, ctx.covered);
  const countryAfter = after?.payloads.find((p) => p.entry.type === "Country" && p.form !== "adjective");
  let t0 = i;
  let t1: number;
  let countryName: string;
  if (after && countryAfter) {
    t1 = k + after.length;
    countryName = countryAfter.entry.name;
  } else {
    const before = ctx.index.covering(i - 1) ?? possessorBefore(ctx, i);
    if (!before || before.entity.type !== "Country" || before.t1 < i - 1) return null;
    t0 = before.t0;
    t1 = i + hit.length;
    countryName = before.entity.name;
  }
  return {
    t0,
    t1,
    build: () => {
      const start = (ctx.tokens[t0] as Token).start;
      const country = ctx.registry.country(countryName, start);
      if (!country) return null;
      if (after && countryAfter) country.aliases.add(surfaceOf(ctx, k, t1));
      const known = ctx.lexicon.templateBodies.get(`${template.name}|${country.name}`);
      if (known) return { t0, t1, entity: ctx.registry.fromGazetteer(known, surfaceOf(ctx, t0, t1), start), form: "alias" };
      const name = templateName(template.name, country);
      const entity = ctx.registry.organization(name, surfaceOf(ctx, t0, t1), country.name, template.actsForState, start, template.military);
      return { t0, t1, entity, form: "template" };
    },
  };
}

/** Letters of a short form in parentheses: "(NIS)", "(Kemlu)". */
const MAX_SHORT_FORM = 8;

/** "Badan Intelijen Nasional (NIS) Korea Selatan": the body's short form may stand between it and its country. */
function skipAcronymInParentheses(ctx: MentionContext, s: Sentence, k: number): number {
  const inside = ctx.tokens[k + 1];
  const acronym = inside !== undefined && inside.cap && inside.text.length <= MAX_SHORT_FORM;
  return k + 2 < s.t1 && ctx.tokens[k]?.text === "(" && acronym && ctx.tokens[k + 2]?.text === ")" ? k + 3 : k;
}

/** Capitalised words a body's name may hold before its head ("Asan Institute", "Royal United Services Institute"). */
const MAX_WORDS_BEFORE_HEAD = 3;
const HEAD_LINKS = new Set(["of", "for"]);
const NAME_JOINS = new Set(["and", "&", "dan", "of"]);
const NOT_NAME_WORD = FIRST.title | FIRST.marker | FIRST.trigger;

/**
 * A body named around a head word: "Universitas Gadjah Mada", "University of Tehran", "Institute for
 * the Study of War", "Center for Strategic and International Studies", and with the head after a few
 * capitalised words, "Asan Institute for Policy Studies", "Royal United Services Institute".
 */
function orgHeadMention(ctx: MentionContext, s: Sentence, i: number): Candidate | null {
  const { orgHeads: heads, orgHeadsAfterName } = ctx.lexicon.lang[ctx.language];
  const tok = (t: number) => ctx.tokens[t] as Token;
  // words before the head: plain capitalised words, no title, marker or trigger ("Iran Says Institute …" is a headline)
  const nameWord = (t: number) => tok(t).cap && (t === i || !tok(t).newlineBefore) && !((ctx.flags[t] as number) & NOT_NAME_WORD);
  let h = i;
  while (h < s.t1 && h - i < MAX_WORDS_BEFORE_HEAD && !heads.has(tok(h).norm) && nameWord(h)) h++;
  const head = ctx.tokens[h];
  if (!head?.cap || !heads.has(head.norm) || (h > i && (s.index === 0 || ctx.index.covering(h) || !orgHeadsAfterName.has(head.norm)))) return null;
  // the name starts with its first capitalised word: "National Security Council" is not "Security Council"
  // (a title before it is no part of it: "Analis Crisis Group")
  if (h > i && i > s.t0 && tok(i - 1).cap && !tok(i).newlineBefore && !ctx.index.covering(i - 1) && !functionWordAt(ctx, s, i - 1) && !titleEndsBefore(ctx, s, i)) return null;
  let k = h + 1;
  const link = HEAD_LINKS.has(ctx.tokens[k]?.norm ?? "");
  if (link) k++;
  if (link && ctx.tokens[k]?.norm === "the") k++;
  const startRun = k;
  const named = (t: number) => t < s.t1 && (tok(t).cap || tok(t).hyphenPrev) && !tok(t).newlineBefore;
  // "and" joins words of the name, not another name or body ("… dan Rusia", "… and Universitas X")
  const joined = (t: number) => named(t) && !functionWordAt(ctx, s, t) && !heads.has(tok(t).norm) && !knownNameAt(ctx, s, t);
  // after a head named by the words before it, only a linked name follows ("Lowy Institute Sydney" ends at the head)
  if (h === i || link) {
    while ((named(k) && !(k === startRun && functionWordAt(ctx, s, k))) || (k > startRun && NAME_JOINS.has(tok(k).norm) && joined(k + 1))) {
      // a country before a name ends the body's name: "Partai Komunis Vietnam [Nguyen Phu Trong]" (but
      // "Institute for Iran-Eurasia Studies", "Center for Iran Studies" go on)
      const hit = (ctx.flags[k] as number) & FIRST.gazetteer ? ctx.lexicon.gazetteer.longest(ctx.tokens, k, s.t1, ctx.covered) : null;
      if (hit?.payloads.some((p) => p.entry.type === "Country" && p.form !== "adjective") && unknownNameWordAt(ctx, s, k + hit.length)) {
        k += hit.length;
        break;
      }
      k++;
    }
  }
  // a head needs a name after it, unless words before it name the body
  const t1 = k > startRun ? k : h > i ? h + 1 : -1;
  if (t1 < 0) return null;
  // a generic head before a known name is not part of it: "Kelompok Houthi", "milisi Hizbullah" = the gazetteer entity
  if (h === i) {
    const known = (ctx.flags[startRun] as number) & FIRST.gazetteer ? ctx.lexicon.gazetteer.longest(ctx.tokens, startRun, s.t1, ctx.covered) : null;
    const body = known?.payloads.some((p) => p.entry.type === "Organization" || p.entry.type === "Group") ?? false;
    if (known && body && startRun + known.length === t1) return null;
  }
  return {
    t0: i,
    t1,
    build: () => {
      const surface = surfaceOf(ctx, i, t1);
      return { t0: i, t1, entity: ctx.registry.organization(surface, surface, null, false, tok(i).start), form: "org-head" };
    },
  };
}

/** A one-word title stands right before item `t` ("Analis" in "Analis Crisis Group"). */
function titleEndsBefore(ctx: MentionContext, s: Sentence, t: number): boolean {
  return ctx.lexicon.lang[ctx.language].titles.longest(ctx.tokens, t - 1, s.t1, ctx.covered)?.length === 1;
}

/** Marker classes of function words, which a capitalised headline word may be but a name's word is not ("Center Near Isfahan"). */
const FUNCTION_WORD_CLASSES: readonly MarkerClass[] = ["preposition", "placePrep", "placeQualifier", "visitPrep", "targetPrep", "recipientPrep", "clauseBoundary", "coordination", "speech", "agent"];

function functionWordAt(ctx: MentionContext, s: Sentence, t: number): boolean {
  if (!((ctx.flags[t] as number) & FIRST.marker)) return false;
  return ctx.lexicon.lang[ctx.language].markers.all(ctx.tokens, t, s.t1).some((hit) => hit.payloads.some((cls) => FUNCTION_WORD_CLASSES.includes(cls)));
}

/** Whether a gazetteer name or a body template starts at `t`. */
function knownNameAt(ctx: MentionContext, s: Sentence, t: number): boolean {
  const flags = ctx.flags[t] as number;
  if (flags & FIRST.gazetteer && ctx.lexicon.gazetteer.longest(ctx.tokens, t, s.t1)) return true;
  return (flags & FIRST.template) !== 0 && ctx.lexicon.lang[ctx.language].orgTemplates.longest(ctx.tokens, t, s.t1) !== null;
}

/** Marks places compounded into a qualifier ("London-based", "berbasis di London") as such. */
export function markPlaceQualifiers(ctx: MentionContext, isMarker: (t: number, cls: "placeCompound") => number): void {
  for (const m of ctx.index.list()) {
    if ((m.entity.type !== "Country" && m.entity.type !== "Location") || m.form === "qualifier") continue;
    const joinedAfter = ctx.tokens[m.t1]?.hyphenPrev === true && isMarker(m.t1, "placeCompound") === 1;
    let before = false;
    for (let t = Math.max(0, m.t0 - 3); t < m.t0 && !before; t++) before = isMarker(t, "placeCompound") === m.t0 - t;
    if (joinedAfter || before) ctx.index.put({ ...m, form: "qualifier" });
  }
}

/** Pass 1: gazetteer names, templates and head-word bodies, left to right, longest first. */
export function findLexiconMentions(ctx: MentionContext): void {
  for (const s of ctx.sentences) {
    for (let i = s.t0; i < s.t1; i++) {
      if (ctx.index.covering(i)) continue;
      // the gazetteer wins ties: it names the body itself ("Departemen Luar Negeri AS")
      let chosen: Candidate | null = null;
      for (const c of [gazetteerMention(ctx, s, i), templateMention(ctx, s, i), orgHeadMention(ctx, s, i)]) {
        if (c && (!chosen || c.t1 - c.t0 > chosen.t1 - chosen.t0)) chosen = c;
      }
      const best = chosen?.build();
      if (!best) continue;
      ctx.index.put(best);
      i = best.t1 - 1;
    }
  }
}

/** Pass 2: short forms that denote an entity only when it is named in full in the same article. */
export function findContextMentions(ctx: MentionContext): void {
  for (const s of ctx.sentences) {
    for (let i = s.t0; i < s.t1; i++) {
      if (ctx.index.covering(i) || !((ctx.flags[i] as number) & FIRST.context)) continue;
      const hit = ctx.lexicon.contextForms.longest(ctx.tokens, i, s.t1, ctx.covered);
      const p = hit?.payloads[0];
      if (!hit || !p) continue;
      const named = ctx.registry.get(p.entry.name);
      if (!named || named.aliases.size === 0 || !standsAlone(ctx, s, i, i + hit.length)) continue;
      named.aliases.add(surfaceOf(ctx, i, i + hit.length));
      ctx.index.put({ t0: i, t1: i + hit.length, entity: named, form: "context" });
    }
  }
}

/** "US" for the United States: a short all-caps English alias, else the canonical name. */
function shortName(country: ArticleEntity): string {
  const short = country.gazetteer?.aliases.en.filter((a) => /^[A-Z]{2,4}$/.test(a)).sort((a, b) => a.length - b.length)[0];
  return short ?? country.name;
}

/** Pass 3: allies of a country: "AS dan sekutunya", "sekutu Kiev", "Russia and its allies", "allies of Iran". */
export function findAlliesMentions(ctx: MentionContext, isMarker: (t: number, cls: "allies" | "coordination" | "copula") => number): void {
  for (const s of ctx.sentences) {
    for (let i = s.t0; i < s.t1; i++) {
      if (ctx.index.covering(i)) continue;
      const len = isMarker(i, "allies");
      if (len === 0) continue;
      const t1 = i + len;
      let country: Mention | undefined;
      const before = ctx.index.covering(i - 2);
      const possessor = possessorBefore(ctx, i);
      if (before && isMarker(i - 1, "coordination") > 0 && before.entity.type === "Country") country = before;
      else if (possessor?.entity.type === "Country") country = possessor;
      else {
        const k = ctx.tokens[t1]?.norm === "of" ? t1 + 1 : t1;
        const after = ctx.index.covering(k);
        const copula = i > s.t0 && isMarker(i - 1, "copula") > 0;
        if (after && after.t0 === k && after.entity.type === "Country" && !copula) country = after;
      }
      if (!country) continue;
      const end = country.t0 > i ? country.t1 : t1; // "sekutu Kiev", "allies of Iran": the country is part of it
      const surface = surfaceOf(ctx, i, end);
      const group = ctx.registry.group(`${shortName(country.entity)} allies`, surface, (ctx.tokens[i] as Token).start);
      ctx.index.put({ t0: i, t1: end, entity: group, form: "allies" });
      i = end - 1;
    }
  }
}
