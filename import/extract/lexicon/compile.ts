/**
 * Compiles a Lexicon into tries and sets, once per lexicon (cached on the object): the hot path of
 * extraction then only walks tries, it never builds a regex or a phrase list per article.
 */
import type { Language, RelationType } from "../../../graph-schema/index.js";
import type { GazetteerEntry } from "../gazetteer-schema.js";
import { PhraseTrie } from "../text/phrase-trie.js";
import { normalize, tokenize } from "../text/tokens.js";
import { personKey } from "../person-key.js";
import type { Lexicon } from "./load.js";
import type { MarkerClass, OrgTemplate, RoleTitle, TriggerEntry } from "./schema.js";

export type GazetteerForm = "alias" | "metonym" | "adjective" | "context";

export interface GazetteerHit {
  entry: GazetteerEntry;
  form: GazetteerForm;
}

export interface TriggerRef {
  type: RelationType;
  entry: TriggerEntry;
}

/** Bits of `LanguageLexicon.firstWords`: which tries have a phrase starting with a word. */
export const FIRST = { gazetteer: 1, context: 2, template: 4, title: 8, marker: 16, trigger: 32 } as const;

export interface LanguageLexicon {
  /** Word -> FIRST bits: one lookup per token tells which tries are worth walking there. */
  firstWords: Map<string, number>;
  triggers: PhraseTrie<TriggerRef>;
  /** Every marker phrase, payload = its class. */
  markers: PhraseTrie<MarkerClass>;
  titles: PhraseTrie<RoleTitle>;
  portfolios: Set<string>;
  /** Portfolios of several words ("sumber daya alam"): their words are no portfolio words alone. */
  portfolioPhrases: PhraseTrie<true>;
  affiliationLinks: Set<string>;
  headsVerbs: PhraseTrie<true>;
  atTheTime: PhraseTrie<true>;
  possessiveState: Set<string>;
  titleModifiers: Set<string>;
  titlePostModifiers: Set<string>;
  /** Titles held for a region or city (roles 'regionalTitles'). */
  regionalTitles: PhraseTrie<true>;
  formerWords: Set<string>;
  bodyQualifiers: Set<string>;
  statePossessives: Set<string>;
  bodyNouns: Set<string>;
  groupNouns: Set<string>;
  orgTemplates: PhraseTrie<OrgTemplate>;
  orgHeads: Set<string>;
  /** Heads that may end a name's first capitalised words (a subset of orgHeads). */
  orgHeadsAfterName: Set<string>;
  /** Single words of nominal triggers ("kunjungan", "visit"): "lawatan keduanya" is "his second trip". */
  eventNouns: Set<string>;
}

export interface CompiledLexicon {
  lexicon: Lexicon;
  gazetteer: PhraseTrie<GazetteerHit>;
  /** Forms valid only when the entity is also named in full in the article. */
  contextForms: PhraseTrie<GazetteerHit>;
  byName: Map<string, GazetteerEntry>;
  /** Gazetteer persons by romanisation-insensitive key ("Yun Jung Ho" = "Yun Jong Ho"). */
  personsByKey: Map<string, GazetteerEntry>;
  /** Surnames shared by no other gazetteer person ("Lavrov"), for lone surnames. */
  uniqueSurnames: Map<string, GazetteerEntry>;
  /**
   * Words that never start or continue a person's name (titles, markers, months…), per article
   * language: an Indonesian text may quote English titles, but an English one's "Tim" is a name, not "tim".
   */
  notNameWords: Record<Language, Set<string>>;
  /**
   * Gazetteer bodies a state-body template names for one country ("{adj} intelligence agency" of South
   * Korea = National Intelligence Service), keyed `template name|country name`: found by reading the
   * gazetteer's own aliases ("Badan Intelijen Korea Selatan") with the templates.
   */
  templateBodies: Map<string, GazetteerEntry>;
  lang: Record<Language, LanguageLexicon>;
}

const COMMON_CAPITALISED =
  "januari februari maret april mei juni juli agustus september oktober november desember january february march may june july august october december senin selasa rabu kamis jumat sabtu minggu monday tuesday wednesday thursday friday saturday sunday the a an in on at of and but he she it they we this that these there his her its their mr mrs ms dr bapak ibu tuan nyonya kantor berita media pemerintah negara rakyat republik kerajaan partai dewan badan kementerian departemen universitas istana perang revolusi islam timur tengah barat utara selatan dunia baca juga breaking news update video foto berita redaktur editor penulis sumber copyright comments loading"
    .split(" ");

function compileLanguage(lex: Lexicon, lang: Language, gazetteer: PhraseTrie<GazetteerHit>, contextForms: PhraseTrie<GazetteerHit>): LanguageLexicon {
  const triggers = new PhraseTrie<TriggerRef>();
  for (const [type, byLang] of Object.entries(lex.triggers) as [RelationType, Record<Language, TriggerEntry[]>][]) {
    for (const entry of byLang[lang]) for (const form of entry.forms) triggers.add(form, { type, entry }, false);
  }
  const markers = new PhraseTrie<MarkerClass>();
  for (const [cls, words] of lex.markers[lang]) for (const w of words) markers.add(w, cls, false);
  const titles = new PhraseTrie<RoleTitle>();
  for (const t of lex.roles.titles) for (const form of t[lang]) titles.add(form, t, false);
  const headsVerbs = new PhraseTrie<true>();
  for (const v of lex.roles.headsVerbs[lang]) headsVerbs.add(v, true, false);
  const atTheTime = new PhraseTrie<true>();
  for (const v of lex.roles.atTheTime[lang]) atTheTime.add(v, true, false);
  const regionalTitles = new PhraseTrie<true>();
  for (const v of lex.roles.regionalTitles[lang]) regionalTitles.add(v, true, false);
  const portfolioPhrases = new PhraseTrie<true>();
  for (const p of lex.roles.portfolios[lang]) if (p.includes(" ")) portfolioPhrases.add(p, true, false);
  const orgTemplates = new PhraseTrie<OrgTemplate>();
  for (const t of lex.organizations) for (const form of t[lang]) orgTemplates.add(form, t, false);
  const words = (list: string[]) => new Set(list.map(normalize));
  const eventNouns = new Set<string>();
  for (const byLang of Object.values(lex.triggers)) {
    for (const e of byLang[lang]) {
      if (e.frame !== "noun") continue;
      for (const f of e.forms) if (!/\s/.test(f.trim())) eventNouns.add(normalize(f));
    }
  }
  const firstWords = new Map<string, number>();
  const mark = (trie: { firstWords(): IterableIterator<string> }, bit: number) => {
    for (const w of trie.firstWords()) firstWords.set(w, (firstWords.get(w) ?? 0) | bit);
  };
  mark(gazetteer, FIRST.gazetteer);
  mark(contextForms, FIRST.context);
  mark(orgTemplates, FIRST.template);
  mark(titles, FIRST.title);
  mark(markers, FIRST.marker);
  mark(triggers, FIRST.trigger);
  return {
    firstWords,
    triggers,
    markers,
    titles,
    portfolios: words(lex.roles.portfolios[lang]),
    portfolioPhrases,
    affiliationLinks: words(lex.roles.affiliationLinks[lang]),
    headsVerbs,
    atTheTime,
    possessiveState: words(lex.roles.possessiveState[lang]),
    titleModifiers: words(lex.roles.modifiers[lang]),
    titlePostModifiers: words(lex.roles.postModifiers[lang]),
    regionalTitles,
    formerWords: words(lex.roles.former[lang]),
    bodyQualifiers: words(lex.roles.bodyQualifiers[lang]),
    statePossessives: words(lex.roles.statePossessives[lang]),
    bodyNouns: words(lex.roles.bodyNouns[lang]),
    groupNouns: words(lex.roles.groupNouns[lang]),
    orgTemplates,
    orgHeads: words(lex.orgHeads[lang]),
    orgHeadsAfterName: words(lex.orgHeadsAfterName[lang]),
    eventNouns,
  };
}

/** See CompiledLexicon.templateBodies. */
function templateBodies(lex: Lexicon, langs: Record<Language, LanguageLexicon>, gazetteer: PhraseTrie<GazetteerHit>): Map<string, GazetteerEntry> {
  // key -> the bodies found for it; a key two bodies share (the Duma and the Federation Council are
  // both "parlemen Rusia") maps to none of them
  const found = new Map<string, Set<GazetteerEntry>>();
  const out = { has: (_k: string) => false, set: (k: string, e: GazetteerEntry) => found.set(k, (found.get(k) ?? new Set()).add(e)) };
  const countryOf = (tokens: ReturnType<typeof tokenize>, from: number, to: number): GazetteerEntry | null => {
    const hit = gazetteer.longest(tokens, from, to);
    if (!hit || from + hit.length !== to) return null;
    return hit.payloads.find((p) => p.entry.type === "Country")?.entry ?? null;
  };
  for (const entry of lex.gazetteer) {
    if (entry.type !== "Organization" || !entry.country) continue;
    for (const form of [entry.name, ...entry.aliases.id, ...entry.aliases.en]) {
      const tokens = tokenize(form).filter((t) => t.kind !== "punct" || t.text === "'s" || t.text === ".");
      for (const lang of ["id", "en"] as const) {
        const templates = langs[lang].orgTemplates;
        // template first: "Badan Intelijen Korea Selatan", "Ministry of Defence of Iran"
        const first = templates.longest(tokens, 0, tokens.length);
        let k = first ? first.length : 0;
        while (first && k < tokens.length && ["of", "the"].includes((tokens[k] as { norm: string }).norm)) k++;
        const after = first ? countryOf(tokens, k, tokens.length) : null;
        if (first && after?.name === entry.country) {
          const key = `${(first.payloads[0] as OrgTemplate).name}|${after.name}`;
          if (!out.has(key)) out.set(key, entry);
          continue;
        }
        // country first: "South Korea's National Intelligence Service", "South Korean spy agency"
        const lead = gazetteer.longest(tokens, 0, tokens.length);
        const country = lead?.payloads.find((p) => p.entry.type === "Country")?.entry;
        if (!lead || !country || country.name !== entry.country) continue;
        const t0 = tokens[lead.length]?.text === "'s" ? lead.length + 1 : lead.length;
        const tail = templates.longest(tokens, t0, tokens.length);
        if (tail && t0 + tail.length === tokens.length) {
          const key = `${(tail.payloads[0] as OrgTemplate).name}|${country.name}`;
          if (!out.has(key)) out.set(key, entry);
        }
      }
    }
  }
  const unique = new Map<string, GazetteerEntry>();
  for (const [k, set] of found) if (set.size === 1) unique.set(k, [...set][0] as GazetteerEntry);
  return unique;
}

function addForms(trie: PhraseTrie<GazetteerHit>, entry: GazetteerEntry, form: GazetteerForm, forms: { id: string[]; en: string[] } | undefined) {
  if (!forms) return;
  for (const f of [...forms.id, ...forms.en]) trie.add(f, { entry, form }, true);
}

function notNameWords(lex: Lexicon, langs: readonly Language[]): Set<string> {
  const out = new Set<string>(COMMON_CAPITALISED);
  const addPhrase = (p: string) => {
    for (const t of tokenize(p)) if (t.kind === "word") out.add(t.norm);
  };
  for (const lang of langs) {
    for (const words of lex.markers[lang].values()) words.forEach(addPhrase);
    for (const byLang of Object.values(lex.triggers)) for (const e of byLang[lang]) e.forms.forEach(addPhrase);
    for (const t of lex.roles.titles) t[lang].forEach(addPhrase);
    // a portfolio phrase's words may be names alone ("sumber daya alam" — but "Shahriar Alam")
    lex.roles.portfolios[lang].filter((p) => !p.includes(" ")).forEach(addPhrase);
    lex.roles.headsVerbs[lang].forEach(addPhrase);
    lex.roles.modifiers[lang].forEach(addPhrase);
    lex.roles.postModifiers[lang].forEach(addPhrase);
    lex.roles.former[lang].forEach(addPhrase);
    lex.roles.atTheTime[lang].forEach(addPhrase);
    for (const t of lex.organizations) t[lang].forEach(addPhrase);
    lex.orgHeads[lang].forEach(addPhrase);
  }
  return out;
}

const cache = new WeakMap<Lexicon, CompiledLexicon>();

export function compileLexicon(lex: Lexicon): CompiledLexicon {
  const cached = cache.get(lex);
  if (cached) return cached;
  const gazetteer = new PhraseTrie<GazetteerHit>();
  const contextForms = new PhraseTrie<GazetteerHit>();
  const byName = new Map<string, GazetteerEntry>();
  const personsByKey = new Map<string, GazetteerEntry>();
  const surnameCount = new Map<string, GazetteerEntry | null>();
  for (const entry of lex.gazetteer) {
    byName.set(entry.name, entry);
    addForms(gazetteer, entry, "alias", entry.aliases);
    addForms(gazetteer, entry, "metonym", entry.metonyms);
    addForms(gazetteer, entry, "adjective", entry.adjectives);
    addForms(contextForms, entry, "context", entry.contextAliases);
    gazetteer.add(entry.name, { entry, form: "alias" }, true); // the canonical name is a surface form too
    if (entry.type !== "Person") continue;
    for (const n of [entry.name, ...entry.aliases.id, ...entry.aliases.en]) {
      const words = n.split(/\s+/);
      if (words.length >= 2) personsByKey.set(personKey(n), entry);
    }
    const last = entry.name.split(/\s+/).pop() ?? "";
    if (last.length >= 4) {
      const k = normalize(last);
      surnameCount.set(k, surnameCount.has(k) && surnameCount.get(k) !== entry ? null : entry);
    }
  }
  const uniqueSurnames = new Map<string, GazetteerEntry>();
  for (const [k, e] of surnameCount) if (e) uniqueSurnames.set(k, e);
  const lang = { id: compileLanguage(lex, "id", gazetteer, contextForms), en: compileLanguage(lex, "en", gazetteer, contextForms) };
  const compiled: CompiledLexicon = {
    lexicon: lex,
    gazetteer,
    contextForms,
    byName,
    personsByKey,
    uniqueSurnames,
    notNameWords: { id: notNameWords(lex, ["id", "en"]), en: notNameWords(lex, ["en"]) },
    templateBodies: templateBodies(lex, lang, gazetteer),
    lang,
  };
  cache.set(lex, compiled);
  return compiled;
}

