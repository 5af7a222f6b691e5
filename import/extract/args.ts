/**
 * Argument search around a trigger, on a sentence view: the subject to its left (nearest actor of an
 * acceptable type, skipping relative clauses, prepositional objects and inviters, stopping at a clause
 * boundary), the object to its right (directly or after given prepositions), each widened to its
 * coordination ("Pyongyang dan Teheran", "AS, Korea Selatan, dan Jepang").
 */
import type { ArticleEntity } from "./entities.js";
import type { MarkerClass } from "./lexicon/schema.js";
import { isHardStop, isMarker, markerEndingAt, markerLength, type Aside, type Item, type SentenceView } from "./sentence-view.js";

export type Accept = (e: ArticleEntity) => boolean;
export const anyActor: Accept = () => true;

/** Actor items of one argument, in text order. */
export type ArgGroup = Item[];

export const entitiesOf = (g: ArgGroup): ArticleEntity[] => [...new Set(g.flatMap((it) => it.entities))];

const isJoin = (v: SentenceView, i: number): boolean => {
  const it = v.items[i];
  return it !== undefined && (it.text === "," || isMarker(v, i, "coordination"));
};

export const accepts = (it: Item, accept: Accept) => it.kind === "actor" && it.entities.some(accept);

/** A preposition right before an actor makes it an oblique object, never a subject ("ke Moskow"). */
export function isOblique(v: SentenceView, i: number): boolean {
  // "Maduro's invitation to visit": an actor owning an invitation is its inviter
  if (v.items[i + 1]?.text === "'s" && isMarker(v, i + 2, "inviter")) return true;
  const prev = v.items[i - 1];
  if (!prev || prev.kind === "actor") return false;
  // a word that also opens a clause ("as", "menurut") is read as the conjunction before an actor;
  // "thousands of North Korean soldiers" counts them (markers 'quantity'), it does not make them oblique
  if (isMarker(v, i - 1, "preposition") && !isMarker(v, i - 1, "clauseBoundary") && !(prev.norm === "of" && isMarker(v, i - 2, "quantity"))) return true;
  // a determiner or compass word between: "to the United States", "in southern Lebanon"
  if (isMarker(v, i - 2, "preposition") && (isMarker(v, i - 1, "determiner") || /^(north|south|east|west)ern$/.test(prev.norm))) return true;
  // "undangan Kim Jong Un untuk mengunjungi": the inviter is not the visitor
  return markerEndingAt(v, i, "inviter") > 0 || madeBy(v, i);
}

/** "working with Seoul and Tokyo": a later member of a coordinated oblique object is oblique too. */
function inObliqueList(v: SentenceView, i: number): boolean {
  // joined by a conjunction only: "From Moscow, Araghchi …" opens the clause with a comma
  for (let a = i; isMarker(v, a - 1, "coordination") && v.items[a - 2]?.kind === "actor"; a -= 2) if (isOblique(v, a - 2)) return true;
  return false;
}

/** Actor `i` names a maker ("drone buatan Iran", "drones made in Iran"): never who uses the thing made. */
export function madeBy(v: SentenceView, i: number): boolean {
  return madeInLength(v, i) > 0;
}

/**
 * Actor `i` only qualifies what follows, as its backer ("the Iran-backed Houthis", "Iran-aligned parties",
 * "Houthi-controlled areas"; markers 'backerCompound' after a hyphen): neither the subject nor the object.
 */
export function backsNext(v: SentenceView, i: number): boolean {
  const next = v.items[i + 1];
  return v.items[i]?.kind === "actor" && next?.kind === "word" && next.hyphenPrev === true && isMarker(v, i + 1, "backerCompound");
}

/** Items of the made-in phrase right before actor `i` ("made in", "buatan"), else 0. */
export function madeInLength(v: SentenceView, i: number): number {
  return markerEndingAt(v, i, "madeIn");
}

const isDeterminer = (v: SentenceView, k: number) => v.items[k]?.kind === "word" && isMarker(v, k, "determiner");

/** "the foreign ministers of [A, B and C]": an actor after a genitive "of" that follows a noun. */
const genitiveOf = (v: SentenceView, a: number) => v.items[a - 1]?.norm === "of" && v.items[a - 2]?.kind === "word";

/** A direct object's part: "part of Kursk", "parts of the Kursk region", "the outskirts of the capital, Kyiv". */
const ownedPart = (v: SentenceView, a: number) => genitiveOf(v, a) || (isDeterminer(v, a - 1) && genitiveOf(v, a - 1));

/**
 * Items of the coordinated group containing actor `i`, both directions, brackets and determiners
 * skipped ("South Korea, the United States and Japan", "Putin and his Iranian counterpart X").
 */
export function widen(v: SentenceView, i: number, accept: Accept): ArgGroup {
  const group: Item[] = [v.items[i] as Item];
  // members joined by a bare comma count only in a list closed by a conjunction ("A, B dan C"):
  // "…ke Rusia, Seoul Khawatir" joins two clauses, not two recipients
  let conjunction = false;
  let lastConjunction = 0;
  // leftwards: "A, B dan [C]"
  for (let k = i - 1; k > 0; ) {
    while (k > 0 && isDeterminer(v, k)) k--;
    if (!isJoin(v, k)) break;
    let a = k - 1;
    const coordinated = isMarker(v, k, "coordination") || isMarker(v, a, "coordination");
    if (isJoin(v, a) && a > 0) a--;
    const it = v.items[a];
    if (!it || !accepts(it, accept)) break;
    conjunction ||= coordinated;
    if (isOblique(v, a)) {
      if (genitiveOf(v, a)) group.unshift(it);
      break;
    }
    group.unshift(it);
    k = a - 1;
  }
  const left = group.length;
  // a list opened by a bare comma and closed by a speech verb is the next clause's speakers:
  // "… against Ukraine, Zelenskiy and Seoul's spy agency said"
  const commaOpens = v.items[i + 1]?.text === "," && !isMarker(v, i + 2, "coordination");
  // rightwards: "[A], B, dan C", skipping "(AS)"
  for (let k = i + 1; k < v.items.length; ) {
    if (v.items[k]?.text === "(") {
      const close = v.items.findIndex((x, j) => j > k && x.text === ")");
      if (close < 0) break;
      k = close + 1;
      continue;
    }
    if (!isJoin(v, k)) break;
    let a = k + 1;
    const coordinated = isMarker(v, k, "coordination") || isMarker(v, a, "coordination");
    if (isJoin(v, a)) a++;
    while (a < v.items.length - 1 && isDeterminer(v, a)) a++;
    const it = v.items[a];
    // a pronoun after "dan" starts a new clause ("… ke Ukraina, dan keduanya dituduh …")
    if (!it || !accepts(it, accept) || afterHostile(v, a, i + 1) || it.pronoun) break;
    group.push(it);
    if (coordinated) {
      conjunction = true;
      lastConjunction = group.length;
    }
    k = a + 1;
  }
  if (!conjunction) return [v.items[i] as Item];
  const lastSpeaks = isMarker(v, v.items.indexOf(group[group.length - 1] as Item) + 1, "speech");
  if (commaOpens && group.length > left && lastSpeaks) return group.slice(0, left);
  // "… missiles to Russia, and Blinken said …": one member after a comma and a conjunction, then a
  // speech verb, is the next clause's speaker
  const commaAnd = v.items[i + 1]?.text === "," && isMarker(v, i + 2, "coordination");
  if (commaAnd && group.length === left + 1 && lastSpeaks) return group.slice(0, left);
  // "A dan B, C …": members after the last conjunction joined by commas only are not part of the list
  return group.slice(0, lastConjunction > 0 ? lastConjunction : left);
}

export interface SubjectOptions {
  accept: Accept;
  /** Do not look left of this item (a claim's span, a quote). */
  minIndex?: number;
  /** Accept an actor right after a preposition (used for passive agents). */
  allowOblique?: boolean;
  /**
   * The trigger is itself a speech act (accuses, denies): after "and" it pairs with an earlier speech
   * verb even when a prepositional object ends the reported clause ("X said troops were in Kursk and
   * accused Y"), where an event verb continues the reported clause ("said Tehran supplied drones to
   * Moscow and helped …").
   */
  speechAct?: boolean;
}

/**
 * The subject of the trigger at item `i`: scanning left, see the module comment. A complementizer
 * ("bahwa", "that") ends the search; another subordinator ("saat", "ketika", "while") only when an
 * actor was seen after it — a subordinate clause without its own subject shares the main clause's.
 * The head of a relative clause ("Shoigu yang sedang melakukan kunjungan") is its subject even when
 * it is a prepositional object outside.
 */
export function subjectLeft(v: SentenceView, i: number, opts: SubjectOptions): ArgGroup {
  const min = opts.minIndex ?? 0;
  const inRange = (group: ArgGroup) => group.filter((g) => g.start >= (v.items[min]?.start ?? 0));
  const prev = beforeAuxiliaries(v, i);
  // "X said … and accused Y", "X admits ties with them but denies …": a verb coordinated with an earlier one shares its subject
  const joined = isMarker(v, prev, "coordination") || isMarker(v, prev, "contrast");
  const before = v.items[prev - 1];
  if (prev > min && joined && (before?.kind !== "actor" || (opts.speechAct && isOblique(v, prev - 1)))) {
    const shared = sharedSubject(v, prev, opts);
    if (shared.length > 0) return shared;
  }
  // "Iran has backed Hamas for years, supplying it with rockets": a participle clause shares the main clause's subject
  if (prev > min && v.items[prev]?.text === "," && v.items[i]?.norm.endsWith("ing") && prev === i - 1) {
    const main = clauseSubject(v, prev, opts);
    if (main.length > 0) return main;
  }
  const ofPurpose = purposeClauseSubject(v, i, prev, opts);
  if (ofPurpose.length > 0) return ofPurpose;
  const invitee = infinitiveSubject(v, i, opts);
  if (invitee.length > 0) return invitee;
  // "Kim Yo Jong, adik Kim Jong Un yang juga …, menepis": the head of the apposition
  if (prev > min && v.items[prev]?.text === ",") {
    const head = appositionHead(v, prev, min, opts.accept);
    if (head >= 0) return inRange(widen(v, head, opts.accept));
  }
  // "Japan and two Asian countries, namely South Korea and the Philippines, accused …": the listed actors
  // belong to the subject (withListed); with no actor before them in the clause they are the subject
  let listed: ArgGroup = [];
  for (let k = i - 1; k >= min; k--) {
    const it = v.items[k] as Item;
    if (isHardStop(it)) return listed;
    if (it.kind !== "actor" && isMarker(v, k, "clauseBoundary") && !isMarker(v, k, "relative")) {
      if (isMarker(v, k, "complementizer") || listed.length > 0) return listed;
      // a subordinate clause without a subject of its own shares the main clause's, not its object's:
      // "Grossi dijadwalkan bertemu Presiden Pezeshkian sebelum melanjutkan perjalanan ke Natanz"
      const main = clauseSubject(v, k, opts);
      if (main.length > 0) return main;
      continue;
    }
    // "Putin sent a special envoy to Pyongyang to meet Kim": the envoy sent does the purpose clause's act
    if (it.kind !== "actor" && isMarker(v, k, "envoy") && isMarker(v, i - 1, "purpose")) return listed;
    // "Washington refused to allow strikes on Russia", "allowed Kyiv to strike": who permits is not who acts;
    // the permitted one stands after the permission word
    if (it.kind !== "actor" && isMarker(v, k, "permission")) return listed;
    // "Washington said thousands of soldiers were preparing to join the fighting", "X said Kim met Putin"
    // with "Kim" no entity: the reported clause has a subject of its own, troops no actor names or a name
    // the article does not know, not the speaker ("Rusia mengatakan akan …" has none of its own)
    if (it.kind !== "actor" && isMarker(v, k, "speech") && !isMarker(v, k, "accordingTo")) {
      const said = k + markerLength(v, k, "speech");
      if (troopsBetween(v, said, i) || unknownSubjectBefore(v, said, i)) return listed;
    }
    const aside = v.asides.find((a) => a.to === k && a.to < i && a.from >= min);
    if (aside) {
      if (aside.kind === "enumeration" && listed.length === 0) listed = actorsIn(v, aside, opts.accept);
      k = aside.from;
      continue;
    }
    const headOfRelative = (isMarker(v, k + 1, "relative") && k + 1 < i) || (v.items[k + 1]?.text === "," && isMarker(v, k + 2, "relative") && k + 2 < i);
    const owner = headOfRelative ? ownerBeforePlace(v, k, min, opts.accept) : -1;
    if (owner >= 0) return inRange(widen(v, owner, opts.accept));
    if (it.kind === "actor" && accepts(it, opts.accept) && !madeBy(v, k) && !(backsNext(v, k) && k + 1 !== i) && (opts.allowOblique || headOfRelative || (!isOblique(v, k) && !inObliqueList(v, k)))) {
      // "Houthi yang didukung Iran telah menyerang …": an actor inside a relative clause is not the subject, its head is
      // ("Delegasi Pyongyang yang dipimpin oleh Yun Jong Ho, terbang …": a leader named after "dipimpin oleh" acts himself)
      const head = opts.allowOblique ? -1 : relativeClauseHead(v, k, min, opts.accept);
      const group = inRange(withListed(v, widen(v, head >= 0 ? head : k, opts.accept), opts.accept));
      // "AS mengatakan dua negara, yakni Iran dan Korea Utara, memasok …": a list the actor found does not head is the subject
      return listed.length > 0 && !listed.every((l) => group.includes(l)) ? listed : group;
    }
  }
  // "After meeting Cho, Blinken said …", "Setelah mengunjungi Moskow, Kim …"
  return listed.length > 0 || min > 0 ? listed : subjectAfterFrontedPhrase(v, i, opts.accept, FRONTED_CLAUSE_REACH);
}

/**
 * The verb at `to`, after the speech verb ending at `from`, has a capitalised word no entity holds right
 * before it (past auxiliaries): a subject the article does not know ("said Kim would visit").
 */
function unknownSubjectBefore(v: SentenceView, from: number, to: number): boolean {
  let k = to - 1;
  while (k > from && (isMarker(v, k, "auxiliary") || isMarker(v, k, "beAux"))) k--;
  const it = v.items[k];
  return k >= from && it?.kind === "word" && it.cap && /\p{L}/u.test(it.text) && !isMarker(v, k, "determiner");
}

/**
 * Troops named (no actor) between items `from` and `to`: the subject of a reported clause ("said
 * thousands of soldiers were …"); the speaker's own ("its fighters") leave the speaker the subject.
 */
function troopsBetween(v: SentenceView, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (v.items[k]?.kind === "word" && isMarker(v, k, "troops") && !isMarker(v, k - 1, "possessive")) return true;
  return false;
}

/** Items a fronted clause may run after its verb before the comma ("After meeting South Korean Foreign Minister Cho Tae-yul,"). */
const FRONTED_CLAUSE_REACH = 12;

/**
 * A word at `i` in a phrase opening the sentence, with no actor before it, belongs to the main
 * clause's subject after the comma (at most `reach` items on): the subject of a fronted verb ("After
 * meeting Cho, Blinken said …") or the owner of a fronted possessed noun ("During his trip to
 * Vietnam, Lukashenko met …"). A demonym before the subject's name only qualifies it ("…, U.S.
 * Secretary of State Antony Blinken").
 */
export function subjectAfterFrontedPhrase(v: SentenceView, i: number, accept: Accept, reach: number): ArgGroup {
  if (v.items.slice(0, i).some((it) => it.kind !== "word")) return [];
  for (let k = i + 1; k < v.items.length && k <= i + reach; k++) {
    const it = v.items[k] as Item;
    if (isHardStop(it)) return [];
    if (it.text !== ",") continue;
    let subject = k + 1;
    while (isMarker(v, subject, "determiner")) subject++;
    const head = v.items[subject];
    // "After meeting Zelensky, Biden's aides said …": the subject is the possessed noun, no entity
    if (v.items[subject + 1]?.text === "'s" && v.items[subject + 2]?.kind === "word") return [];
    if (head?.kind === "actor" && !accepts(head, accept) && head.mention?.form === "adjective") {
      const next = v.items.findIndex((x, j) => j > subject && j <= subject + 4 && x.kind === "actor");
      if (next > 0) subject = next;
    }
    return accepts(v.items[subject] as Item, accept) ? widen(v, subject, accept) : [];
  }
  return [];
}

/**
 * "Russia used Iranian-made drones to attack …": a purpose clause ("to", "untuk") whose nearest actor
 * only qualifies a noun (a demonym before it) has the main clause's subject; else none.
 */
function purposeClauseSubject(v: SentenceView, i: number, prev: number, opts: SubjectOptions): ArgGroup {
  const min = opts.minIndex ?? 0;
  const purpose = [i - 1, prev].find((k) => k > min && isMarker(v, k, "purpose") && v.items[k]?.kind === "word");
  if (purpose === undefined) return [];
  const near = nearestActor(v, purpose, min);
  if (near < 0 || v.items[near]?.mention?.form !== "adjective" || v.items[near + 1]?.kind !== "word") return [];
  const main = clauseSubject(v, purpose, opts);
  return main.includes(v.items[near] as Item) ? [] : main;
}

/**
 * "an invitation for Kim to visit Moscow", "undangan … kepada Kim untuk berkunjung", "menjual drone
 * kepada Rusia untuk menyerang": the actor after for/kepada right before to/untuk does the act.
 */
function infinitiveSubject(v: SentenceView, i: number, opts: SubjectOptions): ArgGroup {
  const min = opts.minIndex ?? 0;
  const purpose = i - 1;
  const actor = purpose - 1;
  if (actor <= min || !isMarker(v, purpose, "purpose") || v.items[actor]?.kind !== "actor" || !isMarker(v, actor - 1, "infinitiveSubjectPrep")) return [];
  // only after an invitation, a plan or a request ("undangan … kepada", "invitation for"): "hard for
  // Ukraine to attack" or "a letter to the UN to accuse" name no one who acts
  if (!plannedBefore(v, actor - 1, min)) return [];
  return accepts(v.items[actor] as Item, opts.accept) ? widen(v, actor, opts.accept) : [];
}

/** Items before "for/kepada X" where the invitation or plan it completes may stand. */
const INVITATION_REACH = 8;

const plannedBefore = (v: SentenceView, k: number, min: number) => {
  for (let j = k - 1; j >= min && j >= k - INVITATION_REACH; j--) if (isMarker(v, j, "planned")) return true;
  return false;
};

/**
 * "kelompok Houthi di Yaman, yang … menyerang": the head of the relative clause that follows actor `k` is
 * not the place after "di" but the actor before it; -1 when `k` is no such place or a "that" opens a complement.
 */
function ownerBeforePlace(v: SentenceView, k: number, min: number, accept: Accept): number {
  const marker = isMarker(v, k + 1, "relative") ? k + 1 : k + 2;
  if (isMarker(v, marker, "complementizer") || k - 2 < min || !isMarker(v, k - 1, "preposition")) return -1;
  const owner = v.items[k - 2];
  return owner?.kind === "actor" && accepts(owner, accept) ? k - 2 : -1;
}

/** Words a relative clause may hold before its actor ("yang didukung", "yang selama ini dipersenjatai"). */
const RELATIVE_REACH = 4;

/** The head of the relative clause actor `k` stands in ("X yang didukung [Y]"), when it is an acceptable actor; else -1. */
function relativeClauseHead(v: SentenceView, k: number, min: number, accept: Accept): number {
  for (let r = k - 1; r > min && r >= k - RELATIVE_REACH; r--) {
    const it = v.items[r] as Item;
    if (it.kind !== "word") return -1;
    if (!isMarker(v, r, "relative")) continue;
    // "told Washington that Russia attacked …": a "that" opening a complement heads no relative clause
    if (isMarker(v, r, "complementizer")) return -1;
    const head = v.items[r - 1];
    return head?.kind === "actor" && accepts(head, accept) ? r - 1 : -1;
  }
  return -1;
}

/** The acceptable actors an aside lists, not those inside a phrase of a member ("drones from Iran"). */
function actorsIn(v: SentenceView, aside: Aside, accept: Accept): ArgGroup {
  const listed: ArgGroup = [];
  for (let k = aside.from + 1; k < aside.to; k++) {
    const it = v.items[k] as Item;
    if (accepts(it, accept) && !isOblique(v, k)) listed.push(it);
  }
  return listed;
}

/** Words of a noun phrase that may stand between a group and the enumeration it heads ("and two Asian countries"). */
const LISTING_REACH = 5;

/**
 * The group with the actors of an enumeration that opens right after it, or after a few more words of
 * its noun phrase: "Jepang dan dua negara Asia, yakni Korea Selatan dan Filipina, …". A preposition or
 * a clause boundary in between ends the phrase ("kunjungan Putin ke negara-negara Asia, yakni …").
 */
export function withListed(v: SentenceView, group: ArgGroup, accept: Accept): ArgGroup {
  const last = group[group.length - 1];
  if (!last) return group;
  const end = v.items.indexOf(last);
  for (let k = end + 1; k < v.items.length && k <= end + LISTING_REACH; k++) {
    const aside = v.asides.find((a) => a.from === k);
    if (aside) return aside.kind === "enumeration" ? [...group, ...actorsIn(v, aside, accept)] : group;
    const it = v.items[k] as Item;
    // the phrase goes on only as "and two Asian countries": a verb ("mengatakan dua negara") ends it
    if (k === end + 1 && !isMarker(v, k, "coordination")) return group;
    if (it.kind !== "word" || (["preposition", "clauseBoundary", "speech"] as const).some((cls) => isMarker(v, k, cls))) return group;
  }
  return group;
}

/** Index of the nearest actor before `i` in its sentence part (a hard stop ends the search), else -1. */
function nearestActor(v: SentenceView, i: number, min: number): number {
  for (let k = i - 1; k >= min; k--) {
    const it = v.items[k] as Item;
    if (isHardStop(it)) return -1;
    if (it.kind === "actor") return k;
  }
  return -1;
}

/** Index of the item before `i` once auxiliaries ("has", "telah", "juga") are skipped. */
function beforeAuxiliaries(v: SentenceView, i: number): number {
  let k = i - 1;
  while (k > 0 && v.items[k]?.kind === "word" && (isMarker(v, k, "auxiliary") || isMarker(v, k, "beAux"))) k--;
  return k;
}

const QUOTES = new Set(['"', "“", "”"]);

/** The subject of the verb an "and" at `and` coordinates with: that of the speech verb before, else the clause's first actor. */
function sharedSubject(v: SentenceView, and: number, opts: SubjectOptions): ArgGroup {
  const min = opts.minIndex ?? 0;
  for (let k = and - 1; k >= min; k--) {
    const it = v.items[k] as Item;
    // a quoted phrase inside the clause does not end it ('X said the US was "concerned" and accused Y')
    if (isHardStop(it) && !QUOTES.has(it.text)) break;
    // a speech verb of a relative clause ("kelompok yang disebutnya …") is not the clause's own verb
    if (it.kind !== "actor" && isMarker(v, k, "speech") && !isMarker(v, k, "accordingTo") && !isMarker(v, k - 1, "relative")) return subjectLeft(v, k, opts);
  }
  return clauseSubject(v, and, opts);
}

/**
 * "X, <apposition>, VERB": the actor before the opening comma when the apposition is a noun phrase
 * (it holds words, not only a list of actors) and the comma before the verb closes it; else -1.
 */
function appositionHead(v: SentenceView, close: number, min: number, accept: Accept): number {
  let words = 0;
  for (let k = close - 1; k > min; k--) {
    const it = v.items[k] as Item;
    if (isHardStop(it) || (it.kind !== "actor" && isMarker(v, k, "clauseBoundary") && !isMarker(v, k, "relative"))) return -1;
    if (it.kind === "word") words++;
    if (it.text !== ",") continue;
    const head = v.items[k - 1];
    if (words === 0 || !head || head.kind !== "actor" || !accepts(head, accept) || isOblique(v, k - 1)) return -1;
    return k - 1;
  }
  return -1;
}

/**
 * The subject of the clause holding item `i`, for a possessed noun ("Hamas … menggunakan senjata
 * Korea Utara dalam serangannya"): the first actor of the clause, not the nearest; of two adjacent
 * actors the second is the head ("kelompok Palestina Hamas").
 */
export function clauseSubject(v: SentenceView, i: number, opts: SubjectOptions): ArgGroup {
  let start = opts.minIndex ?? 0;
  for (let k = i - 1; k >= start; k--) {
    const it = v.items[k] as Item;
    const opens = it.kind !== "actor" && ((isMarker(v, k, "clauseBoundary") && !isMarker(v, k, "relative")) || isMarker(v, k, "speech"));
    if (isHardStop(it) || opens) {
      start = k + 1;
      break;
    }
  }
  for (let k = start; k < i; k++) {
    const aside = v.asides.find((a) => a.from === k);
    if (aside) {
      k = aside.to;
      continue;
    }
    const it = v.items[k] as Item;
    if (it.kind !== "actor" || isOblique(v, k)) continue;
    // "Yemen's Houthi movement": the possessed actor heads
    const next = v.items[k + 1];
    const possessed = possessedHead(v, k, opts.accept);
    const head = possessed !== k ? possessed : next?.kind === "actor" && !next.hyphenPrev && accepts(next, opts.accept) ? k + 1 : k;
    if (accepts(v.items[head] as Item, opts.accept)) return widen(v, head, opts.accept);
  }
  return [];
}

export interface ObjectOptions {
  accept: Accept;
  /** The object must come after one of these prepositions; null: directly. */
  preps: MarkerClass | null;
  /** With preps given, may the object also follow directly. */
  direct?: boolean;
  /** Most items between the trigger (or the preposition) and the object. */
  maxGap?: number;
  /** Also take actors listed after "seperti/termasuk/such as" later in the clause. */
  enumerations?: boolean;
  /** Another preposition after the one seen ends the search ("untuk menyerang kota-kota di Ukraina", "for its war in Ukraine"). */
  firstPhraseOnly?: boolean;
  /** A hostile word before an actor does not keep it out (attacks are hostile). */
  hostileOk?: boolean;
}

/** The object of the trigger ending before item `from`. */
export function objectRight(v: SentenceView, from: number, opts: ObjectOptions): ArgGroup {
  const maxGap = opts.maxGap ?? 4;
  let gap = 0;
  let prepSeen = opts.preps === null;
  for (let k = from; k < v.items.length; k++) {
    const it = v.items[k] as Item;
    // "ke dua negara Asia, yakni Vietnam dan Laos": the object is a description, its members listed after it
    const listing = prepSeen && k > from ? v.asides.find((a) => a.from === k && a.kind === "enumeration") : undefined;
    if (listing) return actorsIn(v, listing, opts.accept);
    if (isHardStop(it) || (it.kind !== "actor" && isMarker(v, k, "clauseBoundary") && !prepSeen)) return [];
    if (it.kind === "actor" && backsNext(v, k)) {
      gap++; // "struck the Iran-backed Houthis": the backer qualifies the object
    } else if (it.kind === "actor") {
      const direct = opts.preps === null || (opts.direct === true && !prepSeen);
      // a direct object may be a noun of the actor: "struck the city of Kharkiv", "visited the capital of Iran"
      // right after the trigger, or after a determiner only ("worked with the United Nations": the
      // preposition before "the" is the trigger's own)
      const next = k === from || (k === from + 1 && isDeterminer(v, from));
      const placed = (prepSeen && opts.preps !== null) || (direct && (next || !isOblique(v, k) || (ownedPart(v, k) && k - from <= 4)));
      if (accepts(it, opts.accept) && placed && (opts.hostileOk || !afterHostile(v, k, from))) {
        const group = widen(v, possessedHead(v, k, opts.accept), opts.accept);
        return opts.enumerations ? [...group, ...enumerated(v, k + 1, opts.accept)] : group;
      }
      gap++;
    } else if (opts.preps && isMarker(v, k, opts.preps)) {
      prepSeen = true;
      gap = 0;
      k += markerLength(v, k, opts.preps) - 1;
      continue;
    } else if (it.text === "," && !prepSeen && opts.preps !== null) {
      return [];
    } else if (prepSeen && isMarker(v, k, "relative")) {
      return []; // "dengan negara-negara yang …": the object is not an entity
    } else if (prepSeen && opts.firstPhraseOnly && opts.preps !== null && isMarker(v, k, "preposition")) {
      return [];
    } else if (!prepSeen && opts.direct && opts.preps !== null && k > from && isMarker(v, k, "preposition") && it.norm !== "of") {
      return []; // a direct object is one noun phrase: "menduduki peringkat ketiga dalam hierarki Partai …" has none
    } else {
      gap++;
    }
    if (gap > maxGap) return [];
  }
  return [];
}

/** "Yemen's Houthi movement", "Iran's Revolutionary Guards": the actor a possessive actor at `k` qualifies, else `k`. */
export function possessedHead(v: SentenceView, k: number, accept: Accept): number {
  if (v.items[k + 1]?.text !== "'s") return k;
  const head = v.items[k + 2]?.kind === "actor" ? k + 2 : v.items[k + 2]?.kind === "word" && v.items[k + 3]?.kind === "actor" ? k + 3 : -1;
  return head >= 0 && accepts(v.items[head] as Item, accept) ? head : k;
}

/**
 * A hostile phrase ends right before item `k` ("memusuhi AS", "berhadapan dengan AS"). Only phrases
 * from item `from` on count: the trigger itself ("menyerang Israel") never blocks its own object.
 */
function afterHostile(v: SentenceView, k: number, from: number): boolean {
  for (let j = Math.max(from, k - 3); j < k; j++) if (markerLength(v, j, "hostile") === k - j) return true;
  return false;
}

/** "… dan negara-negara lain yang memusuhi AS, seperti Iran": the listed actors. */
function enumerated(v: SentenceView, from: number, accept: Accept): ArgGroup {
  for (let k = from; k < v.items.length && k < from + 12; k++) {
    const it = v.items[k] as Item;
    if (isHardStop(it) || (it.kind !== "actor" && isMarker(v, k, "clauseBoundary"))) return [];
    if (isMarker(v, k, "enumeration")) {
      const next = v.items[k + markerLength(v, k, "enumeration")];
      const idx = k + markerLength(v, k, "enumeration");
      return next && accepts(next, accept) ? widen(v, idx, accept) : [];
    }
  }
  return [];
}

/** The actor group right after item `i` (a genitive: "kunjungan Korea Utara", "invasi Putin"). */
export function genitiveAt(v: SentenceView, i: number, accept: Accept): ArgGroup {
  let k = i;
  while (k < v.items.length && isMarker(v, k, "determiner")) k++;
  const it = v.items[k];
  return it && accepts(it, accept) ? withListed(v, widen(v, k, accept), accept) : [];
}

/** Plain words an event noun may take before its owners ("serangan udara Israel", "latihan gabungan tahunan AS dan Korsel"). */
const EVENT_QUALIFIERS = 3;

/** Words that end an event noun's qualifiers. */
const STOPS_QUALIFIERS = ["preposition", "clauseBoundary", "relative", "coordination", "genitiveLink", "demonstrative", "complementizer", "placeQualifier"] as const;

/** The owners named after an event noun, across a few qualifying words or "of" ("exercises of the United States and …"). */
export function ownersAfter(v: SentenceView, end: number, accept: Accept): ArgGroup {
  let k = end;
  while (k < v.items.length && k - end < EVENT_QUALIFIERS && v.items[k]?.kind === "word" && !STOPS_QUALIFIERS.some((cls) => isMarker(v, k, cls))) k++;
  if (isMarker(v, k, "genitiveLink")) k += markerLength(v, k, "genitiveLink");
  return genitiveAt(v, k, accept);
}

/** The item after an argument group's last member, or `fallback` for an empty group. */
export const indexAfter = (v: SentenceView, g: ArgGroup, fallback: number): number => (g.length > 0 ? v.items.indexOf(g[g.length - 1]!) + 1 : fallback);

/** Is any item of `cls` (weapon, agreement…) within `max` items after `from`, before a hard stop? */
export function classWithin(v: SentenceView, from: number, cls: MarkerClass, max: number): number {
  for (let k = from; k < v.items.length && k < from + max; k++) {
    const it = v.items[k] as Item;
    if (isHardStop(it)) return -1;
    if (isMarker(v, k, cls)) return k;
  }
  return -1;
}


