/**
 * Role phrases: a person with a title and the body or country it is held for, in either order —
 * "Menteri Luar Negeri Korea Utara, Choe Son-hui", "juru bicara Kremlin Dmitry Peskov", "Russian
 * Foreign Minister Sergei Lavrov", "Yun Jung Ho, menteri hubungan ekonomi eksternal Korea Utara",
 * "Artyom Lukin, dari Universitas …", "Shoigu mengepalai Dewan Keamanan Rusia". A phrase becomes one
 * person mention (the country inside is a modifier, not an actor) and a REPRESENTS record.
 */
import type { ArticleEntity } from "./entities.js";
import type { MarkerClass, RoleTitle } from "./lexicon/schema.js";
import type { Mention, MentionContext, RolePhrase } from "./mentions.js";
import { phraseEndsAt, pluralPossessive, possessorBefore } from "./mentions.js";
import { nameRunEnd, personAt } from "./names.js";
import type { TrieMatch } from "./text/phrase-trie.js";
import type { Sentence } from "./text/sentences.js";
import { FIRST } from "./text/first-words.js";
import type { Token } from "./text/tokens.js";

export interface RoleRecord {
  person: ArticleEntity;
  phrase: RolePhrase;
  /** Token range of the whole phrase, for evidence. */
  t0: number;
  t1: number;
}

const MAX_PORTFOLIO_WORDS = 6;
const DETERMINERS = new Set(["the", "a", "an", "seorang", "sang", "its", "his", "her"]);

const isAffiliation = (m: Mention | undefined): m is Mention =>
  m !== undefined && (m.entity.type === "Country" || m.entity.type === "Organization") && m.form !== "qualifier";

/** Modifiers a group's name may follow ("the Iran-backed Lebanese group Hezbollah"). */
const MAX_GROUP_MODIFIERS = 4;

/**
 * Past the modifiers before a group's name: demonyms, a backer joined by a hyphen ("Iran-backed"),
 * plain adjectives and a group noun — when a body ends them ("commander of the Iran-backed Lebanese group
 * Hezbollah" serves Hezbollah, not Iran), with the backer if one is named; else `k` and no backer.
 */
function pastGroupModifiers(ctx: MentionContext, s: Sentence, k: number): { at: number; backer: Mention | null } {
  let j = k;
  let backer: Mention | null = null;
  for (let step = 0; step < MAX_GROUP_MODIFIERS && j < s.t1; step++) {
    const m = ctx.index.covering(j);
    if (m && m.t0 === j) {
      if (ctx.tokens[m.t1]?.hyphenPrev) {
        if (supportWordAt(ctx, s, m.t1)) backer = m;
        j = m.t1 + 1;
      } else if (m.form === "adjective") j = m.t1;
      // "Yemen's Iran-backed Houthis": a possessor before the modifiers
      else if (ctx.tokens[m.t1]?.text === "'s" && m.entity.type === "Country") j = m.t1 + 1;
      else return j > k && m.entity.type === "Organization" ? { at: j, backer } : { at: k, backer: null };
    } else if (ctx.lexicon.lang[ctx.language].groupNouns.has((ctx.tokens[j] as Token).norm) || plainModifier(ctx, j)) j++;
    else break;
  }
  return { at: k, backer: null };
}

/** Marker classes of words that end a group's modifiers ("the Iran-backed attack on Hamas"). */
const NOT_MODIFIER: readonly MarkerClass[] = ["preposition", "placePrep", "targetPrep", "recipientPrep", "visitPrep", "agent", "clauseBoundary", "coordination", "speech"];

/** A lower-case word that is no function word: an adjective of the group ("militant", "armed"). */
function plainModifier(ctx: MentionContext, t: number): boolean {
  const tok = ctx.tokens[t] as Token;
  if (tok.kind !== "word" || tok.cap) return false;
  return !ctx.lexicon.lang[ctx.language].markers.all(ctx.tokens, t, t + 1).some((hit) => hit.payloads.some((cls) => NOT_MODIFIER.includes(cls)));
}

/** The word at `t` is a cooperation verb ("-backed", "-supported"): what it joins backs the group. */
function supportWordAt(ctx: MentionContext, s: Sentence, t: number): boolean {
  const hit = ctx.lexicon.lang[ctx.language].triggers.longest(ctx.tokens, t, s.t1);
  return hit?.length === 1 && hit.payloads.some((p) => p.type === "COOPERATES_WITH") === true;
}

/** Past a place that only qualifies the body ("the London-based Open Source Centre"). */
function pastQualifier(ctx: MentionContext, k: number): number {
  const m = ctx.index.covering(k);
  if (m?.form !== "qualifier" || m.t0 !== k) return k;
  return ctx.tokens[m.t1]?.hyphenPrev ? m.t1 + 1 : m.t1;
}

const text = (ctx: MentionContext, t0: number, t1: number) =>
  t1 > t0 ? ctx.text.slice((ctx.tokens[t0] as Token).start, (ctx.tokens[t1 - 1] as Token).end) : "";

/** A title as written, without the link to its body it may end on ("director of"). */
const titleText = (ctx: MentionContext, t0: number, t1: number) => text(ctx, t0, t1).replace(/\s+(dari|of|for)$/i, "");

/** Words of a field that may stand next to a topical title ("a North Korea researcher", "pengamat Timur Tengah dari …"). */
const MAX_TOPIC_WORDS = 3;

/**
 * A title at `k` after at most three modifiers ("a vice department director", "foreign policy chief"),
 * or a topical title after its field's words ("a sanctions analyst", "a North Korea researcher").
 */
function titleAfterModifiers(ctx: MentionContext, s: Sentence, k: number): { at: number; hit: TrieMatch<RoleTitle> | null } {
  const titles = ctx.lexicon.lang[ctx.language].titles;
  let at = k;
  while (at < s.t1 && at < k + 3 && !titles.longest(ctx.tokens, at, s.t1, ctx.covered) && preTitleWord(ctx, at)) at++;
  const hit = titles.longest(ctx.tokens, at, s.t1, ctx.covered);
  if (hit || ctx.language !== "en") return { at, hit };
  for (let t = k; t < s.t1 && t < k + MAX_TOPIC_WORDS && topicWord(ctx, t); t++) {
    const topical = titles.longest(ctx.tokens, t + 1, s.t1, ctx.covered);
    if (topical?.payloads[0]?.topical) return { at: t + 1, hit: topical };
  }
  return { at, hit: null };
}

/** A word of a field: not punctuation, a link or a person ("North Korea", "sanctions", "Latin America"). */
function topicWord(ctx: MentionContext, t: number): boolean {
  const tok = ctx.tokens[t];
  if (!tok || !/\p{L}/u.test(tok.text) || ctx.lexicon.lang[ctx.language].affiliationLinks.has(tok.norm)) return false;
  return ctx.index.covering(t)?.entity.type !== "Person";
}

/**
 * The affiliation of a topical title, named after its field by a link: "pengamat Korea dari Asan
 * Institute", "Pengamat Timur Tengah dari Universitas Padjadjaran", "pengajar hubungan internasional
 * Universitas X". A country in the field ("Korea") is the topic, not the affiliation.
 */
function topicalTail(ctx: MentionContext, s: Sentence, from: number): TitleTail | null {
  for (let t = from; t < s.t1 && t <= from + MAX_TOPIC_WORDS && (t === from || topicWord(ctx, t - 1)); t++) {
    const linked = ctx.lexicon.lang[ctx.language].affiliationLinks.has(ctx.tokens[t]?.norm ?? "");
    if (t > from && !linked && ctx.index.covering(t)?.entity.type !== "Organization") continue;
    const tail = parseTitleTail(ctx, s, t);
    if (tail.affiliation?.entity.type === "Organization" && (linked || t > from)) return tail;
  }
  return null;
}

/** A topical title's country with a link after it is its field ("pakar Iran dari sebuah lembaga …"), no affiliation. */
function withoutField(ctx: MentionContext, label: RoleTitle, tail: TitleTail): TitleTail {
  const linked = ctx.lexicon.lang[ctx.language].affiliationLinks.has(ctx.tokens[tail.end]?.norm ?? "");
  return label.topical && linked && tail.affiliation?.entity.type === "Country" ? { ...tail, affiliation: null } : tail;
}

/** Capitalised words the portfolio lexicon lacks that a portfolio may hold before its country. */
const MAX_UNKNOWN_PORTFOLIO_WORDS = 2;

/**
 * "Menteri Sumber Daya Alam Rusia X", "Menteri Sumber Daya Alam dan Ekologi Belarus X": capitalised words
 * the lexicon lacks, among portfolio words, belong to the portfolio when a country and then a name
 * follow them; else they may be the person's name ("Menteri Luar Negeri Bangladesh Shahriar Alam").
 */
function pastUnknownPortfolioWords(ctx: MentionContext, s: Sentence, j: number, inTail: (norm: string) => boolean): number {
  let unknown = 0;
  for (let k = j; k < s.t1 && k < j + MAX_PORTFOLIO_WORDS; k++) {
    const m = ctx.index.covering(k);
    if (m) return m.t0 === k && m.entity.type === "Country" && unknown > 0 && nameOrCommaAt(ctx, m.t1) ? k : j;
    const tok = ctx.tokens[k] as Token;
    if (inTail(tok.norm)) continue;
    if (!tok.cap || ++unknown > MAX_UNKNOWN_PORTFOLIO_WORDS) return j;
  }
  return j;
}

const nameOrCommaAt = (ctx: MentionContext, t: number) => ctx.tokens[t]?.cap === true || ctx.tokens[t]?.text === ",";

/** What follows a title: where its phrase and its title words end, and whom it is held for. */
interface TitleTail {
  end: number;
  titleEnd: number;
  affiliation: Mention | null;
  afterFor: boolean;
  /** Who backs the group the title serves ("the Iran-backed Lebanese group Hezbollah"). */
  backer?: Mention | null;
}

/** After a title: portfolio words, then optionally the body or country (possibly after "of"/"dari"). */
function parseTitleTail(ctx: MentionContext, s: Sentence, from: number): TitleTail {
  const lang = ctx.lexicon.lang[ctx.language];
  let j = from;
  const inTail = (norm: string) => lang.portfolios.has(norm) || lang.titlePostModifiers.has(norm);
  // a word that only a portfolio phrase holds ends that phrase ("sumber daya alam")
  const endsPhrase = (t: number) => phraseEndsAt(ctx, lang.portfolioPhrases, from, t + 1);
  while (j < s.t1 && j - from < MAX_PORTFOLIO_WORDS && !ctx.index.covering(j) && (inTail((ctx.tokens[j] as Token).norm) || endsPhrase(j))) j++;
  // English names the country before the title ("Russian Natural Resources Minister X")
  if (ctx.language === "id") j = pastUnknownPortfolioWords(ctx, s, j, inTail);
  let titleEnd = j;
  while (titleEnd > from && ["of", "for", "the", "and", "dan"].includes((ctx.tokens[titleEnd - 1] as Token).norm)) titleEnd--;
  let k = j;
  if (k < s.t1 && lang.affiliationLinks.has((ctx.tokens[k] as Token).norm) && isAffiliation(ctx.index.covering(k + 1))) k++;
  let m = ctx.index.covering(k);
  let group = pastGroupModifiers(ctx, s, k);
  if (group.at !== k) m = ctx.index.covering((k = group.at));
  if (!(isAffiliation(m) && m.t0 === k)) {
    // "director of the ruling Workers' Party": the link, then qualifiers of the body
    k = titleEnd;
    if (k < s.t1 && lang.affiliationLinks.has((ctx.tokens[k] as Token).norm)) {
      k++;
      while (k < s.t1 && k < titleEnd + 4 && !ctx.index.covering(k) && lang.bodyQualifiers.has((ctx.tokens[k] as Token).norm)) k++;
      k = pastQualifier(ctx, k);
      group = pastGroupModifiers(ctx, s, k);
      k = group.at;
      m = ctx.index.covering(k);
    }
  }
  const afterFor = ["for", "untuk"].includes(ctx.tokens[k - 1]?.norm ?? "");
  if (isAffiliation(m) && m.t0 === k && m.form !== "adjective") return { end: m.t1, titleEnd, affiliation: bodyOfCountry(ctx, m), afterFor, backer: group.backer };
  const region = regionalAffiliation(ctx, s, m, k, from);
  if (region) return { end: region.place.t1, titleEnd, affiliation: region.country, afterFor };
  return { end: titleEnd, titleEnd, affiliation: null, afterFor: false };
}

/**
 * "Gubernur Wilayah Primorsky Oleg Kozhemyako", "Mayor of Kharkiv Ihor Terekhov": a regional title
 * (roles 'regionalTitles'; a base commander's is none) held for a region or city serves the place's
 * country, or none when another state holds the place ("Gubernur Sevastopol X"); the place stays part of
 * the role phrase, not of the name.
 */
function regionalAffiliation(ctx: MentionContext, s: Sentence, m: Mention | undefined, k: number, from: number): { place: Mention; country: Mention | null } | null {
  if (!m || m.t0 !== k || m.entity.type !== "Location" || !m.entity.country || !regionalTitleBefore(ctx, s, from)) return null;
  if (m.entity.gazetteer?.contested) return { place: m, country: null };
  const country = ctx.registry.country(m.entity.country, (ctx.tokens[k] as Token).start);
  return { place: m, country: country ? { ...m, entity: country, form: "alias" } : null };
}

/** The title ending right before `from` (a title's tail starts there) is a regional one. */
const regionalTitleBefore = (ctx: MentionContext, s: Sentence, from: number) => phraseEndsAt(ctx, ctx.lexicon.lang[ctx.language].regionalTitles, s.t0, from);

/** "Lebanon's Hezbollah", "Russia's Foreign Ministry": the body the country's name qualifies. */
function bodyOfCountry(ctx: MentionContext, m: Mention): Mention {
  if (m.entity.type !== "Country" || ctx.tokens[m.t1]?.text !== "'s") return m;
  const body = ctx.index.covering(m.t1 + 1);
  return body && body.t0 === m.t1 + 1 && body.entity.type === "Organization" ? { ...body, t0: m.t0 } : m;
}

/** Words that may sit before an English title: modifiers and content portfolio words ("Deputy Treasury Secretary", "foreign policy aide"). */
function preTitleWord(ctx: MentionContext, t: number): boolean {
  const lang = ctx.lexicon.lang[ctx.language];
  const tok = ctx.tokens[t];
  if (!tok || ctx.index.covering(t)) return false;
  if (lang.titleModifiers.has(tok.norm)) return true;
  return ctx.language === "en" && tok.norm.length > 3 && lang.portfolios.has(tok.norm) && !lang.bodyQualifiers.has(tok.norm);
}

function record(ctx: MentionContext, person: Mention, phrase: Omit<RolePhrase, "start" | "end">, t0: number, t1: number, collapse: boolean): RoleRecord {
  const full: RolePhrase = { ...phrase, start: (ctx.tokens[t0] as Token).start, end: (ctx.tokens[t1 - 1] as Token).end };
  if (phrase.title) person.entity.roles.add(phrase.title);
  if (phrase.label?.leader) person.entity.leader = true;
  if (collapse) ctx.index.put({ t0, t1, entity: person.entity, form: "role-phrase", role: full });
  return { person: person.entity, phrase: full, t0, t1 };
}

/**
 * The state "Its/Their" stands for before token `t`: the country of the subject (first actor) of the
 * sentence before — the topic ("Kim Yo Jong … accused Washington. Its vice foreign minister …" is
 * North Korea's) — else the country named last in the two sentences before.
 */
function stateOfPossessive(ctx: MentionContext, s: Sentence, t: number): ArticleEntity | null {
  const prev = ctx.sentences[s.index - 1];
  if (prev) {
    for (let k = prev.t0; k < prev.t1; k++) {
      const m = ctx.index.covering(k);
      if (!m) continue;
      const e = m.entity;
      if (e.type === "Country") return e;
      const country = e.country ? ctx.registry.country(e.country, e.first) : null;
      if (country) return country;
      break;
    }
  }
  const floor = Math.max(0, (ctx.sentences[s.index - 2] ?? s).t0);
  for (let k = t - 1; k >= floor; k--) {
    const m = ctx.index.covering(k);
    if (m?.entity.type === "Country") return m.entity;
    if (m) k = m.t0;
  }
  return null;
}

/**
 * "the agency's director general", "the group's chief negotiator": a body noun (roles 'bodyNouns': the
 * body named last before it, not a state's own) or a group noun ('groupNouns': the armed group or
 * movement named last) with a possessive at `k`, in this sentence or the two before.
 */
function namedBody(ctx: MentionContext, s: Sentence, k: number): Mention | null {
  const noun = ctx.tokens[k];
  const lang = ctx.lexicon.lang[ctx.language];
  if (!noun || ctx.tokens[k + 1]?.text !== "'s") return null;
  const fits = lang.groupNouns.has(noun.norm)
    ? (e: ArticleEntity) => e.type === "Group" || (e.type === "Organization" && e.kind === "non-state")
    : lang.bodyNouns.has(noun.norm)
      ? (e: ArticleEntity) => e.type === "Organization" && !e.organ && e.kind !== "state"
      : null;
  if (!fits) return null;
  const floor = Math.max(0, (ctx.sentences[s.index - 2] ?? s).t0);
  for (let t = k - 1; t >= floor; t--) {
    const m = ctx.index.covering(t);
    if (!m) continue;
    if (fits(m.entity)) return { t0: k, t1: k + 2, entity: m.entity, form: "alias" };
    t = m.t0;
  }
  return null;
}

/** The country right before an international body: "North Korea's U.N. ambassador", "Chinese UN envoy". */
function countryBefore(ctx: MentionContext, body: Mention): Mention | null {
  const left = ctx.index.covering(body.t0 - 1) ?? possessorBefore(ctx, body.t0);
  return left?.entity.type === "Country" ? left : null;
}

/**
 * After a name: "of [the ruling] People Power Party", "dari Partai X": the body the person belongs to;
 * with `country`, also a country ("President Ebrahim Raisi of Iran").
 */
function bodyAfterName(ctx: MentionContext, s: Sentence, end: number, country = false): Mention | null {
  const lang = ctx.lexicon.lang[ctx.language];
  let k = end;
  if (ctx.tokens[k]?.text === ",") k++;
  const link = ctx.tokens[k];
  if (!link || !["of", "from", "dari"].includes(link.norm)) return null;
  k++;
  while (k < s.t1 && k < end + 6 && !ctx.index.covering(k) && lang.bodyQualifiers.has((ctx.tokens[k] as Token).norm)) k++;
  const m = ctx.index.covering(k);
  return m && m.t0 === k && (m.entity.type === "Organization" || (country && m.entity.type === "Country" && m.form !== "adjective")) ? m : null;
}

/** Lower-case words a title's remit may run before the name ("untuk situasi hak asasi manusia"). */
const PLAIN_PORTFOLIO_WORDS = 5;
const PLACE_PREPS = ["di", "in", "at"];

/** Skips "(IRGC)", "untuk PBB", "to the UN", "saat itu" between a title's body and the name. */
function skipToName(ctx: MentionContext, s: Sentence, k: number): number {
  const atTheTime = ctx.lexicon.lang[ctx.language].atTheTime;
  for (let guard = 0; guard < 3 && k < s.t1; guard++) {
    const then = atTheTime.longest(ctx.tokens, k, s.t1);
    if (then) {
      k += then.length;
      continue;
    }
    const tok = ctx.tokens[k] as Token;
    // "Peneliti CSIS Jakarta, Rizal Hakim": the body's city before the comma and the name
    const place = ctx.index.covering(k);
    if (place && place.t0 === k && (place.entity.type === "Location" || place.entity.type === "Country") && ctx.tokens[place.t1]?.text === ",") {
      k = place.t1;
      continue;
    }
    if (tok.text === "(") {
      let close = k + 1;
      while (close < s.t1 && close < k + 6 && (ctx.tokens[close] as Token).text !== ")") close++;
      if ((ctx.tokens[close] as Token | undefined)?.text !== ")") return k;
      k = close + 1;
      continue;
    }
    if (["untuk", "to", ...PLACE_PREPS].includes(tok.norm)) {
      let j = k + 1;
      if (ctx.tokens[j]?.norm === "the") j++;
      const m = ctx.index.covering(j);
      if (m && m.t0 === j && m.entity.type !== "Person") {
        k = m.t1;
        continue;
      }
      // "Iran's ambassador to the agency, Reza Najafi", "Pelapor Khusus PBB untuk situasi hak asasi manusia
      // di Myanmar, Tom Andrews": a few plain words, then the comma before the name or a place
      const placePrep = (t: number) => PLACE_PREPS.includes(ctx.tokens[t]?.norm ?? "");
      let w = j;
      while (w < s.t1 && w < j + PLAIN_PORTFOLIO_WORDS && !ctx.index.covering(w) && !placePrep(w) && !(ctx.tokens[w] as Token).cap && (ctx.tokens[w] as Token).kind === "word") w++;
      const placeNext = placePrep(w) && ctx.index.covering(w + 1)?.t0 === w + 1;
      if (w > j && (ctx.tokens[w]?.text === "," || placeNext)) {
        k = w;
        continue;
      }
    }
    break;
  }
  if (ctx.tokens[k]?.text === ",") k++;
  // "Juru bicara Kementerian Pertahanan Belarus, Kolonel Sergei Ladutko": the rank is part of the name's title
  const rank = ctx.lexicon.lang[ctx.language].titles.longest(ctx.tokens, k, s.t1, ctx.covered);
  return rank?.payloads[0]?.rank ? k + rank.length : k;
}

/** Title first: "[Adj|Country] [modifier] title [portfolio] [Country|Body] [,] Name [of Body]". */
function titleFirst(ctx: MentionContext, s: Sentence, i: number, out: RoleRecord[]): number {
  const lang = ctx.lexicon.lang[ctx.language];
  const titles = lang.titles;
  if (ctx.index.covering(i) || !((ctx.flags[i] as number) & FIRST.title)) return i;
  const hit = titles.longest(ctx.tokens, i, s.t1, ctx.covered);
  const label: RoleTitle | undefined = hit?.payloads[0];
  if (!hit || !label) return i;
  // a topical title's field and body come before the name ("Pengamat Korea dari Asan Institute, Kang
  // Min-seo"); with no name after them, the capitalised words were the name ("Pengamat militer Khairul
  // Fahmi dari …"), read as after any title
  const topical = label.topical ? topicalTail(ctx, s, i + hit.length) : null;
  let tail = topical ?? withoutField(ctx, label, parseTitleTail(ctx, s, i + hit.length));
  let person = personAt(ctx, s, skipToName(ctx, s, tail.end), true);
  if (!person && topical) {
    tail = parseTitleTail(ctx, s, i + hit.length);
    person = personAt(ctx, s, skipToName(ctx, s, tail.end), true);
  }
  if (!person) return i;
  // modifiers before the title belong to it ("deputy ambassador", "wakil duta besar")
  let m0 = i;
  while (m0 > s.t0 && preTitleWord(ctx, m0 - 1)) m0--;
  const former = m0 > s.t0 && lang.formerWords.has((ctx.tokens[m0 - 1] as Token).norm);
  let t0 = m0;
  let t1 = person.t1;
  // an envoy's country is the one before the title; the one after "for" is where he is sent
  let affiliation = label.envoy && tail.afterFor && tail.affiliation?.entity.type === "Country" ? null : tail.affiliation;
  if (!affiliation) {
    const adjacent = ctx.index.covering(m0 - 1);
    const left = adjacent ?? possessorBefore(ctx, m0);
    // an expert's country right before the title is his field, not his employer ("Iran specialist X of …";
    // but "Russian analyst X", "Russia's top analyst X")
    const field = label.topical && adjacent?.form !== "adjective" && (adjacent?.entity.type === "Country" || adjacent?.entity.type === "Location");
    // "the agency's director general, Rafael Grossi"
    const body = namedBody(ctx, s, m0 - 2);
    if (isAffiliation(left) && left.entity.type !== "Person" && !field) {
      // "North Korea's U.N. ambassador": the country, not the international body
      const country = left.entity.type === "Organization" && (left.entity.kind === "international" || !left.entity.country) ? countryBefore(ctx, left) : null;
      affiliation = country ?? left;
      t0 = affiliation.t0;
    } else if (body) {
      affiliation = body;
      t0 = body.t0;
    } else if (lang.statePossessives.has(ctx.tokens[m0 - 1]?.norm ?? "") && !ctx.lexicon.lexicon.roles.relationalRoles.includes(label.role)) {
      const state = stateOfPossessive(ctx, s, m0 - 1); // "Its vice foreign minister, Kim Jong Gyu"
      if (state) affiliation = { t0: m0 - 1, t1: m0, entity: state, form: "alias" };
      t0 = m0 - 1;
    }
  } else if (affiliation.entity.type === "Organization" && affiliation.entity.kind === "international") {
    const country = countryBefore(ctx, { ...affiliation, t0: m0 });
    if (country) affiliation = country;
  }
  if (!affiliation) {
    // "Rep. Lee Seong-kweun of the ruling People Power Party", "President Ebrahim Raisi of Iran"
    const body = bodyAfterName(ctx, s, person.t1, true);
    if (body) {
      affiliation = body;
      t1 = body.t1;
    }
  }
  if (former) return person.t1 - 1;
  const title = titleText(ctx, m0, tail.titleEnd);
  const phrase = { title, label: m0 < i && label.leader ? { ...label, leader: false } : label, affiliation: affiliation?.entity ?? null, backer: tail.backer?.entity ?? null };
  out.push(record(ctx, person, phrase, Math.min(t0, m0), t1, true));
  return t1 - 1;
}

/** The possessive after an owner's name: "'s", or a lone apostrophe after a plural ("the Houthis' spokesman"). */
function possessiveEnd(ctx: MentionContext, owner: Mention): number | null {
  return ctx.tokens[owner.t1]?.text === "'s" || pluralPossessive(ctx, owner.t1) ? owner.t1 + 1 : null;
}

/**
 * After an apposition's comma: "South Korea's national security adviser", "the EU's foreign policy
 * chief", "the Houthis' military spokesman": the owner is the affiliation, unless the title names a
 * body of its own ("Russia's ambassador to the UN" stays Russia's).
 */
function ownedTitle(ctx: MentionContext, s: Sentence, k: number): { title: string; label: RoleTitle; affiliation: Mention; end: number } | null {
  const named = namedBody(ctx, s, k);
  const owner = named ?? ctx.index.covering(k);
  if (!isAffiliation(owner) || owner.t0 !== k || owner.form === "adjective") return null;
  let after = named ? named.t1 : possessiveEnd(ctx, owner);
  let body = owner;
  if (after === null) {
    // "Nasser Kanaani, Iranian foreign ministry spokesman": a body, then the title
    if (owner.entity.type !== "Organization") return null;
    after = owner.t1;
  } else {
    // "Nasser Kanaani, Iran's foreign ministry spokesman": the country's body, then the title
    const inner = ctx.index.covering(after);
    if (isAffiliation(inner) && inner.t0 === after && inner.entity.type === "Organization") {
      body = inner;
      after = inner.t1;
    }
  }
  const { at, hit } = titleAfterModifiers(ctx, s, after);
  const label = hit?.payloads[0];
  if (!hit || !label || ctx.lexicon.lexicon.roles.relationalRoles.includes(label.role)) return null;
  const tail = parseTitleTail(ctx, s, at + hit.length);
  const own = label.envoy && tail.afterFor ? null : tail.affiliation;
  return { title: titleText(ctx, after, tail.titleEnd), label, affiliation: own ?? body, end: tail.end };
}

const APPOSITION_LEAD = new Set(["yang", "juga", "who", "also", "is", "was", "adalah", "merupakan", "sebagai", "menjabat", "the", "a", "an", "seorang", "sang", "as"]);
const MAX_APPOSITION = 14;

/** Name first: "Name, [the] title [portfolio] [of] [Country|Body]", "Name, dari Body", "Name, …, yang juga title Body". */
function nameFirst(ctx: MentionContext, s: Sentence, i: number, out: RoleRecord[]): number {
  if (!(ctx.tokens[i] as Token).cap) return i;
  const existing = ctx.index.covering(i);
  if (existing && (existing.t0 !== i || existing.entity.type !== "Person" || existing.form === "role-phrase")) return i;
  const end = existing ? existing.t1 : nameRunEnd(ctx, s, i);
  if (end === i) return i;
  const lang = ctx.lexicon.lang[ctx.language];
  if (ctx.tokens[end]?.text !== ",") {
    // "Lee Seong-kweun of the ruling People Power Party said"
    const body = existing ? bodyAfterName(ctx, s, end) : null;
    if (body && body.entity.kind === "party") {
      out.push(record(ctx, existing as Mention, { title: "", label: null, affiliation: body.entity }, i, body.t1, false));
      return body.t1 - 1;
    }
    return i;
  }
  let k = end + 1;
  while (k < s.t1 && DETERMINERS.has((ctx.tokens[k] as Token).norm)) k++;
  const owned = ownedTitle(ctx, s, k);
  if (owned) {
    const person = personAt(ctx, s, i, true);
    if (!person) return i;
    out.push(record(ctx, person, { title: owned.title, label: owned.label, affiliation: owned.affiliation.entity }, i, owned.end, true));
    return owned.end - 1;
  }
  // "a vice department director of …", "deputy leader of …": modifiers before the title
  const { at: titleAt, hit } = titleAfterModifiers(ctx, s, k);
  const label = hit?.payloads[0];
  const linked = lang.affiliationLinks.has(ctx.tokens[k]?.norm ?? "") ? ctx.index.covering(k + 1) : undefined;
  if (hit && label) {
    // "Nikita Smagin, pakar Iran dari RIAC": a topical title's field is no affiliation, its body is
    const tail = (label.topical ? topicalTail(ctx, s, titleAt + hit.length) : null) ?? withoutField(ctx, label, parseTitleTail(ctx, s, titleAt + hit.length));
    const person = personAt(ctx, s, i, true);
    if (!person) return i;
    const title = titleText(ctx, k, tail.affiliation ? tail.affiliation.t0 : tail.titleEnd);
    out.push(record(ctx, person, { title, label, affiliation: tail.affiliation?.entity ?? null, backer: tail.backer?.entity ?? null }, i, tail.end, true));
    return tail.end - 1;
  }
  if (isAffiliation(linked) && linked.t0 === k + 1) {
    const person = personAt(ctx, s, i, true);
    if (!person) return i;
    out.push(record(ctx, person, { title: "", label: null, affiliation: linked.entity }, i, linked.t1, true));
    return linked.t1 - 1;
  }
  // a longer apposition: "Kim Yo Jong, adik Kim Jong Un yang juga pejabat senior Partai Buruh Korea,"
  for (let j = end + 2; j < s.t1 && j < end + MAX_APPOSITION; j++) {
    const tok = ctx.tokens[j] as Token;
    if (tok.text === "," || tok.text === "." || tok.text === ";" || tok.text === ":") break;
    if (!APPOSITION_LEAD.has((ctx.tokens[j - 1] as Token).norm) || ctx.index.covering(j)) continue;
    const inner = lang.titles.longest(ctx.tokens, j, s.t1, ctx.covered);
    const innerLabel = inner?.payloads[0];
    if (!inner || !innerLabel) continue;
    const tail = parseTitleTail(ctx, s, j + inner.length);
    if (!tail.affiliation) break;
    const person = personAt(ctx, s, i, true);
    if (!person) return i;
    const title = titleText(ctx, j, tail.affiliation.t0);
    out.push(record(ctx, person, { title, label: innerLabel, affiliation: tail.affiliation.entity }, i, tail.end, false));
    return i;
  }
  return i;
}

/** Every role phrase of the article, titles first (they discover names the appositions then reuse). */
export function findRoles(ctx: MentionContext): RoleRecord[] {
  const out: RoleRecord[] = [];
  for (const s of ctx.sentences) for (let i = s.t0; i < s.t1; i++) i = titleFirst(ctx, s, i, out);
  for (const s of ctx.sentences) for (let i = s.t0; i < s.t1; i++) i = nameFirst(ctx, s, i, out);
  return out;
}

/**
 * Roles stated by a verb or a possessive, found once all names are known: "Shoigu mengepalai Dewan
 * Keamanan Rusia" (heads), "negara Kim Jong-un itu" (his state: the country he belongs to), "China's
 * Xi Jinping" (the country's own).
 */
export function findVerbalRoles(ctx: MentionContext): RoleRecord[] {
  const lang = ctx.lexicon.lang[ctx.language];
  const out: RoleRecord[] = [];
  for (const s of ctx.sentences) {
    for (let i = s.t0; i < s.t1; i++) {
      const m = ctx.index.covering(i);
      if (m?.entity.type === "Person" && m.t0 === i) {
        // "China's Xi Jinping", "Iran’s Araghchi": a person of that country whom its name qualifies stands
        // for it; not someone else's ("Washington's Kim Jong Un problem"), nor a name qualifying a noun
        const owner = possessorBefore(ctx, i);
        const next = ctx.tokens[m.t1];
        const qualifiesNoun = next?.kind === "word" && !next.cap && !((ctx.flags[m.t1] as number) & (FIRST.marker | FIRST.trigger));
        if (owner?.entity.type === "Country" && owner.form !== "adjective" && owner.t1 === i - 1 && m.form !== "role-phrase" && m.entity.country === owner.entity.name && !qualifiesNoun) {
          out.push(record(ctx, m, { title: "", label: null, affiliation: owner.entity }, owner.t0, m.t1, true));
        }
        const verb = lang.headsVerbs.longest(ctx.tokens, m.t1, s.t1);
        const body = verb ? ctx.index.covering(m.t1 + verb.length) : undefined;
        if (verb && isAffiliation(body) && body.t0 === m.t1 + verb.length) {
          const title = text(ctx, m.t1, m.t1 + verb.length); // heading a body is a role held for it
          out.push(record(ctx, m, { title, label: null, affiliation: body.entity }, i, body.t1, false));
        }
        continue;
      }
      const tok = ctx.tokens[i] as Token;
      const next = ctx.index.covering(i + 1);
      if (!m && lang.possessiveState.has(tok.norm) && next?.entity.type === "Person" && next.t0 === i + 1 && next.entity.country) {
        const country = ctx.registry.country(next.entity.country, tok.start);
        if (country) out.push(record(ctx, next, { title: "", label: null, affiliation: country }, i, next.t1, false));
      }
    }
  }
  return out;
}
