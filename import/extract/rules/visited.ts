/**
 * VISITED: visitor -> place. Verbs ("mengunjungi Iran", "berangkat ke Iran", "will visit"), nouns
 * ("kunjungan Korea Utara ke Iran", "lawatan Kim ke Rusia", "Putin's trip to"), and sending envoys
 * ("mengirim delegasi ke Iran"). A visit with no place named takes one from the sentence: the place of
 * another visit in it, else the country of the one other person there from another country
 * ("Kim held talks with Shoigu, who is on a state visit" -> North Korea). Persons accompanying a visitor
 * ("didampingi …", "accompanied by …") make his visit (accompanyVisits). Persons attending a gathering
 * ("Parade itu dihadiri X", "It was attended by X", "X was also in the stands") visit where the sentence
 * or the gathering told just before places it (attendScene).
 */
import { classWithin, entitiesOf, objectRight, type ArgGroup } from "../args.js";
import type { Claim, ExtractionContext } from "../context.js";
import type { ArticleEntity } from "../entities.js";
import { acceptFor, emit } from "../emit.js";
import { isHardStop, isMarker, markerLength, type Item, type SentenceView } from "../sentence-view.js";
import { isEnglishPassive, nounAgent, situation, verbSubject, type Rule, type Situation, type TriggerHit } from "./common.js";

interface PendingVisit {
  visitors: ArticleEntity[];
  /** Visitors named by a pronoun ("kunjungan mereka"): too vague to guess a place for. */
  vague: boolean;
  hit: TriggerHit;
  sit: Situation;
}

const pending = new WeakMap<SentenceView, PendingVisit[]>();

function place(ctx: ExtractionContext, v: SentenceView, from: number, direct: boolean, maxGap = 4, preps: "visitPrep" | "placePrep" = "visitPrep"): ArgGroup {
  return objectRight(v, from, { accept: acceptFor(ctx, "VISITED", "target"), preps, direct, maxGap });
}

function visit(ctx: ExtractionContext, v: SentenceView, hit: TriggerHit, sit: Situation, who: ArgGroup | "accused", places: ArgGroup): void {
  const visitors = visitorsOf(sit, who);
  if (visitors.length === 0) return;
  if (places.length === 0) {
    const list = pending.get(v) ?? [];
    list.push({ visitors, vague: who !== "accused" && who.some((it) => it.pronoun), hit, sit });
    pending.set(v, list);
    return;
  }
  emitVisit(ctx, v, hit, sit, visitors, entitiesOf(places));
}

/** The subject's entities that can visit: armed forces deploy (COOPERATES_WITH, cooperates.ts), they do not visit. */
function visitorsOf(sit: Situation, who: ArgGroup | "accused"): ArticleEntity[] {
  return (who === "accused" ? (sit.claim?.accused ?? []) : entitiesOf(who)).filter((e) => !e.military);
}

function emitVisit(ctx: ExtractionContext, v: SentenceView, hit: TriggerHit, sit: Situation, visitors: ArticleEntity[], places: ArticleEntity[]): void {
  emit(ctx, { type: "VISITED", sources: visitors, targets: places, status: sit.status, view: v, i0: hit.i0, i1: hit.i1, confidence: hit.entry.confidence, ...(sit.claim ? { claim: sit.claim } : {}) });
}

/**
 * "attend the BRICS summit in Kazan": an event word follows the trigger before the place, and the
 * clause does not say it was attended from afar ("attended the summit virtually", "secara virtual").
 */
function attendsInPerson(v: SentenceView, hit: TriggerHit): boolean {
  const gap = (hit.entry.placeGap ?? 0) + 1;
  return classWithin(v, hit.i1, "gathering", gap) >= 0 && !fromAfar(v, hit);
}

/** The clause says the trigger happened from afar ("virtually", "secara virtual"; markers 'remote'). */
function fromAfar(v: SentenceView, hit: TriggerHit): boolean {
  for (let k = Math.max(0, hit.i0 - 3); k < v.items.length && !isHardStop(v.items[k]); k++) if (isMarker(v, k, "remote")) return true;
  return false;
}

const verb: Rule = (ctx, v, hit) => {
  // presence words ("is", "said") are everywhere: only a place after "in"/"di" within reach makes one a visit
  if (hit.entry.presence && classWithin(v, hit.i1, "placePrep", (hit.entry.placeGap ?? 0) + 1) < 0) return;
  const sit = situation(ctx, v, hit, false);
  if (!sit) return;
  // "was attended by Medvedev": the subject is the event, not a visitor
  if (hit.entry.needsPlace && isEnglishPassive(ctx.language, v, hit)) return;
  if (hit.entry.requires === "gathering" && !attendsInPerson(v, hit)) return;
  const subject = verbSubject(v, hit, sit, acceptFor(ctx, "VISITED", "source"));
  // "hadir di Moskow": the place right after the preposition ("hadir di tengah warga …" is none);
  // "attend the BRICS summit in Kazan": the preposition a few items after the trigger
  if (hit.entry.presence) {
    // "was in Moscow", "told reporters in Moscow": in the place, not going to it ("said he had written to …")
    const places = place(ctx, v, hit.i1, false, hit.entry.placeGap ?? 0, "placePrep");
    const at = places[0] ? v.items.indexOf(places[0]) : -1;
    const between = v.items.slice(hit.i1, at);
    if (subject !== "accused" && at > 0 && !between.some((it) => it.kind === "actor")) present(ctx, v, hit, sit, entitiesOf(subject), entitiesOf(places));
    return;
  }
  const places = place(ctx, v, hit.i1, hit.entry.direct === true, hit.entry.needsPlace ? (hit.entry.placeGap ?? 0) : 4);
  if (hit.entry.needsPlace && places.length === 0) {
    // "berada di China … untuk menghadiri KTT …": the place the sentence names elsewhere; "X juga hadir",
    // "X was also in the stands": present at the gathering told before; "26 kepala negara hadir, di antaranya
    // A, B dan C": the persons listed
    const listed = v.items[hit.i1]?.text === "," && isMarker(v, hit.i1 + 1, "enumeration") ? attendeesAfter(v, hit.i1 + 1 + markerLength(v, hit.i1 + 1, "enumeration")) : [];
    const who = listed.length > 0 ? listed : subject !== "accused" ? entitiesOf(subject) : [];
    if (who.length > 0 && !fromAfar(v, hit)) attendScene(ctx, v, hit, sit, who, hit.entry.requires !== "gathering");
    return;
  }
  visit(ctx, v, hit, sit, subject, places);
};

/**
 * "Menlu AS, yang berada di Kuala Lumpur", "told reporters in Moscow": a person of a country the article
 * gives is in a place of another country. A person of unknown nationality may live there, and forces or
 * facilities "berada di" a place visit nothing.
 */
function present(ctx: ExtractionContext, v: SentenceView, hit: TriggerHit, sit: Situation, who: ArticleEntity[], places: ArticleEntity[]): void {
  for (const person of who) {
    const home = person.type === "Person" && !person.military ? ctx.discourse.countryOf(person) : null;
    if (!home) continue;
    const abroad = places.filter((p) => (p.type === "Country" || p.type === "Location") && ctx.discourse.countryOf(p) !== home);
    if (abroad.length > 0) emitVisit(ctx, v, hit, sit, [person], abroad);
  }
}

/**
 * "It was attended by Medvedev … and Chinese Premier Li Qiang", "Parade itu juga dihadiri Presiden
 * Belarus Alexander Lukashenko, pemimpin junta Myanmar Min Aung Hlaing, dan …": the persons named
 * after the trigger attended the gathering.
 */
const passive: Rule = (ctx, v, hit) => {
  const sit = situation(ctx, v, hit, false);
  if (sit) attendScene(ctx, v, hit, sit, attendeesAfter(v, hit.i1), true);
};

/**
 * Persons attended a gathering where the sentence says it is ("di Beijing"), else — when the gathering
 * is not named as an object ("It was attended by", "Parade itu dihadiri", "X juga hadir") — where the
 * gathering told last was held (sceneBefore; the same gathering when the sentence names it).
 */
function attendScene(ctx: ExtractionContext, v: SentenceView, hit: TriggerHit, sit: Situation, visitors: ArticleEntity[], atScene: boolean): void {
  const persons = visitors.filter((e) => e.type === "Person");
  if (persons.length === 0) return;
  const here = placesIn(ctx, v, 0, v.items.length);
  const scene = here.length > 0 || !atScene ? here : sceneBefore(ctx, v, gatheringNamed(v));
  if (scene.length === 0) return;
  const confidence = hit.entry.confidence * (here.length > 0 ? 1 : 0.8);
  emit(ctx, { type: "VISITED", sources: persons, targets: scene, status: sit.status, view: v, i0: hit.i0, i1: hit.i1, confidence, ...(sit.claim ? { claim: sit.claim } : {}) });
}

/** The gathering word the sentence names ("Parade itu juga dihadiri", "juga hadir dalam KTT itu"), or null. */
function gatheringNamed(v: SentenceView): string | null {
  for (let k = 0; k < v.items.length; k++) if (isMarker(v, k, "gathering")) return v.items[k]?.norm ?? null;
  return null;
}

/** The persons listed after an attendance trigger, up to a speech verb ("…, according to KCNA") or a clause boundary; relative clauses skipped. */
function attendeesAfter(v: SentenceView, from: number): ArticleEntity[] {
  const found: ArticleEntity[] = [];
  let inRelative = false;
  for (let k = from; k < v.items.length; k++) {
    const it = v.items[k] as Item;
    if (isHardStop(it) || isMarker(v, k, "speech") || isMarker(v, k, "accordingTo")) break;
    if (it.text === ",") inRelative = false;
    else if (isMarker(v, k, "relative")) inRelative = true;
    else if (it.kind !== "actor" && isMarker(v, k, "clauseBoundary") && !isMarker(v, k, "coordination")) break;
    else if (it.kind === "actor" && !it.pronoun && !inRelative) found.push(...it.entities.filter((e) => e.type === "Person"));
  }
  return found;
}

/** Sentences back the scene of a gathering is looked for. */
const SCENE_REACH = 6;
/** Items after a gathering word its place may stand within ("KTT Organisasi Kerja Sama Shanghai (SCO) di Astana"). */
const SCENE_GAP = 10;

/**
 * Where the gathering told last was held: a gathering word (markers 'gathering'; this one when given)
 * with a place right after a preposition of place a few words on ("a massive military parade in
 * Pyongyang", "KTT SCO di Astana"), in one of the few sentences before.
 */
function sceneBefore(ctx: ExtractionContext, v: SentenceView, gathering: string | null): ArticleEntity[] {
  for (let index = v.sentence.index - 1; index >= 0 && index >= v.sentence.index - SCENE_REACH; index--) {
    const w = ctx.views[index];
    if (!w) continue;
    for (let k = w.items.length - 1; k >= 0; k--) {
      if (!isMarker(w, k, "gathering") || (gathering !== null && w.items[k]?.norm !== gathering)) continue;
      const from = k + markerLength(w, k, "gathering");
      const places = placesIn(ctx, w, from, from + SCENE_GAP, true);
      if (places.length > 0) return places;
    }
  }
  return [];
}

/**
 * Places (countries and locations, not the country of a person) right after a preposition of place
 * between items `from` and `to` ("di Beijing", "in the city of Kazan"); with `phrase`, in the noun
 * phrase there (up to a comma or a clause boundary).
 */
function placesIn(ctx: ExtractionContext, v: SentenceView, from: number, to: number, phrase = false): ArticleEntity[] {
  const accept = acceptFor(ctx, "VISITED", "target");
  for (let k = from; k < Math.min(to, v.items.length); k++) {
    const it = v.items[k] as Item;
    if (isHardStop(it) || (phrase && (it.text === "," || (it.kind !== "actor" && isMarker(v, k, "clauseBoundary"))))) return [];
    if (!isMarker(v, k, "placePrep")) continue;
    const found = objectRight(v, k + markerLength(v, k, "placePrep"), { accept: (e) => (e.type === "Location" || e.type === "Country") && accept(e), preps: null, maxGap: 1 });
    if (found.length > 0) return entitiesOf(found);
  }
  return [];
}

const noun: Rule = (ctx, v, hit) => {
  const sit = situation(ctx, v, hit, true);
  if (!sit) return;
  const agent = nounAgent(ctx.language, v, hit, sit, acceptFor(ctx, "VISITED", "source"));
  const after = agent.genitive && agent.group.length > 0 ? Math.max(hit.i1, v.items.indexOf(agent.group[agent.group.length - 1]!) + 1) : hit.i1;
  visit(ctx, v, hit, sit, agent.group, place(ctx, v, after, false));
};

const send: Rule = (ctx, v, hit) => {
  const envoy = classWithin(v, hit.i1, "envoy", 4);
  if (envoy < 0) return;
  const sit = situation(ctx, v, hit, false);
  if (!sit) return;
  const subject = verbSubject(v, hit, sit, acceptFor(ctx, "VISITED", "source"));
  const places = objectRight(v, envoy + 1, { accept: acceptFor(ctx, "VISITED", "target"), preps: "visitPrep", maxGap: 4 });
  if (places.length === 0) return;
  // a person who sends an envoy stays home: his country is the one that sends ("Putin sent a special envoy to Pyongyang")
  const senders = visitorsOf(sit, subject).flatMap((e) => {
    if (e.type !== "Person") return [e];
    const country = ctx.discourse.countryOf(e);
    return country ? [country] : [];
  });
  if (senders.length > 0) emitVisit(ctx, v, hit, sit, senders, entitiesOf(places));
};

export const VISITED_RULES = { verb, passive, noun, send } satisfies Record<string, Rule>;

/** Words that may describe the first companion before his name ("sejumlah pejabat tinggi, termasuk …", "his daughter"). */
const COMPANION_DESCRIPTION = 4;
/** Words between a person and an accompaniment marker that is his predicate ("He will be accompanied by"). */
const AUXILIARY_WORDS = 3;

/**
 * Persons accompanying a visitor make the visit with him: "Kim Jong Un tiba di Beijing, didampingi
 * putrinya, Kim Ju Ae, dan Menlu Choe Son Hui"; "Putin … accompanied by Foreign Minister Sergei
 * Lavrov". The visit is one told in the sentence of a person named before the marker (markers
 * 'accompaniedBy'), or, when the marker is that person's predicate ("Putin didampingi sejumlah pejabat
 * tinggi, termasuk …", "He will be accompanied by …"), the latest told of him before: an article about a
 * visit names the entourage paragraphs after the trip. A sentence that names another place is about
 * another scene ("Di Teheran, Pezeshkian yang didampingi X menerima …").
 */
export function accompanyVisits(ctx: ExtractionContext, v: SentenceView): void {
  for (let k = 0; k < v.items.length; k++) {
    const length = markerLength(v, k, "accompaniedBy");
    if (length === 0) continue;
    const companions = companionsAfter(v, k + length);
    if (companions.length === 0) continue;
    const before = new Set(v.items.slice(0, k).flatMap((it) => (it.kind === "actor" ? it.entities : [])));
    const visits = ctx.relations.filter((r) => r.type === "VISITED" && r.status !== "denied" && before.has(r.source) && r.sentence <= v.sentence.index);
    const here = visits.filter((r) => r.sentence === v.sentence.index);
    const subject = predicateSubject(v, k);
    const told = subject ? visits.filter((r) => subject.includes(r.source)) : [];
    const latest = told.reduce((m, r) => Math.max(m, r.sentence), -1);
    const chosen = here.length > 0 ? here : told.filter((r) => r.sentence === latest);
    for (const r of chosen) {
      const others = companions.filter((c) => c !== r.source);
      if (others.length === 0 || namesAnotherPlace(ctx, v, r.target)) continue;
      emit(ctx, { type: "VISITED", sources: others, targets: [r.target], status: r.status, view: v, i0: k, i1: k + length, confidence: r.confidence * 0.8, ...(r.claimId ? claimOf(ctx, r.claimId) : {}) });
    }
  }
}

/** The person an accompaniment marker at `k` is said of, when it is his predicate: the actor right before it, a few auxiliaries between. */
function predicateSubject(v: SentenceView, k: number): ArticleEntity[] | null {
  let j = k - 1;
  while (j >= 0 && k - 1 - j < AUXILIARY_WORDS && v.items[j]?.kind === "word" && !isMarker(v, j, "relative")) j--;
  const it = v.items[j];
  return it?.kind === "actor" && it.entities.some((e) => e.type === "Person") ? it.entities : null;
}

/** The sentence names a place outside the visited one's country. */
function namesAnotherPlace(ctx: ExtractionContext, v: SentenceView, visited: ArticleEntity): boolean {
  const country = ctx.discourse.countryOf(visited) ?? visited;
  return v.items.some(
    (it) => it.kind === "actor" && !it.pronoun && it.entities.some((e) => (e.type === "Location" || e.type === "Country") && (ctx.discourse.countryOf(e) ?? e) !== country),
  );
}

function claimOf(ctx: ExtractionContext, id: string): { claim?: Claim } {
  const claim = ctx.claims.find((c) => c.id === id);
  return claim ? { claim } : {};
}

/**
 * The persons named after an accompaniment marker: the first may follow a short description, the
 * others a comma or a coordination ("A, B dan C", "A, dan B"); anything else ends the list.
 */
function companionsAfter(v: SentenceView, from: number): ArticleEntity[] {
  const found: ArticleEntity[] = [];
  let words = 0;
  let joined = true;
  for (let k = from; k < v.items.length; k++) {
    const it = v.items[k] as Item;
    if (isHardStop(it)) break;
    if (it.kind === "actor") {
      const persons = it.pronoun ? [] : it.entities.filter((e) => e.type === "Person");
      if (persons.length === 0 || !joined) break;
      found.push(...persons);
      joined = false;
      continue;
    }
    const linking = it.text === "," || isMarker(v, k, "coordination") || isMarker(v, k, "enumeration");
    if (found.length === 0) {
      // a description is common words: a capitalised one may be a name the article does not know ("Liu Jianchao, met …")
      if (!linking && (it.kind !== "word" || it.cap || ++words > COMPANION_DESCRIPTION)) break;
      continue;
    }
    if (!linking) break;
    joined = true;
  }
  return found;
}

/** Gives visits of this sentence that name no place one from the sentence (see the module comment). */
export function settleVisits(ctx: ExtractionContext, v: SentenceView): void {
  const list = pending.get(v);
  if (!list) return;
  const placed = ctx.relations.filter((r) => r.sentence === v.sentence.index && r.type === "VISITED").map((r) => r.target);
  for (const p of list) {
    if (p.vague) continue;
    let target: ArticleEntity | null = placed[0] ?? null;
    let confidence = p.hit.entry.confidence * 0.8;
    if (!target) {
      const own = new Set(p.visitors.map((e) => ctx.discourse.countryOf(e)));
      const others = new Set<ArticleEntity>();
      for (const it of v.items) {
        if (it.kind !== "actor" || it.pronoun) continue;
        // an official of a body, not a state, hosts for no country ("Sekretaris Jenderal NATO Jens Stoltenberg")
        const body = it.mention?.role?.affiliation;
        if (body && body.type !== "Country" && !body.country) continue;
        for (const e of it.entities) {
          const c = e.type === "Person" && !p.visitors.includes(e) ? ctx.discourse.countryOf(e) : null;
          if (c && !own.has(c)) others.add(c);
        }
      }
      target = others.size === 1 ? ([...others][0] as ArticleEntity) : null;
      confidence *= 0.8;
    }
    if (!target || p.visitors.some((x) => x === target)) continue;
    emit(ctx, { type: "VISITED", sources: p.visitors, targets: [target], status: p.sit.status, view: v, i0: p.hit.i0, i1: p.hit.i1, confidence, ...(p.sit.claim ? { claim: p.sit.claim } : {}) });
  }
  pending.delete(v);
}
