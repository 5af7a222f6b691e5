/**
 * SUPPLIES_WEAPONS_TO: supplier -> recipient, always with a weapon word in the object. Verbs
 * ("menyediakan peluru artileri dan drone ke Rusia", "supplied drones to Russia"), nouns ("pengiriman
 * senjata Korea Utara ke Rusia", "Iran's drone deliveries to Russia") and use of another's weapons
 * ("Hamas menggunakan senjata Korea Utara", "Russia used North Korean missiles in Ukraine"), which
 * also states an attack when a target follows.
 */
import { classWithin, clauseSubject, entitiesOf, genitiveAt, indexAfter, isOblique, objectRight, possessedHead, subjectLeft, widen, type ArgGroup } from "../args.js";
import type { ExtractionContext } from "../context.js";
import type { MarkerClass } from "../lexicon/schema.js";
import type { ArticleEntity } from "../entities.js";
import { acceptFor, emit } from "../emit.js";
import { isHardStop, isMarker, markerLength, type Item, type SentenceView } from "../sentence-view.js";
import { claimAt, isEnglishPassive, passiveAgent, situation, verbSubject, type Rule, type Situation, type TriggerHit } from "./common.js";

const WEAPON_WINDOW = 6;

const LIST_WORDS = 3;

/** Words between "of" and the weapon a quantity counts ("rounds of artillery and rocket ammunition"). */
const QUANTITY_OF_WORDS = 3;

/**
 * End of the weapon phrase starting at item `w`: weapon words and the nouns coordinated with them
 * ("peluru artileri, rudal, dan amunisi lainnya", "senjata, uang, dan informasi intelijen").
 */
function weaponPhraseEnd(v: SentenceView, w: number): number {
  let k = w + markerLength(v, w, "weapon");
  let end = k;
  for (let guard = 0; guard < 12 && k < v.items.length; guard++) {
    const it = v.items[k] as Item;
    if (it.kind === "actor" || isHardStop(it)) break;
    if (isMarker(v, k, "weapon")) {
      k += markerLength(v, k, "weapon");
      end = k;
    } else if (it.text === "," || isMarker(v, k, "coordination")) {
      // a listed noun: up to a few plain words before the next comma, conjunction or the end of the list
      let j = k + (it.text === "," ? 1 : markerLength(v, k, "coordination"));
      if (isMarker(v, j, "coordination")) j += markerLength(v, j, "coordination");
      // a verb phrase goes on, not the list ("received missiles and would fire them", "dan akan memakainya")
      if (isMarker(v, j, "auxiliary") || isMarker(v, j, "beAux") || isMarker(v, j, "planned")) break;
      let words = 0;
      // "and dozens of KN-23 missiles": a quantity's "of" stays in the listed noun
      const quantityOf = (t: number) => words > 0 && isMarker(v, t, "genitiveLink") && v.items[t + 1]?.kind === "word";
      while (j < v.items.length && words < LIST_WORDS && v.items[j]?.kind === "word" && (!isMarker(v, j, "preposition") || quantityOf(j)) && !isMarker(v, j, "coordination") && !isMarker(v, j, "clauseBoundary") && !isMarker(v, j, "relative") && v.items[j]?.text !== ",") {
        j++;
        words++;
      }
      if (words === 0) break;
      k = j;
      end = j;
    } else if (end === k && isMarker(v, k, "genitiveLink")) {
      // "9 million rounds of artillery and rocket ammunition": a quantity of weapons goes on
      const from = k + markerLength(v, k, "genitiveLink");
      const next = classWithin(v, from, "weapon", QUANTITY_OF_WORDS);
      if (next < 0 || v.items.slice(from, next).some((it) => it.kind !== "word")) break;
      k = next;
    } else if (end === k && qualifies(v, k)) {
      // words qualifying the weapon before the list goes on or the phrase ends ("rudal balistik jarak pendek, …")
      let j = k;
      while (j < v.items.length && j - k < LIST_WORDS && qualifies(v, j)) j++;
      const next = v.items[j];
      if (next && !isHardStop(next) && next.text !== "," && !NOT_MODIFIER.some((cls) => isMarker(v, j, cls))) break;
      k = j;
      end = j;
    } else break;
  }
  return end;
}

/** Words that end a weapon's qualifiers: the phrase goes on with a preposition, a list or a clause. */
const NOT_MODIFIER: readonly MarkerClass[] = ["preposition", "coordination", "clauseBoundary", "relative", "recipientPrep", "weapon", "madeIn", "agent"];

/** A plain word that may qualify a weapon ("balistik", "jarak pendek", "240 mm"). */
const qualifies = (v: SentenceView, k: number): boolean => v.items[k]?.kind === "word" && v.items[k]?.text !== "," && !NOT_MODIFIER.some((cls) => isMarker(v, k, cls));

/** Who made the weapons: "senjata Korea Utara", "North Korean missiles", "drone buatan Iran". */
function maker(ctx: ExtractionContext, v: SentenceView, w: number, end: number): ArgGroup {
  const accept = acceptFor(ctx, "SUPPLIES_WEAPONS_TO", "source");
  const before = v.items[w - 1];
  if (before?.kind === "actor" && before.mention?.form === "adjective" && before.entities.some(accept)) return [before];
  if (before?.text === "'s" && v.items[w - 2]?.kind === "actor") return [v.items[w - 2] as Item];
  let k = end;
  if (isMarker(v, k, "madeIn")) k += markerLength(v, k, "madeIn");
  else if (isMarker(v, k, "genitiveLink") && (v.items[k] as Item).norm !== "of") return [];
  return genitiveAt(v, k, accept);
}

/** The subject ends at most a few auxiliaries or one relative clause before the verb. */
function subjectClose(v: SentenceView, group: ArgGroup, i0: number): boolean {
  const end = v.items.indexOf(group[group.length - 1]!) + 1;
  let gap = 0;
  for (let k = end; k < i0; k++) {
    const aside = v.asides.find((a) => a.from === k);
    if (aside) {
      k = aside.to;
      continue;
    }
    if (!isMarker(v, k, "auxiliary") && !isMarker(v, k, "beAux") && !isMarker(v, k, "alleged")) gap++;
  }
  return gap <= 1;
}

/** The recipient after ke/kepada/to/for — the noun phrase right after it, not a purpose clause ("untuk menyerang kota-kota di Ukraina"). */
function recipients(ctx: ExtractionContext, v: SentenceView, from: number): ArgGroup {
  return objectRight(v, from, { accept: acceptFor(ctx, "SUPPLIES_WEAPONS_TO", "target"), preps: "recipientPrep", maxGap: 4, firstPhraseOnly: true });
}

/** "… ke Rusia", "… to the Houthis" at `k`: the recipient right after the preposition ("to strike Ukraine" names none). */
function recipientRightAfter(ctx: ExtractionContext, v: SentenceView, k: number): ArgGroup {
  if (!isMarker(v, k, "recipientPrep")) return [];
  let j = k + markerLength(v, k, "recipientPrep");
  if (isMarker(v, j, "determiner")) j += markerLength(v, j, "determiner");
  const accept = acceptFor(ctx, "SUPPLIES_WEAPONS_TO", "target");
  return v.items[j]?.kind === "actor" && (v.items[j] as Item).entities.some(accept) ? widen(v, j, accept) : [];
}

const USER_WINDOW = 4;

/**
 * "memasok rudal yang digunakan Rusia untuk …", "supplied shells that Russia fires at …", "drones
 * used by Russia": the weapons' user, named in the relative clause, received them; a relative clause
 * naming no user holds no recipient.
 */
function relativeUser(ctx: ExtractionContext, v: SentenceView, relative: number): ArgGroup {
  let use = -1;
  for (let k = relative + 1; k < v.items.length && k <= relative + USER_WINDOW; k++) {
    if (isHardStop(v.items[k])) break;
    if (isMarker(v, k, "useVerb")) use = k;
  }
  if (use < 0) return [];
  const accept = acceptFor(ctx, "SUPPLIES_WEAPONS_TO", "target");
  for (let k = relative + 1; k < v.items.length && k <= use + 2; k++) {
    const it = v.items[k] as Item;
    // "peluru yang digunakan di Ukraina", "used against Israel": a place or target is no user
    const byAgent = isMarker(v, k - 1, "agent");
    if (it.kind === "actor") return it.entities.some(accept) && (byAgent || !isOblique(v, k)) ? widen(v, k, accept) : [];
  }
  return [];
}

function supply(ctx: ExtractionContext, v: SentenceView, hit: TriggerHit, sit: Situation, from: ArticleEntity[], to: ArticleEntity[]): void {
  if (from.length === 0 || to.length === 0) return;
  emit(ctx, { type: "SUPPLIES_WEAPONS_TO", sources: from, targets: to, status: sit.status, view: v, i0: hit.i0, i1: hit.i1, confidence: hit.entry.confidence, ...(sit.claim ? { claim: sit.claim } : {}) });
}

/**
 * "missiles supplied by North Korea", "drone yang dipasok oleh Iran": supplier after the agent word;
 * recipient the one named after it ("dikirimkan oleh Pyongyang ke Rusia"), else the clause's subject.
 */
function passiveSupply(ctx: ExtractionContext, v: SentenceView, hit: TriggerHit): boolean {
  if (!isMarker(v, hit.i1, "agent")) return false;
  const w = weaponBefore(v, hit.i0);
  if (w < 0) return false;
  const sit = situation(ctx, v, hit, false);
  if (!sit) return true;
  const agent = genitiveAt(v, hit.i1 + markerLength(v, hit.i1, "agent"), acceptFor(ctx, "SUPPLIES_WEAPONS_TO", "source"));
  const named = agent.length > 0 ? recipientRightAfter(ctx, v, indexAfter(v, agent, hit.i1)) : [];
  // "drone Shahed yang digunakan Rusia … dipasok oleh Iran": the weapons' user in the relative clause between
  const relative = v.items.findIndex((_it, k) => k > w && k < hit.i0 && isMarker(v, k, "relative"));
  // a relative clause naming no user ("drone yang ditembak jatuh Ukraina …") names no recipient either
  const user = named.length === 0 && relative >= 0 ? relativeUser(ctx, v, relative) : [];
  if (named.length === 0 && relative >= 0 && user.length === 0) return true;
  const to = named.length > 0 ? named : user.length > 0 ? user : clauseSubject(v, hit.i0, { accept: acceptFor(ctx, "SUPPLIES_WEAPONS_TO", "target"), minIndex: sit.minIndex });
  supply(ctx, v, hit, sit, entitiesOf(agent), entitiesOf(to));
  return true;
}

/** Items back the weapons of a passive supply may stand: four, or a relative clause of its user more ("drone Shahed yang digunakan Rusia untuk menggempur … dipasok oleh Iran"). */
const PASSIVE_WEAPON_REACH = 4;
const PASSIVE_RELATIVE_REACH = 14;
/** Words a weapon's name may add after its weapon word. */
const WEAPON_NAME_WORDS = 3;

/** The weapon word the passive trigger at `i0` is said of, or -1: within four items, or before a relative clause of its user. */
function weaponBefore(v: SentenceView, i0: number): number {
  const near = classWithin(v, Math.max(0, i0 - PASSIVE_WEAPON_REACH), "weapon", PASSIVE_WEAPON_REACH);
  if (near >= 0) return near;
  for (let k = i0 - 1; k >= 0 && k >= i0 - PASSIVE_RELATIVE_REACH; k--) {
    if (isHardStop(v.items[k]) || v.items[k]?.text === ",") return -1;
    // the weapon word may be followed by its name ("drone serang Shahed yang …")
    if (isMarker(v, k, "relative")) return classWithin(v, Math.max(0, k - WEAPON_NAME_WORDS), "weapon", WEAPON_NAME_WORDS);
  }
  return -1;
}

const NOT_PLAIN: readonly MarkerClass[] = ["weapon", "determiner", "preposition", "coordination", "relative", "auxiliary"];

/** "shipping firms": an English "-ing" form before a plain noun (not followed by weapons) modifies it. */
function modifiesNoun(ctx: ExtractionContext, v: SentenceView, hit: TriggerHit): boolean {
  if (ctx.language !== "en" || !(v.items[hit.i1 - 1] as Item).norm.endsWith("ing")) return false;
  const next = v.items[hit.i1];
  if (next?.kind !== "word") return false;
  const plain = (k: number) => !NOT_PLAIN.some((c) => isMarker(v, k, c));
  // a number or a quantity ("shipping 300 drones", "shipping millions of shells") is counted, not modified
  const counted = /^\d/.test(next.norm) || v.items[hit.i1 + 1]?.norm === "of";
  return plain(hit.i1) && !counted && !isMarker(v, hit.i1 + 1, "weapon") && !(v.items[hit.i1 + 1]?.kind === "actor");
}

/** Words a second object may hold before its weapon word ("its", "millions of"). */
const SECOND_OBJECT_WORDS = 3;

/** The weapon phrase (at `w`) is the second object, starting at `k`: "giving Russia [its missiles]". */
function weaponObjectAt(v: SentenceView, k: number, w: number): boolean {
  if (w < k || w - k > SECOND_OBJECT_WORDS) return false;
  for (let j = k; j < w; j++) if (v.items[j]?.kind !== "word" || isMarker(v, j, "clauseBoundary")) return false;
  return true;
}

/** Past one head noun a recipient may have before "with" ("the Houthi [rebels] with missiles"), else `k`. */
const pastHeadNoun = (v: SentenceView, k: number): number =>
  v.items[k]?.kind === "word" && !isMarker(v, k, "withPrep") && isMarker(v, k + 1, "withPrep") ? k + 1 : k;

/**
 * The weapon word after a supply verb; after "X with" the window starts at the weapons: "have supplied
 * Kyiv with long-range ATACMS and Storm Shadow missiles".
 */
function weaponAfterVerb(v: SentenceView, i1: number): number {
  const near = classWithin(v, i1, "weapon", WEAPON_WINDOW);
  // the recipient first, after a determiner too: "supplied the Houthi rebels with anti-ship missiles"
  const first = isMarker(v, i1, "determiner") && v.items[i1 + 1]?.kind === "actor" ? i1 + 1 : i1;
  if (near >= 0 || v.items[first]?.kind !== "actor") return near;
  let k = first;
  while (v.items[k]?.kind === "actor" || isMarker(v, k, "coordination")) k++;
  k = pastHeadNoun(v, k);
  if (!isMarker(v, k, "withPrep")) return -1;
  const from = k + markerLength(v, k, "withPrep");
  const w = classWithin(v, from, "weapon", WEAPON_WINDOW);
  // the weapons are the first noun phrase after "with" ("with intelligence on S-400 positions" supplies none),
  // quantities aside ("with up to several hundred drones", "with hundreds of drones")
  const quantity = (j: number) => v.items[j]?.norm === "of" || (v.items[j]?.norm === "to" && v.items[j - 1]?.norm === "up");
  for (let j = from; w >= 0 && j < w; j++) {
    const breaks = isMarker(v, j, "preposition") || isMarker(v, j, "clauseBoundary") || isMarker(v, j, "purpose");
    if ((breaks && !quantity(j)) || v.items[j]?.kind === "actor" || isHardStop(v.items[j])) return -1;
  }
  return w;
}

const verb: Rule = (ctx, v, hit) => {
  if (modifiesNoun(ctx, v, hit)) return;
  if (passiveSupply(ctx, v, hit)) return;
  const w = weaponAfterVerb(v, hit.i1);
  if (w < 0) return;
  const sit = situation(ctx, v, hit, false);
  if (!sit) return;
  const subject = verbSubject(v, hit, sit, acceptFor(ctx, "SUPPLIES_WEAPONS_TO", "source"));
  const from = subject === "accused" ? (sit.claim?.accused ?? []) : entitiesOf(subject);
  const end = weaponPhraseEnd(v, w);
  let to = isMarker(v, end, "relative") ? relativeUser(ctx, v, end) : recipients(ctx, v, end);
  if (to.length === 0) {
    // "supplied Russia with drones", "is giving Russia its missiles", "sent Moscow millions of shells"
    // also after a determiner, and with a head noun after it: "supplied the Houthi rebels with missiles"
    const start = isMarker(v, hit.i1, "determiner") ? hit.i1 + 1 : hit.i1;
    const direct = objectRight(v, start, { accept: acceptFor(ctx, "SUPPLIES_WEAPONS_TO", "target"), preps: null, maxGap: 0 });
    const next = direct.length > 0 ? pastHeadNoun(v, indexAfter(v, direct, -1)) : -1;
    if (next > 0 && (isMarker(v, next, "withPrep") || weaponObjectAt(v, next, w))) to = direct;
  }
  supply(ctx, v, hit, sit, from, entitiesOf(to));
};

const noun: Rule = (ctx, v, hit) => {
  const w = classWithin(v, Math.max(0, hit.i0 - 2), "weapon", WEAPON_WINDOW);
  if (w < 0) return;
  let sit = situation(ctx, v, hit, true);
  if (!sit) return;
  const end = Math.max(weaponPhraseEnd(v, w), hit.i1);
  let from = entitiesOf(maker(ctx, v, w, end));
  if (from.length === 0) {
    const after = objectRight(v, end, { accept: acceptFor(ctx, "SUPPLIES_WEAPONS_TO", "source"), preps: "genitiveLink", maxGap: 1 });
    from = entitiesOf(after);
  }
  // a claim that opens with the deliveries ("sanctioned Iran over [its] drone transfers to Russia") makes
  // its accused their supplier, and the deliveries what it alleges
  const claim = from.length === 0 ? claimAt(ctx, v, hit.i0) : null;
  if (claim && claim.accused.length > 0 && Math.min(hit.i0, w) - claim.from <= CLAIM_OPENING) {
    from = claim.accused;
    sit = { ...sit, status: "alleged", claim };
  }
  // "Ukraina menembakkan rudal ATACMS pasokan AS ke wilayah Rusia": weapons someone fires or uses were
  // supplied to him; what follows is their target
  const user = w < hit.i0 ? weaponUser(ctx, v, w) : [];
  supply(ctx, v, hit, sit, from, entitiesOf(user.length > 0 ? user : recipients(ctx, v, end)));
};

/** Items a claim's first words may hold before the deliveries it is about ("over its drone transfers"). */
const CLAIM_OPENING = 2;

/** Items between a use verb and the weapons it takes ("menembakkan [rudal]", "used [Iranian] drones"). */
const USE_REACH = 3;

/** The subject of a use verb right before the weapon at `w`, or none. */
function weaponUser(ctx: ExtractionContext, v: SentenceView, w: number): ArgGroup {
  for (let k = w - 1; k >= 0 && k >= w - USE_REACH; k--) {
    if (isMarker(v, k, "useVerb")) return subjectLeft(v, k, { accept: acceptFor(ctx, "SUPPLIES_WEAPONS_TO", "target") });
    if (v.items[k]?.kind === "actor" || isHardStop(v.items[k])) return [];
  }
  return [];
}

/** "X menggunakan senjata Korea Utara (dalam serangannya terhadap Israel)". */
const weaponUse: Rule = (ctx, v, hit) => {
  const w = classWithin(v, hit.i1, "weapon", 4);
  if (w < 0) return;
  const sit = situation(ctx, v, hit, false);
  if (!sit) return;
  const end = weaponPhraseEnd(v, w);
  const made = maker(ctx, v, w, end);
  const userGroup = verbSubject(v, hit, sit, acceptFor(ctx, "ATTACKED", "source"));
  const users = userGroup === "accused" ? (sit.claim?.accused ?? []) : entitiesOf(userGroup);
  if (users.length === 0 || (userGroup !== "accused" && !subjectClose(v, userGroup, hit.i0))) return;
  supply(ctx, v, hit, sit, entitiesOf(made), users);
  const afterMaker = indexAfter(v, made, end);
  const target = objectRight(v, afterMaker, { accept: acceptFor(ctx, "ATTACKED", "target"), preps: "targetPrep", maxGap: 4 });
  if (target.length === 0) return;
  // "mengerahkan baterai THAAD ke Israel", "deployed … to Israel": a deployment's "to" is where it goes, not whom it hits
  const deploys = ctx.lang.triggers.longest(v.items, hit.i0, v.items.length)?.payloads.some((p) => p.type === "COOPERATES_WITH" && p.entry.frame === "deploy");
  const at = v.items.indexOf(target[0] as Item);
  if (deploys && isMarker(v, at - 1, "visitPrep")) return;
  emit(ctx, { type: "ATTACKED", sources: users, targets: entitiesOf(target), status: sit.status, view: v, i0: hit.i0, i1: hit.i1, confidence: hit.entry.confidence * 0.9, ...(sit.claim ? { claim: sit.claim } : {}) });
};

/** Items a weapon phrase may hold between its use verb and "received" ("put into service S-400 air defence systems and Iskander missile launchers"). */
const USED_PHRASE_REACH = 12;

/** The use verb ("used", "put into service") whose object the weapons before `i0` are, else -1. */
function useVerbBefore(v: SentenceView, i0: number): number {
  for (let k = i0 - 1; k >= 0 && k >= i0 - USED_PHRASE_REACH; k--) {
    if (isHardStop(v.items[k]) || v.items[k]?.kind === "actor" && !isMarker(v, k + 1, "weapon")) return -1;
    if (isMarker(v, k, "useVerb")) return k;
  }
  return -1;
}

/**
 * "Iskander launchers received from Russia": an English participle right after the weapons, the
 * supplier after "from", the recipient the subject of the clause the weapons belong to.
 */
function receivedAfterWeapons(ctx: ExtractionContext, v: SentenceView, hit: TriggerHit): boolean {
  if (ctx.language !== "en" || !isMarker(v, hit.i0 - 1, "weapon") || !isMarker(v, hit.i1, "sourcePrep")) return false;
  // only for weapons someone uses or puts into service ("shot down 40 drones received from Iran" names no recipient)
  const use = useVerbBefore(v, hit.i0);
  if (use < 0) return true;
  const sit = situation(ctx, v, hit, false);
  if (!sit) return true;
  const from = entitiesOf(objectRight(v, hit.i1, { accept: acceptFor(ctx, "SUPPLIES_WEAPONS_TO", "source"), preps: "sourcePrep", maxGap: 2, firstPhraseOnly: true }));
  const to = entitiesOf(subjectLeft(v, use, { accept: acceptFor(ctx, "SUPPLIES_WEAPONS_TO", "target"), minIndex: sit.minIndex }));
  supply(ctx, v, hit, sit, from.filter((f) => !to.includes(f)), to);
  return true;
}

/** Items between a coordination and the next listed weapon ("dan [puluhan] drone dari Iran"). */
const NEXT_WEAPON_REACH = 3;

/**
 * The suppliers after received weapons: "… dari Korea Utara", and each further weapon listed with its
 * own ("amunisi dari Korea Utara dan drone dari Iran", "ammunition from North Korea and drones from Iran").
 */
function sourcesAfter(ctx: ExtractionContext, v: SentenceView, end: number): ArticleEntity[] {
  const accept = acceptFor(ctx, "SUPPLIES_WEAPONS_TO", "source");
  let group = objectRight(v, end, { accept, preps: "sourcePrep", maxGap: 4, firstPhraseOnly: true });
  const out = entitiesOf(group);
  for (let k = indexAfter(v, group, end); group.length > 0 && isMarker(v, k, "coordination"); k = indexAfter(v, group, k)) {
    const w = classWithin(v, k + 1, "weapon", NEXT_WEAPON_REACH);
    if (w < 0) break;
    group = objectRight(v, weaponPhraseEnd(v, w), { accept, preps: "sourcePrep", maxGap: 0, firstPhraseOnly: true });
    out.push(...entitiesOf(group));
  }
  return out;
}

/**
 * The recipient's side: "Rusia telah menerima rudal balistik dari Iran", "Russia is buying North Korean
 * missiles", "Moscow acquired drones made in Iran": the subject receives, the supplier follows
 * dari/from or made the weapons.
 */
const receive: Rule = (ctx, v, hit) => {
  if (receivedAfterWeapons(ctx, v, hit)) return;
  const w = classWithin(v, hit.i1, "weapon", WEAPON_WINDOW);
  if (w < 0) return;
  const sit = situation(ctx, v, hit, false);
  if (!sit) return;
  const end = weaponPhraseEnd(v, w);
  let from = entitiesOf(maker(ctx, v, w, end));
  if (from.length === 0) from = sourcesAfter(ctx, v, end);
  const subject = verbSubject(v, hit, sit, acceptFor(ctx, "SUPPLIES_WEAPONS_TO", "target"));
  const to = subject === "accused" ? (sit.claim?.accused ?? []) : entitiesOf(subject);
  supply(ctx, v, hit, sit, from.filter((f) => !to.includes(f)), to);
};

/**
 * Arming someone is supplying weapons to him, no weapon word needed: "Iran mempersenjatai Hizbullah",
 * "Pyongyang continues to arm Moscow's war machine"; passive: "Hizbullah dipersenjatai (oleh) Iran",
 * "rebels armed by Iran". The armed party follows the verb directly ("armed forces" names none).
 */
const arm: Rule = (ctx, v, hit) => {
  const sit = situation(ctx, v, hit, false);
  if (!sit) return;
  const source = acceptFor(ctx, "SUPPLIES_WEAPONS_TO", "source");
  const target = acceptFor(ctx, "SUPPLIES_WEAPONS_TO", "target");
  const passive = ctx.language === "id" ? (v.items[hit.i0] as Item).norm.startsWith("di") : isEnglishPassive(ctx.language, v, hit);
  if (passive) {
    const from = entitiesOf(passiveAgent(ctx.language, v, hit.i1, source));
    const to = entitiesOf(subjectLeft(v, hit.i0, { accept: target, minIndex: sit.minIndex }));
    return supply(ctx, v, hit, sit, from, to);
  }
  let k = hit.i1;
  while (k < v.items.length && k < hit.i1 + 2 && isMarker(v, k, "determiner")) k++;
  const object = v.items[k];
  if (object?.kind !== "actor" || !object.entities.some(target)) return;
  const subject = verbSubject(v, hit, sit, source);
  const from = subject === "accused" ? (sit.claim?.accused ?? []) : entitiesOf(subject);
  supply(ctx, v, hit, sit, from, entitiesOf(widen(v, possessedHead(v, k, target), target)));
};

export const SUPPLIES_RULES = { verb, noun, "weapon-use": weaponUse, receive, arm } satisfies Record<string, Rule>;
