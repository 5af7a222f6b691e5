/**
 * ATTACKED: attacker -> target. Verbs with a direct object ("menyerang Israel", "invaded Ukraine",
 * "engaged Ukrainian forces", "fought alongside Russian troops against Ukrainian forces"), passives
 * ("Kursk diserang (oleh) pasukan Ukraina", "was struck by"), firing a weapon at a target ("menembakkan
 * rudal ke sasaran militer di Israel", "fired missiles at"), and nouns with the attacker in the
 * genitive or possessor ("invasi Putin ke Ukraina", "serangannya terhadap Israel", "Russia's invasion
 * of Ukraine") or the subject of a light verb ("Trump memerintahkan serangan terhadap Houthi"). A
 * person attacker stands for his state (emit.ts); attacks are hostile, so hostile words never block.
 */
import { classWithin, clauseSubject, entitiesOf, madeBy, madeInLength, objectRight, subjectLeft, widen, type ArgGroup } from "../args.js";
import type { ExtractionContext } from "../context.js";
import { acceptFor, emit, pairs } from "../emit.js";
import { isHardStop, isMarker, markerLength, type Item, type SentenceView } from "../sentence-view.js";
import { isEnglishPassive, nounAgent, passiveAgent, situation, verbSubject, type Rule, type Situation, type TriggerHit } from "./common.js";

function attack(ctx: ExtractionContext, v: SentenceView, hit: TriggerHit, sit: Situation, who: ArgGroup | "accused", targets: ArgGroup): void {
  const sources = who === "accused" ? (sit.claim?.accused ?? []) : entitiesOf(who);
  if (sources.length === 0 || targets.length === 0) return;
  const base = { status: sit.status, view: v, i0: hit.i0, i1: hit.i1, confidence: hit.entry.confidence, ...(sit.claim ? { claim: sit.claim } : {}) };
  emit(ctx, { ...base, type: "ATTACKED", sources, targets: entitiesOf(targets) });
  // "the United States and Britain have carried out joint air strikes": the attackers cooperate
  if (sources.length >= 2 && jointAttack(v, hit)) for (const [a, b] of pairs(sources)) emit(ctx, { ...base, type: "COOPERATES_WITH", sources: [a], targets: [b] });
}

/** A joint word just before or after the trigger: "joint air strikes", "serangan udara gabungan". */
function jointAttack(v: SentenceView, hit: TriggerHit): boolean {
  const from = Math.max(0, hit.i0 - 2);
  return classWithin(v, from, "jointWord", hit.i1 - from + 1) >= 0;
}

/** The target: after ke/terhadap/at/on/against, or (verbs) the direct object, possibly inside a place noun phrase ("the southern suburbs of Beirut"). */
const targetOf = (ctx: ExtractionContext, v: SentenceView, from: number, direct: boolean, preps: "targetPrep" | "nounTargetPrep") =>
  objectRight(v, from, { accept: acceptFor(ctx, "ATTACKED", "target"), preps, direct, maxGap: direct ? 4 : 3, hostileOk: true });

/** "Kursk diserang oleh pasukan Ukraina", "Kyiv was struck by Russian missiles": the target is the subject. */
function passiveAttack(ctx: ExtractionContext, v: SentenceView, hit: TriggerHit, sit: Situation): void {
  const targets = subjectLeft(v, hit.i0, { accept: acceptFor(ctx, "ATTACKED", "target"), minIndex: sit.minIndex });
  const attackers = passiveAgent(ctx.language, v, hit.i1, acceptFor(ctx, "ATTACKED", "source"));
  attack(ctx, v, hit, sit, attackers, takenPlaces(v, hit, targets, "subject"));
}

const PLACE_TYPES: ReadonlySet<string> = new Set(["Country", "Location"]);

/**
 * For a verb that attacks only by taking a place ("seized part of Kursk", "merebut kota Bakhmut", "Wilayah
 * Kursk direbut"): the targets when each is a place heading its own noun phrase, else none. Taking people,
 * cargo, assets or attention ("captured two North Korean soldiers", "seized Iran's tanker", "merebut
 * perhatian Washington", "captured a large share of India's oil imports") and retaking one's own ("merebut
 * kembali") attack no one.
 */
function takenPlaces(v: SentenceView, hit: TriggerHit, targets: ArgGroup, side: "object" | "subject"): ArgGroup {
  if (!hit.entry.placeObject) return targets;
  if (RETAKING.has(v.items[hit.i1]?.norm ?? "") || targets.length === 0) return [];
  const first = v.items.indexOf(targets[0] as Item);
  // the object: only determiners, "of" and place words before it ("the city of", "sebagian wilayah", "control of")
  if (side === "object") for (let k = hit.i1; k < first; k++) if (!isMarker(v, k, "determiner") && !PLACE_LINKS.has(v.items[k]?.norm ?? "") && !isMarker(v, k, "placeNoun")) return [];
  const heads = targets.every((it) => {
    const k = v.items.indexOf(it);
    if (!it.entities.every((e) => PLACE_TYPES.has(e.type)) || v.items[k + 1]?.text === "'s") return false;
    // a place qualifies only a place word after it: "Russian territory", "the Kursk region", not "Iranian oil"
    const next = v.items[k + 1];
    const qualifies = next?.kind === "word" && !isMarker(v, k + 1, "preposition") && !isMarker(v, k + 1, "coordination") && !isMarker(v, k + 1, "clauseBoundary");
    if (side === "object" && (it.mention?.form === "adjective" || qualifies)) return isMarker(v, k + 1, "placeNoun");
    // the subject of a passive: a place word or nothing before it ("Wilayah Kursk direbut", not "Kapal tanker Iran direbut")
    const before = v.items[k - 1];
    return side === "object" || !before || before.kind === "punct" || isMarker(v, k - 1, "placeNoun") || isMarker(v, k - 1, "determiner") || isMarker(v, k - 1, "preposition");
  });
  return heads ? targets : [];
}

/** Words that may link a taking verb to its place besides determiners and place words ("part of", "kendali atas"). */
const PLACE_LINKS: ReadonlySet<string> = new Set(["of", "atas"]);

/** Words after a taking verb that make it a retaking ("merebut kembali", "took back"). */
const RETAKING: ReadonlySet<string> = new Set(["kembali", "back"]);

/**
 * A trigger that is a noun after the object of an attack just told: "struck Hezbollah targets", "US
 * strikes Houthi targets" — the actor before it was that attack's target, not a new attacker.
 */
function nounAfterAttackedObject(ctx: ExtractionContext, v: SentenceView, hit: TriggerHit): boolean {
  const qualifier = v.items[hit.i0 - 1];
  const verb = v.items[hit.i0 - 2];
  if (qualifier?.kind !== "actor" || !verb) return false;
  return ctx.relations.some((r) => r.type === "ATTACKED" && r.sentence === v.sentence.index && r.triggerEnd === verb.end);
}

const verb: Rule = (ctx, v, hit) => {
  // "fight for influence in Syria": fighting for something attacks no one named after it
  if (ctx.language === "en" && v.items[hit.i1]?.norm === "for") return;
  const sit = situation(ctx, v, hit, false);
  if (!sit || nounAfterAttackedObject(ctx, v, hit)) return;
  // "warned Russia of strikes on Kaliningrad": after "of" a form that is no gerund is a noun whose author
  // is not named (but "accused Kyiv of attacks on Kursk" names him: the accused; "no intention of attacking" is a verb)
  const gerund = (v.items[hit.i1 - 1] as Item).norm.endsWith("ing");
  if (ctx.language === "en" && v.items[hit.i0 - 1]?.norm === "of" && !gerund && !sit.claim) return;
  if (isEnglishPassive(ctx.language, v, hit)) return passiveAttack(ctx, v, hit, sit);
  if (unownedWeaponSubject(v, hit)) return;
  const attackers = verbSubject(v, hit, sit, acceptFor(ctx, "ATTACKED", "source"));
  const targets = takenPlaces(v, hit, targetOf(ctx, v, hit.i1, true, "targetPrep"), "object");
  attack(ctx, v, hit, sit, attackers, targets);
  if (hit.entry.mutual && attackers !== "accused") attack(ctx, v, hit, sit, targets, attackers);
};

/** Items a weapon phrase right before the verb may span ("rudal balistik", "ballistic missiles"). */
const WEAPON_SUBJECT_ITEMS = 3;

/**
 * A weapon is the verb's subject and no one is named with it: "ketika rudal menghantam rumah mereka",
 * "a missile hit the building" — the attacker is not the clause's speaker before it. "Russian missiles
 * struck Kyiv" names its owner.
 */
function unownedWeaponSubject(v: SentenceView, hit: TriggerHit): boolean {
  // "drones made in Iran hit Odesa", "drone buatan Iran menghantam": the maker is no owner
  const maker = v.items[hit.i0 - 1];
  if (maker?.kind === "actor" && madeBy(v, hit.i0 - 1)) {
    const phrase = hit.i0 - 1 - madeInLength(v, hit.i0 - 1);
    return classWithin(v, Math.max(0, phrase - WEAPON_SUBJECT_ITEMS), "weapon", WEAPON_SUBJECT_ITEMS) >= 0;
  }
  for (let k = hit.i0 - 1; k >= 0 && k >= hit.i0 - WEAPON_SUBJECT_ITEMS; k--) {
    if (v.items[k]?.kind !== "word") return false;
    if (k + markerLength(v, k, "weapon") === hit.i0) {
      // "its missiles", "Iran's drones", "rudal balistiknya": owned
      const before = v.items[k - 1];
      const owned = before?.kind === "actor" || before?.text === "'s" || isMarker(v, k - 1, "possessive") || v.items[hit.i0 - 1]?.norm.endsWith("nya");
      return !owned;
    }
  }
  return false;
}

const passive: Rule = (ctx, v, hit) => {
  const sit = situation(ctx, v, hit, false);
  if (sit) passiveAttack(ctx, v, hit, sit);
};

const fire: Rule = (ctx, v, hit) => {
  const w = classWithin(v, hit.i1, "weapon", 5);
  if (w < 0) return firedWeapons(ctx, v, hit);
  const sit = situation(ctx, v, hit, false);
  if (!sit) return;
  attack(ctx, v, hit, sit, verbSubject(v, hit, sit, acceptFor(ctx, "ATTACKED", "source")), targetOf(ctx, v, w + 1, false, "targetPrep"));
};

/** "the shells Russia fires at Ukrainian positions", "rudal yang ditembakkan Iran ke Israel": the weapons head a relative clause. */
function firedWeapons(ctx: ExtractionContext, v: SentenceView, hit: TriggerHit): void {
  let k = hit.i0 - 1;
  const shooter = v.items[k];
  if (shooter?.kind !== "actor") return;
  k--;
  if (isMarker(v, k, "relative")) k--;
  const weaponHead = isMarker(v, k, "weapon") || (v.items[k]?.kind === "word" && isMarker(v, k - 1, "weapon"));
  if (k < 0 || !weaponHead) return;
  const sit = situation(ctx, v, hit, false);
  if (!sit) return;
  attack(ctx, v, hit, sit, [shooter], targetOf(ctx, v, hit.i1, false, "targetPrep"));
}

/** "trade war", "war of words", "perang dagang": a noun compounded with a plain word (before it in English) is another war. */
function compoundNoun(ctx: ExtractionContext, v: SentenceView, hit: TriggerHit): boolean {
  const before = v.items[hit.i0 - 1];
  const after = v.items[hit.i1];
  if (ctx.language === "en" && before?.kind === "word" && !isMarker(v, hit.i0 - 1, "possessive")) return true;
  return after?.kind === "word" && (after.norm === "of" || !isMarker(v, hit.i1, "nounTargetPrep"));
}

/**
 * "supplying Moscow with drones for its war in Ukraine", "perangnya di Ukraina": an owner-only noun
 * owned by a pronoun belongs to the nearest actor before it. Not where the act around it is denied
 * ("Beijing has denied providing weapons to Moscow for its war"): the war is no part of the denial.
 */
function ownedByPronoun(ctx: ExtractionContext, v: SentenceView, hit: TriggerHit, sit: Situation): void {
  if (!(hit.possessed === true || isMarker(v, hit.i0 - 1, "possessive")) || sit.status === "denied" || compoundNoun(ctx, v, hit)) return;
  const accept = acceptFor(ctx, "ATTACKED", "source");
  const subject = entitiesOf(clauseSubject(v, hit.i0, { accept, minIndex: sit.minIndex }));
  for (let k = hit.i0 - 1; k >= sit.minIndex; k--) {
    const it = v.items[k] as Item;
    if (isHardStop(it)) return;
    // a demonym or a weapon's maker only qualifies a noun ("relied on Iranian drones in its war", "drone Iran")
    const qualifier = it.mention?.form === "adjective" || isMarker(v, k - 1, "weapon");
    if (it.kind !== "actor" || it.pronoun || qualifier || !it.entities.some(accept)) continue;
    // only when the clause's subject is that actor too: "Russia asked North Korea for shells for its war"
    // and "told Egypt that it would press on with its war" leave the owner open
    const owner = widen(v, k, accept);
    if (entitiesOf(owner).some((e) => subject.includes(e))) attack(ctx, v, hit, sit, owner, targetOf(ctx, v, hit.i1, false, "nounTargetPrep"));
    return;
  }
}

const noun: Rule = (ctx, v, hit) => {
  const sit = situation(ctx, v, hit, true);
  if (!sit) return;
  const agent = nounAgent(ctx.language, v, hit, sit, acceptFor(ctx, "ATTACKED", "source"));
  if (hit.entry.ownerOnly && !agent.genitive) return ownedByPronoun(ctx, v, hit, sit);
  if (agent.group.length === 0 || (hit.entry.ownerOnly && compoundNoun(ctx, v, hit))) return;
  const last = agent.group[agent.group.length - 1]!;
  const from = agent.genitive ? Math.max(hit.i1, v.items.indexOf(last) + 1) : hit.i1;
  attack(ctx, v, hit, sit, agent.group, targetOf(ctx, v, from, false, "nounTargetPrep"));
};

/** Items before a trigger where a weapon name holding it may start ("long-range attack drones" starts at "attack"). */
const WEAPON_NAME_REACH = 3;

/**
 * The trigger is a word of a weapon's name ("attack drones", "drone serang"), not an attack; a trigger
 * that only starts with a weapon word ("missile strike") is one.
 */
function inWeaponName(v: SentenceView, hit: TriggerHit): boolean {
  for (let k = Math.max(0, hit.i0 - WEAPON_NAME_REACH); k <= hit.i0; k++) {
    if (isMarker(v, k, "weapon") && k + markerLength(v, k, "weapon") >= hit.i1) return true;
  }
  return false;
}

const unlessWeaponName =
  (rule: Rule): Rule =>
  (ctx, v, hit) => {
    if (!inWeaponName(v, hit)) rule(ctx, v, hit);
  };

export const ATTACKED_RULES = { verb: unlessWeaponName(verb), passive: unlessWeaponName(passive), fire: unlessWeaponName(fire), noun: unlessWeaponName(noun) } satisfies Record<string, Rule>;
