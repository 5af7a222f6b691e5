/**
 * What a reader keeps in mind across sentences to resolve "ia/he", "mereka/they", "keduanya/both",
 * "kedua negara/both countries" and "negara itu/the country": the last person, the last coordinated
 * group, and the countries mentioned most recently (a person or state organ counts for its country).
 */
import type { ArticleEntity, EntityRegistry } from "./entities.js";
import type { MarkerClass } from "./lexicon/schema.js";
import { isMarker, type Item, type SentenceView } from "./sentence-view.js";

const COUNTRY_WORDS = /negara|negeri|countr|nation|pemerintah|govern|capital|ibu kota/;
const GROUP_WORDS = /kelompok|group/;
const PERSON_WORDS = /pemimpin|leader|tokoh|menteri|minister|presiden|president/;

/** What "kelompok itu / the group" can stand for: a Group, or a movement or militia. */
const isGroupLike = (e: ArticleEntity) => e.type === "Group" || (e.type === "Organization" && e.kind === "non-state");

/** The last run "A, B dan C" of actors among `items`. */
export function lastCoordinatedGroup(items: Item[], isJoin: (it: Item) => boolean): ArticleEntity[] | null {
  return coordinatedGroups(items, isJoin).at(-1) ?? null;
}

/** Every run "A, B dan C" of two or more actors among `items`, in order. */
function coordinatedGroups(items: Item[], isJoin: (it: Item) => boolean): ArticleEntity[][] {
  const groups: ArticleEntity[][] = [];
  let current: ArticleEntity[] = [];
  let expectActor = true;
  const close = () => {
    if (current.length >= 2) groups.push(current);
    current = [];
  };
  for (const it of items) {
    if (it.kind === "actor") {
      if (!expectActor) close();
      current.push(...it.entities);
      expectActor = false;
    } else if (isJoin(it) && current.length > 0) {
      expectActor = true;
    } else if (it.text === "(" || it.text === ")") {
      continue;
    } else {
      close();
      expectActor = true;
    }
  }
  close();
  return groups;
}

/** How far back "ketiga negara itu" / "the three countries" looks for the group of three it names. */
const RECENT_GROUP_SENTENCES = 40;

/** How many parties a plural phrase counts ("ketiga negara", "the three countries": 3); 2 when it says no number. */
const COUNT_WORDS: readonly [RegExp, number][] = [
  [/\b(?:ketiga|tiga|three)\b/, 3],
  [/\b(?:keempat|empat|four)\b/, 4],
  [/\b(?:kelima|lima|five)\b/, 5],
];
function partiesCounted(phrase: string): number {
  return COUNT_WORDS.find(([words]) => words.test(phrase))?.[1] ?? 2;
}

export class Discourse {
  /** The last body the article named as the source of a report or statement ("Laporan itu …"). */
  lastReporter: ArticleEntity | null = null;
  private lastPerson: ArticleEntity | null = null;
  /** The last group or non-state organization named ("Kelompok itu", "the group"). */
  private lastGroup: ArticleEntity | null = null;
  private readonly persons: ArticleEntity[] = [];
  /** The coordinated groups of the last RECENT_GROUP_SENTENCES sentences, one list per sentence, latest last. */
  private readonly recentGroups: ArticleEntity[][][] = [];
  private readonly countries: ArticleEntity[] = [];
  /** Groups and non-state organizations named, latest last, each once. */
  private readonly groups: ArticleEntity[] = [];

  /** The coordinated groups of the sentence before. */
  private get previousGroups(): ArticleEntity[][] {
    return this.recentGroups.at(-1) ?? [];
  }

  constructor(
    private readonly registry: EntityRegistry,
    private readonly isJoin: (it: Item) => boolean,
  ) {}

  countryOf(e: ArticleEntity): ArticleEntity | null {
    if (e.type === "Country") return e;
    return e.country ? this.registry.country(e.country, e.first) : null;
  }

  private recentCountries(before: Item[], n: number): ArticleEntity[] {
    const seq = [...this.countries];
    for (const it of before) for (const e of it.entities) {
      const c = this.countryOf(e);
      if (c) seq.push(c);
    }
    const out: ArticleEntity[] = [];
    for (let i = seq.length - 1; i >= 0 && out.length < n; i--) if (!out.includes(seq[i] as ArticleEntity)) out.push(seq[i] as ArticleEntity);
    return out.reverse();
  }

  resolve(cls: MarkerClass, phrase: string, before: Item[], notAntecedents: ReadonlySet<Item> = new Set()): ArticleEntity[] {
    if (cls === "personPronoun") {
      const here = [...before].reverse().find((it) => it.kind === "actor" && it.entities[0]?.type === "Person" && !notAntecedents.has(it));
      const p = here?.entities[0] ?? this.lastPerson;
      return p ? [p] : [];
    }
    if (cls === "countryPronoun") {
      // "it", "pihaknya": the body or state just named in the sentence ("The Pentagon said it …")
      if (phrase === "it" || phrase === "pihaknya") {
        const here = [...before].reverse().find((it) => it.kind === "actor" && !it.pronoun && it.entities[0]?.type !== "Person");
        if (here?.entities[0]) return [here.entities[0]];
      }
      return this.recentCountries(before, 1);
    }
    if (cls === "groupPronoun") {
      const groupOf = (it: Item) => it.entities.find(isGroupLike) ?? (it.mention?.role?.affiliation && isGroupLike(it.mention.role.affiliation) ? it.mention.role.affiliation : undefined);
      const here = [...before].reverse().find((it) => it.kind === "actor" && !it.pronoun && groupOf(it) !== undefined);
      const g = (here ? groupOf(here) : undefined) ?? this.lastGroup;
      return g ? [g] : [];
    }
    const count = partiesCounted(phrase);
    if (PERSON_WORDS.test(phrase)) {
      // "kedua pemimpin", "the two leaders": a pair of persons named together in this sentence or the one
      // before ("Presidents Vladimir Putin and Masoud Pezeshkian met …"), else the last two persons named
      const together = [...this.previousGroups, ...coordinatedGroups(before, this.isJoin)]
        .map((g) => [...new Set(g.filter((e) => e.type === "Person"))])
        .filter((g) => g.length === count)
        .at(-1);
      if (together) return together;
      const seq = [...this.persons, ...before.filter((it) => !it.pronoun).flatMap((it) => it.entities).filter((e) => e.type === "Person")];
      const last: ArticleEntity[] = [];
      for (let k = seq.length - 1; k >= 0 && last.length < count; k--) if (!last.includes(seq[k] as ArticleEntity)) last.push(seq[k] as ArticleEntity);
      return last.length === count ? last.reverse() : [];
    }
    const countriesOnly = COUNTRY_WORDS.test(phrase);
    // "kedua kelompok", "both groups": movements or militias, never the states around them
    const groupsOnly = GROUP_WORDS.test(phrase);
    const asCountries = (list: ArticleEntity[]) =>
      groupsOnly ? list.filter(isGroupLike) : countriesOnly ? list.map((e) => this.countryOf(e)).filter((e): e is ArticleEntity => e !== null) : list;
    // A counted phrase ("ketiga negara", "the three countries") takes a group of that size; a pair or
    // a bare plural takes the last group of two or more.
    const fits = (group: ArticleEntity[]) => (count === 2 ? group.length >= 2 : group.length === count);
    const lastFitting = (groups: ArticleEntity[][]) =>
      (count === 2 ? groups.slice(-1) : groups).map((g) => [...new Set(asCountries(g))]).filter(fits).at(-1) ?? [];
    // 1. a group named just before in this sentence ("Pyongyang dan Teheran …, dan keduanya")
    const fromGroup = lastFitting(coordinatedGroups(before, this.isJoin));
    if (fromGroup.length >= 2) return fromGroup;
    // 2. the last parties named in this sentence ("Kim … pemerintah DPRK … dengan Rusia … yang mereka")
    const actors = before.filter((it) => it.kind === "actor" && !it.pronoun).flatMap((it) => it.entities);
    const distinct: ArticleEntity[] = [];
    for (const e of asCountries(actors).reverse()) {
      const key = countriesOnly ? e : (this.countryOf(e) ?? e);
      if (!distinct.some((d) => (countriesOnly ? d : (this.countryOf(d) ?? d)) === key)) distinct.push(e);
    }
    if (distinct.length >= count) return distinct.slice(0, count).reverse();
    // 3. the group of the sentence before (for a counted phrase, of the last few sentences), 4. the last countries
    const previous = lastFitting(count === 2 ? this.previousGroups : this.recentGroups.flat());
    if (previous.length >= 2) return previous;
    if (groupsOnly) return this.groups.length >= count ? this.groups.slice(-count) : [];
    if (count > 2) {
      const recent = this.recentCountries(before, count);
      return recent.length === count ? recent : [];
    }
    const salient = this.salientCountries(before);
    return salient.length === 2 ? salient : [];
  }

  /**
   * The two countries the text is about lately: most mentioned among the recent country mentions
   * (ties to the more recent), so a country named in passing just before ("… to attack Ukraine. Seoul
   * accused both countries") does not displace the pair the story follows.
   */
  private salientCountries(before: Item[]): ArticleEntity[] {
    const seq = [...this.countries];
    for (const it of before) for (const e of it.entities) {
      const c = this.countryOf(e);
      if (c) seq.push(c);
    }
    const score = new Map<ArticleEntity, { n: number; last: number }>();
    seq.forEach((c, k) => score.set(c, { n: (score.get(c)?.n ?? 0) + 1, last: k }));
    const ranked = [...score.entries()].sort((a, b) => b[1].n - a[1].n || b[1].last - a[1].last).slice(0, 2);
    return ranked.sort((a, b) => a[1].last - b[1].last).map(([c]) => c);
  }

  /** Updates what is remembered once a sentence is read. */
  endSentence(v: SentenceView): void {
    // the sentence's first person, not one who only possesses him ("Kim's sister Kim Yo Jong … She"; but
    // "Putin's talks with Kim … He" is Putin)
    const person = v.items.find((it, k) => it.kind === "actor" && it.entities.length === 1 && it.entities[0]?.type === "Person" && !possessesPerson(v, k));
    if (person) this.lastPerson = person.entities[0] ?? this.lastPerson;
    this.recentGroups.push(coordinatedGroups(v.items, this.isJoin));
    if (this.recentGroups.length > RECENT_GROUP_SENTENCES) this.recentGroups.shift();
    for (const it of v.items) for (const e of it.entities) {
      const c = this.countryOf(e);
      if (c) this.countries.push(c);
      if (e.type === "Person" && !it.pronoun) this.persons.push(e);
      if (isGroupLike(e) && !it.pronoun) {
        this.lastGroup = e;
        const at = this.groups.indexOf(e);
        if (at >= 0) this.groups.splice(at, 1);
        this.groups.push(e);
      }
    }
    for (const it of v.items) {
      const aff = it.mention?.role?.affiliation;
      if (aff && isGroupLike(aff)) this.lastGroup = aff; // "Hezbollah Secretary-General Naim Qassem"
    }
    if (this.persons.length > 50) this.persons.splice(0, this.persons.length - 50);
    if (this.countries.length > 50) this.countries.splice(0, this.countries.length - 50);
  }
}

/** Items between a possessor's "'s" and the person it possesses ("Kim's powerful sister Kim Yo Jong"). */
const POSSESSED_PERSON_REACH = 3;

/** Actor `k` is followed by "'s" and, within a few plain words, a person: he only possesses that person. */
function possessesPerson(v: SentenceView, k: number): boolean {
  if (v.items[k + 1]?.text !== "'s") return false;
  for (let j = k + 2; j < v.items.length && j <= k + 2 + POSSESSED_PERSON_REACH; j++) {
    const it = v.items[j] as Item;
    if (it.kind === "actor") return it.entities[0]?.type === "Person";
    if (it.kind !== "word" || isMarker(v, j, "preposition")) return false;
  }
  return false;
}
