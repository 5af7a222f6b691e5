/**
 * COOPERATES_WITH (symmetric): "bekerja sama dengan", "X dan Y bekerja sama"; strengthening ties
 * ("meningkatkan hubungan dengan Korea Utara dan negara-negara lain …, seperti Iran", "deepen
 * cooperation with"); tie nouns with their parties ("kerja sama antara Rusia dan Korea Utara",
 * "hubungan Rusia-Korea Utara", "kerja sama militer kedua negara", "hubungannya dengan Rusia");
 * joint exercises of a pair; and alliances stated ("X dan Y merupakan sekutu", "Rusia, sebagai sekutu
 * lama Korea Utara"). A hostile word before a party ("memusuhi AS") keeps it out.
 */
import { classWithin, entitiesOf, genitiveAt, indexAfter, objectRight, ownersAfter, subjectLeft, widen, type ArgGroup } from "../args.js";
import type { ExtractionContext } from "../context.js";
import type { ArticleEntity } from "../entities.js";
import { acceptFor, emit, pairs } from "../emit.js";
import { isHardStop, isMarker, markerLength, type Item, type SentenceView } from "../sentence-view.js";
import { negatedAfterNoun } from "../status.js";
import { isEnglishPassive, nounAgent, passiveAgent, situation, verbSubject, type Rule, type Situation, type TriggerHit } from "./common.js";

function cooperate(ctx: ExtractionContext, v: SentenceView, hit: TriggerHit, sit: Situation, a: ArticleEntity[], b: ArticleEntity[]): void {
  const base = { type: "COOPERATES_WITH" as const, status: sit.status, view: v, i0: hit.i0, i1: hit.i1, confidence: hit.entry.confidence, ...(sit.claim ? { claim: sit.claim } : {}) };
  if (b.length > 0) {
    if (a.length > 0) emit(ctx, { ...base, sources: a, targets: b });
    return;
  }
  for (const [x, y] of pairs(a)) emit(ctx, { ...base, sources: [x], targets: [y] });
}

const accept = (ctx: ExtractionContext) => acceptFor(ctx, "COOPERATES_WITH", "source");
const partners = (ctx: ExtractionContext, v: SentenceView, from: number, maxGap = 3, direct = false): ArgGroup =>
  objectRight(v, from, { accept: accept(ctx), preps: "withPrep", maxGap, enumerations: true, direct });
const subjectOf = (ctx: ExtractionContext, v: SentenceView, hit: TriggerHit, sit: Situation) => {
  const g = verbSubject(v, hit, sit, accept(ctx));
  return g === "accused" ? (sit.claim?.accused ?? []) : entitiesOf(g);
};

const verb: Rule = (ctx, v, hit) => {
  const sit = situation(ctx, v, hit, false);
  if (!sit) return;
  if (isEnglishPassive(ctx.language, v, hit)) return passive(ctx, v, hit);
  const direct = hit.entry.direct === true;
  const group = partners(ctx, v, hit.i1, direct ? 2 : 3, direct);
  // "fought alongside Russian forces": armed forces on one side at least
  if (hit.entry.requires === "troops" && !group.some((it) => it.entities.some((e) => e.military)) && !subjectIsMilitary(v, hit)) return;
  // "mendukung invasi Rusia": supporting an act is not cooperating with its author
  if (direct && group.length > 0 && betweenHasEvent(ctx, v, hit.i1, v.items.indexOf(group[0]!))) return;
  // "help develop Iranian gas fields": a demonym qualifying a noun is no partner
  if (direct && group.length > 0 && qualifiesNoun(v, v.items.indexOf(group[group.length - 1]!))) return;
  // "Rusia, Aljazair, dan China mendukung permintaan itu": backing a thing together is no tie among the backers
  if (direct && group.length === 0 && !reciprocalNear(v, hit)) return;
  cooperate(ctx, v, hit, sit, subjectOf(ctx, v, hit, sit), entitiesOf(group));
};

/** "saling mendukung", "support each other": the subjects back one another. */
function reciprocalNear(v: SentenceView, hit: TriggerHit): boolean {
  return isMarker(v, hit.i0 - 1, "reciprocal") || isMarker(v, hit.i1, "reciprocal");
}

function betweenHasEvent(ctx: ExtractionContext, v: SentenceView, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const it = v.items[k] as Item;
    if (it.kind === "word" && (ctx.lang.eventNouns.has(it.stem) || ctx.lang.eventNouns.has(it.norm))) return true;
  }
  return false;
}

/** The actor at `k` is a demonym before a plain noun ("Iranian gas"), not a party ("the Syrian government", "Iranian forces" are). */
function qualifiesNoun(v: SentenceView, k: number): boolean {
  const next = v.items[k + 1];
  if (v.items[k]?.mention?.form !== "adjective" || next?.kind !== "word" || next.cap || next.text === ",") return false;
  return !(["coordination", "troops", "stateNoun"] as const).some((cls) => isMarker(v, k + 1, cls));
}

/** "Houthi didukung oleh Iran", "Hamas is backed by Iran". */
const passive: Rule = (ctx, v, hit) => {
  const sit = situation(ctx, v, hit, false);
  if (!sit) return;
  const subject = entitiesOf(subjectLeft(v, hit.i0, { accept: accept(ctx), minIndex: sit.minIndex }));
  const agents = entitiesOf(passiveAgent(ctx.language, v, hit.i1, accept(ctx)));
  if (subject.length > 0 && agents.length > 0) cooperate(ctx, v, hit, sit, subject, agents);
};

const TROOPS_WINDOW = 6;

/** Troops named as the subject of the trigger ("the North's troops were fighting alongside …"). */
function subjectIsMilitary(v: SentenceView, hit: TriggerHit): boolean {
  for (let k = hit.i0 - 1; k >= 0 && k >= hit.i0 - 8; k--) {
    const it = v.items[k] as Item;
    if (isHardStop(it)) return false;
    if (it.kind === "actor") return it.entities.some((e) => e.military);
    if (isMarker(v, k, "troops")) return true;
  }
  return false;
}
const NOMINAL = /^pe\p{L}+an$|ments?$/u;

/** The troops a deployment trigger sends: a troops word or an armed-forces actor after it. */
function troopsAfter(v: SentenceView, hit: TriggerHit): { at: number; force: ArticleEntity | null } | null {
  for (let k = hit.i1; k < v.items.length && k < hit.i1 + TROOPS_WINDOW; k++) {
    const it = v.items[k] as Item;
    if (isHardStop(it)) return null;
    if (it.kind === "actor") {
      const force = it.entities.find((e) => e.military) ?? null;
      if (force) return { at: k, force };
      continue;
    }
    if (isMarker(v, k, "troops")) return { at: k, force: null };
  }
  return null;
}

/**
 * Troops sent to a country: military cooperation with it (not a visit). "Korea Utara mengirim
 * pasukan ke Rusia", "Pyongyang has deployed troops to Russia", "10,000 North Korean soldiers had
 * been sent to Russia" (the troops' country sends), "pengerahan pasukan Korea Utara ke Rusia".
 * Troops sent to a country the sender attacks are an invasion, not cooperation.
 */
const deploy: Rule = (ctx, v, hit) => {
  const sit = situation(ctx, v, hit, false);
  if (!sit) return;
  const troops = troopsAfter(v, hit);
  let senders: ArticleEntity[] = [];
  let from = hit.i1;
  if (troops) {
    from = troops.at + 1;
    const nominal = NOMINAL.test((v.items[hit.i0] as Item).norm);
    if (troops.force) senders = [troops.force];
    else if (nominal) senders = entitiesOf(nounAgent(ctx.language, v, hit, sit, accept(ctx)).group);
    else senders = subjectOf(ctx, v, hit, sit);
  } else {
    // passive: the troops are the subject ("pasukan Korea Utara dikirim ke Rusia")
    const subject = subjectLeft(v, hit.i0, { accept: (e) => e.military, minIndex: sit.minIndex });
    senders = entitiesOf(subject);
  }
  if (senders.length === 0) return;
  const acc = accept(ctx);
  let hosts = objectRight(v, from, { accept: acc, preps: "recipientPrep", maxGap: 4, firstPhraseOnly: true });
  if (hosts.length === 0) hosts = objectRight(v, from, { accept: acc, preps: "visitPrep", maxGap: 3, firstPhraseOnly: true });
  const countryOf = (e: ArticleEntity) => ctx.discourse.countryOf(e) ?? e;
  const hostile = (a: ArticleEntity, b: ArticleEntity) =>
    ctx.relations.some((r) => r.type === "ATTACKED" && ((countryOf(r.source) === countryOf(a) && countryOf(r.target) === countryOf(b)) || (countryOf(r.source) === countryOf(b) && countryOf(r.target) === countryOf(a))));
  // "sent troops into Ukraine": an invasion, not a deployment at the host's side
  if (hosts.length > 0 && invading(v, v.items.indexOf(hosts[0]!))) {
    const attackers = senders.map(countryOf);
    emit(ctx, { type: "ATTACKED", sources: attackers, targets: entitiesOf(hosts), status: sit.status, view: v, i0: hit.i0, i1: hit.i1, confidence: hit.entry.confidence * 0.9, ...(sit.claim ? { claim: sit.claim } : {}) });
    return;
  }
  const targets = entitiesOf(hosts).filter((h) => senders.every((s) => !hostile(s, h)));
  if (targets.length === 0) return;
  const base = { type: "COOPERATES_WITH" as const, status: sit.status, view: v, i0: hit.i0, i1: hit.i1, confidence: hit.entry.confidence, ...(sit.claim ? { claim: sit.claim } : {}) };
  for (const r of emit(ctx, { ...base, sources: senders, targets })) r.military = true;
};

/** The preposition before the host (determiners skipped) is an invasion one ("into", markers "invasionPrep"). */
function invading(v: SentenceView, host: number): boolean {
  let k = host - 1;
  while (k > 0 && isMarker(v, k, "determiner")) k--;
  for (let j = k; j >= 0 && j >= k - 2; j--) if (markerLength(v, j, "invasionPrep") === k - j + 1) return true;
  return false;
}

const tieVerb: Rule = (ctx, v, hit) => {
  const tie = classWithin(v, hit.i1, "tie", 4);
  if (tie < 0) return;
  const sit = situation(ctx, v, hit, false);
  if (!sit) return;
  const b = entitiesOf(partners(ctx, v, tie + 1, 4));
  const a = subjectOf(ctx, v, hit, sit);
  if (b.length > 0 || a.length >= 2) cooperate(ctx, v, hit, sit, a, b);
};

/** Items after the verb the aid word may stand at ("provided humanitarian and financial aid"). */
const AID_WINDOW = 5;

/**
 * Giving aid is cooperating with its recipient: "Seoul has provided humanitarian and financial aid to
 * Kyiv", "memberikan bantuan kemanusiaan kepada Ukraina", "provided Kyiv with aid".
 */
const aid: Rule = (ctx, v, hit) => {
  const acc = accept(ctx);
  const direct = objectRight(v, hit.i1, { accept: acc, preps: null, maxGap: 0 });
  const after = indexAfter(v, direct, hit.i1);
  const withAid = direct.length > 0 && isMarker(v, after, "withPrep");
  const word = classWithin(v, withAid ? after + markerLength(v, after, "withPrep") : hit.i1, "aid", AID_WINDOW);
  if (word < 0) return;
  const sit = situation(ctx, v, hit, false);
  if (!sit) return;
  const recipients = withAid ? direct : objectRight(v, word + markerLength(v, word, "aid"), { accept: acc, preps: "recipientPrep", maxGap: 3, firstPhraseOnly: true });
  const b = entitiesOf(recipients);
  if (b.length > 0) cooperate(ctx, v, hit, sit, subjectOf(ctx, v, hit, sit), b);
};

const noun: Rule = (ctx, v, hit) => {
  const sit = situation(ctx, v, hit, true);
  if (!sit || tieWorsens(v, hit)) return;
  const acc = accept(ctx);
  const between = objectRight(v, hit.i1, { accept: acc, preps: "betweenPrep", maxGap: 4 });
  if (between.length >= 2) return cooperate(ctx, v, hit, sit, entitiesOf(between), []);
  const pair = hyphenPair(ctx, v, hit);
  if (pair.length > 0) return cooperate(ctx, v, hit, sit, pair, []);
  // "kerja sama militer kedua negara", "kedekatan Pyongyang dan Moskow"
  for (let k = hit.i1; k < v.items.length && k <= hit.i1 + 2; k++) {
    const it = v.items[k] as Item;
    if (it.kind !== "actor") {
      if (isMarker(v, k, "preposition")) break; // "hubungan erat dengan kedua kelompok": a partner, not a genitive
      continue;
    }
    const g = genitiveAt(v, k, acc);
    const members = entitiesOf(g);
    if (members.length >= 2 && (k === hit.i1 || it.pronoun)) return cooperate(ctx, v, hit, sit, members, []);
    break;
  }
  const agent = nounAgent(ctx.language, v, hit, sit, acc);
  const from = agent.genitive && agent.group.length > 0 ? v.items.indexOf(agent.group[agent.group.length - 1]!) + 1 : hit.i1;
  const b = entitiesOf(partners(ctx, v, from, 4));
  if (agent.group.length > 0 && b.length > 0) cooperate(ctx, v, hit, sit, entitiesOf(agent.group), b);
};

/** Adjectives a tie noun and its hyphenated pair may have between them. */
const PAIR_GAP = 2;

/**
 * The parties of a hyphenated pair naming the tie: "hubungan Rusia-Korea Utara", "kemitraan strategis
 * Rusia-China" (after the noun), "the Russia-China strategic partnership" (before it, in English).
 */
function hyphenPair(ctx: ExtractionContext, v: SentenceView, hit: TriggerHit): ArticleEntity[] {
  const pairAt = (k: number): ArticleEntity[] => {
    const [first, second] = [v.items[k], v.items[k + 1]];
    return first?.kind === "actor" && second?.kind === "actor" && second.hyphenPrev ? [...first.entities, ...second.entities] : [];
  };
  const adjective = (k: number) => {
    const it = v.items[k];
    return it?.kind === "word" && !it.cap && !(["preposition", "clauseBoundary", "determiner", "coordination"] as const).some((cls) => isMarker(v, k, cls));
  };
  for (let gap = 0; gap <= PAIR_GAP; gap++) {
    if (gap > 0 && !adjective(hit.i1 + gap - 1)) break;
    const after = pairAt(hit.i1 + gap);
    if (after.length > 0) return after;
  }
  if (ctx.language !== "en") return [];
  for (let gap = 0; gap <= PAIR_GAP; gap++) {
    if (gap > 0 && !adjective(hit.i0 - gap)) break;
    const before = pairAt(hit.i0 - 2 - gap);
    if (before.length > 0) return before;
  }
  return [];
}

/** Items in a tie noun's clause after it where a word saying it worsens is looked for. */
const WORSEN_AFTER = 10;
/** Words that make a worsening past or denied ("yang sempat memburuk kini membaik"), beside negations and 'former' words. */
const ONCE_WORDS = new Set(["sempat", "pernah"]);

/**
 * The tie is said to worsen, not to hold: "strained ties", "memburuknya hubungan", "relations between X
 * and Y deteriorated", "hubungan kedua negara memburuk" (markers 'tieWorsens'); not when the worsening is
 * denied or over ("have not deteriorated", "tidak lagi memburuk", "yang sempat memburuk kini membaik").
 */
function tieWorsens(v: SentenceView, hit: TriggerHit): boolean {
  if (isMarker(v, hit.i0 - 1, "tieWorsens")) return true;
  for (let k = hit.i1; k < v.items.length && k < hit.i1 + WORSEN_AFTER; k++) {
    const it = v.items[k] as Item;
    if (isHardStop(it) || it.text === "," || isMarker(v, k, "clauseBoundary") || isMarker(v, k, "contrast")) return false;
    if (isMarker(v, k, "negation") || isMarker(v, k, "former") || ONCE_WORDS.has(it.norm)) return false;
    if (isMarker(v, k, "tieWorsens")) return true;
  }
  return false;
}

/** Items before a joint trigger where a negated light verb may stand ("did not hold joint drills", "tidak menggelar latihan"). */
const LIGHT_VERB_REACH = 4;

function negatedLightVerb(v: SentenceView, hit: TriggerHit): boolean {
  for (let k = hit.i0 - 1; k >= 0 && k >= hit.i0 - LIGHT_VERB_REACH; k--) {
    const it = v.items[k] as Item;
    if (it.kind !== "word") return false;
    if (isMarker(v, k, "negation")) return true;
  }
  return false;
}

const joint: Rule = (ctx, v, hit) => {
  const sit = situation(ctx, v, hit, false);
  if (!sit || negatedLightVerb(v, hit)) return;
  const b = entitiesOf(jointPartners(ctx, v, hit));
  const a = entitiesOf(subjectLeft(v, hit.i0, { accept: accept(ctx), minIndex: sit.minIndex }));
  // everyone in a joint exercise exercises with everyone: "Moskow dan Beijing … latihan gabungan bersama Iran"
  if (b.length > 0 && a.length >= 2 && jointExercise(v, hit)) return cooperate(ctx, v, hit, sit, [...new Set([...a, ...b])], []);
  if (b.length > 0 || a.length >= 2) return cooperate(ctx, v, hit, sit, a, b);
  // otherwise "latihan militer gabungan tahunan Amerika Serikat dan Korea Selatan", "the joint exercises of X
  // and Y" name their parties after them (only a joint exercise, and not one cancelled or negated)
  if (!jointExercise(v, hit) || negatedAfterNoun(v, hit.i1)) return;
  const owners = entitiesOf(ownersAfter(v, hit.i1, accept(ctx)));
  if (owners.length >= 2) cooperate(ctx, v, hit, sit, owners, []);
};

/**
 * The partners after a joint trigger. A trigger ending in a with-word ("latihan angkatan laut bersama")
 * may have used it as the preposition: "latihan angkatan laut bersama Iran" is an exercise with Iran.
 */
function jointPartners(ctx: ExtractionContext, v: SentenceView, hit: TriggerHit): ArgGroup {
  const after = partners(ctx, v, hit.i1);
  if (after.length > 0 || hit.i1 - hit.i0 < 2 || !isMarker(v, hit.i1 - 1, "withPrep")) return after;
  return partners(ctx, v, hit.i1 - 1);
}

/** The trigger or the two words after it say the exercise is joint ("joint drills", "latihan militer gabungan"). */
function jointExercise(v: SentenceView, hit: TriggerHit): boolean {
  for (let k = hit.i0; k < hit.i1 + 2 && k < v.items.length; k++) if (isMarker(v, k, "jointWord")) return true;
  return false;
}

/** Words between an ally noun and its owner's "'s" ("Tehran's most powerful ally"), and before the owner ("long Tehran's ally"). */
const ALLY_WORDS = 3;

/**
 * "X is Tehran's closest ally", "Hezbollah, long Tehran's most powerful ally, …": the owner before
 * "'s" is one party; the subject of the copula or the head of the apposition the other.
 */
function ownedAlly(ctx: ExtractionContext, v: SentenceView, hit: TriggerHit): boolean {
  let k = hit.i0 - 1;
  while (k > 0 && hit.i0 - k <= ALLY_WORDS && v.items[k]?.kind === "word" && v.items[k]?.text !== "'s") k--;
  if (v.items[k]?.text !== "'s" || v.items[k - 1]?.kind !== "actor") return false;
  const owner = k - 1;
  // a person's ally ("Donald Trump's closest ally") is a political friend, not a state's partner
  if ((v.items[owner] as Item).entities.some((e) => e.type === "Person")) return true;
  let before = owner - 1;
  while (before > 0 && owner - before < ALLY_WORDS && v.items[before]?.kind === "word" && !isMarker(v, before, "copula")) before--;
  // "is no longer / not Russia's ally", "once Moscow's closest ally": no alliance now
  for (let j = before; j < hit.i0; j++) if (isMarker(v, j, "negation") || isMarker(v, j, "former")) return true;
  const sit = situation(ctx, v, hit, true);
  if (!sit) return true;
  const b = entitiesOf(widen(v, owner, accept(ctx)));
  const a = isMarker(v, before, "copula")
    ? entitiesOf(subjectLeft(v, before, { accept: accept(ctx), minIndex: sit.minIndex }))
    : v.items[before]?.text === "," && v.items[before - 1]?.kind === "actor"
      ? entitiesOf(widen(v, before - 1, accept(ctx)))
      : [];
  if (a.length > 0 && b.length > 0) cooperate(ctx, v, hit, sit, a, b);
  return true;
}

/**
 * "X dan Y merupakan sekutu", "Rusia, sebagai sekutu lama Korea Utara", "Belarus is a close ally of
 * Russia"; in apposition, between states or bodies only ("Belarus, sekutu terdekat Moskow, …"; a person's
 * ally is a political friend).
 */
const ally: Rule = (ctx, v, hit) => {
  if (ctx.language === "en" && ownedAlly(ctx, v, hit)) return;
  const before = isMarker(v, hit.i0 - 1, "determiner") ? hit.i0 - 2 : hit.i0 - 1;
  const copula = isMarker(v, before, "copula");
  const apposition = !copula && v.items[before]?.text === "," && v.items[before - 1]?.kind === "actor";
  if (!copula && !apposition) return;
  const sit = situation(ctx, v, hit, true);
  if (!sit) return;
  const a = entitiesOf(copula ? subjectLeft(v, before, { accept: accept(ctx), minIndex: sit.minIndex }) : widen(v, before - 1, accept(ctx)));
  let k = hit.i1;
  while (k < v.items.length && (v.items[k] as Item).kind === "word" && k < hit.i1 + 2 && !isMarker(v, k, "relative")) k++;
  const b = entitiesOf(genitiveAt(v, k, accept(ctx)));
  if (apposition && (b.length === 0 || [...a, ...b].some((e) => e.type === "Person"))) return;
  if (b.length > 0 || a.length >= 2) cooperate(ctx, v, hit, sit, a, b);
};

export const COOPERATES_RULES = { verb, passive, deploy, "tie-verb": tieVerb, noun, joint, ally, aid } satisfies Record<string, Rule>;
