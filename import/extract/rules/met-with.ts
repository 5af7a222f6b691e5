/**
 * MET_WITH (symmetric, persons and bodies): verbs ("bertemu Putin", "met with"), nouns ("pertemuan
 * puncak dengan Putin", "talks between X and Y"), "dibahas antara X dan Y", and hosting ("menjamu",
 * "hosted"), where the guest also visits the host's country or the place named. A meeting "di Moskow"
 * makes every participant from another country a visitor of that place.
 */
import { entitiesOf, genitiveAt, indexAfter, objectRight, subjectLeft, type ArgGroup } from "../args.js";
import type { Claim, ExtractionContext } from "../context.js";
import type { ArticleEntity } from "../entities.js";
import { acceptFor, emit, pairs } from "../emit.js";
import { isHardStop, isMarker, markerLength, quoteClosing, type Item, type SentenceView } from "../sentence-view.js";
import { tokenize } from "../text/tokens.js";
import { isEnglishPassive, nounAgent, passiveAgent, situation, verbSubject, type Rule, type Situation, type TriggerHit } from "./common.js";

function meet(ctx: ExtractionContext, v: SentenceView, hit: TriggerHit, sit: Situation, a: ArticleEntity[], b: ArticleEntity[], end: number): void {
  const base = { status: sit.status, view: v, i0: hit.i0, i1: hit.i1, confidence: hit.entry.confidence, ...(sit.claim ? { claim: sit.claim } : {}) };
  if (b.length > 0) emit(ctx, { type: "MET_WITH", sources: a, targets: b, ...base });
  else for (const [x, y] of pairs(a)) emit(ctx, { type: "MET_WITH", sources: [x], targets: [y], ...base });
  visitsByMeeting(ctx, v, hit, sit, [...a, ...b], end);
}

/** "… bertemu Putin di Moskow", "signed in Pyongyang": participants from elsewhere visited the place (not an ambassador meeting his hosts). */
export function visitsByMeeting(ctx: ExtractionContext, v: SentenceView, hit: TriggerHit, sit: Situation, people: ArticleEntity[], from: number, maxGap = 3): void {
  const where = objectRight(v, afterSidelines(v, afterApposition(v, from)), { accept: acceptFor(ctx, "VISITED", "target"), preps: "placePrep", maxGap, firstPhraseOnly: true });
  const fronted = where.length === 0 ? frontedPlace(ctx, v, hit) : undefined;
  const placeEntity = where[0]?.entities[0] ?? fronted;
  if (!placeEntity) return;
  const placeCountry = ctx.discourse.countryOf(placeEntity);
  // an ambassador meeting his hosts at home is posted there ("Araghchi met Russian Ambassador Dedov in Tehran")
  const hosted = people.some((p) => placeCountry !== null && ctx.discourse.countryOf(p) === placeCountry);
  const posted = hosted ? postedEnvoys(ctx, v) : new Set<ArticleEntity>();
  // a fronted place is where persons met, not where a country's troops are ("In Kursk, North Korean soldiers met …")
  const visitors = people.filter((p) => {
    if (fronted && p.type !== "Person") return false;
    const c = ctx.discourse.countryOf(p);
    return c !== null && placeCountry !== null && c !== placeCountry && !posted.has(p);
  });
  if (visitors.length === 0) return;
  emit(ctx, { type: "VISITED", sources: visitors, targets: [placeEntity], status: sit.status, view: v, i0: hit.i0, i1: hit.i1, confidence: hit.entry.confidence * 0.8, ...(sit.claim ? { claim: sit.claim } : {}) });
}

/** "Di Hanoi, Putin bertemu …", "In Tehran, Lavrov met …": a place phrase opening the sentence, before the meeting. */
function frontedPlace(ctx: ExtractionContext, v: SentenceView, hit: TriggerHit): ArticleEntity | undefined {
  const at = markerLength(v, 0, "placePrep");
  const place = v.items[at];
  if (at === 0 || place?.kind !== "actor" || v.items[at + 1]?.text !== "," || hit.i0 <= at + 1) return undefined;
  return place.entities.find(acceptFor(ctx, "VISITED", "target"));
}

/** Words that make a coordinated subject act each on its own. */
const SEPARATELY: ReadonlySet<string> = new Set(["each", "separately", "masing-masing", "masing", "terpisah", "sendiri-sendiri"]);

/** Items around a meeting noun that may say its subjects met separately. */
const SEPARATELY_REACH = 6;

function separately(v: SentenceView, hit: TriggerHit): boolean {
  for (let k = Math.max(0, hit.i0 - SEPARATELY_REACH); k < v.items.length && k < hit.i1 + SEPARATELY_REACH; k++) if (SEPARATELY.has(v.items[k]?.norm ?? "")) return true;
  return false;
}

/** Past a quoted modifier right after a noun ('pembicaraan "hangat dan bersahabat" di Pyongyang'). */
function afterQuote(v: SentenceView, k: number): number {
  const close = quoteClosing(v, k);
  return close >= 0 ? close + 1 : k;
}

/** Words that open what a gathering is about. */
const TOPIC_PREPS: ReadonlySet<string> = new Set(["on", "about", "over", "tentang", "mengenai", "soal", "terkait", "membahas"]);

/** Items the gathering a meeting was held on the sidelines of may span ("the World Economic Forum (WEF)"). */
const SIDELINES_REACH = 10;

/**
 * Past "on the sidelines of <gathering>", "di sela-sela <gathering>" to where the gathering was, when a
 * gathering word is named there ("… of the World Economic Forum in Davos"), else `from`.
 */
function afterSidelines(v: SentenceView, from: number): number {
  if (!isMarker(v, from, "sidelines")) return from;
  let gathering = false;
  for (let k = from + markerLength(v, from, "sidelines"); k < v.items.length && k <= from + SIDELINES_REACH; k++) {
    // "the talks on the war in Ukraine", "konferensi tentang perang di Gaza": the place is the topic's
    if (isHardStop(v.items[k]) || TOPIC_PREPS.has(v.items[k]?.norm ?? "")) return from;
    gathering ||= isMarker(v, k, "gathering");
    if (gathering && isMarker(v, k, "placePrep")) return k;
  }
  return from;
}

/** Items an apposition may hold ("Steve Witkoff, utusan khusus Presiden AS untuk Timur Tengah, di Muscat"). */
const APPOSITION_REACH = 14;

/** The index after a comma-enclosed apposition starting at `from` ("X, the Chinese president, in Beijing"), else `from`. */
function afterApposition(v: SentenceView, from: number): number {
  if (v.items[from]?.text !== "," || isMarker(v, from + 1, "coordination") || isMarker(v, from + 1, "clauseBoundary")) return from;
  for (let k = from + 1; k < v.items.length && k <= from + APPOSITION_REACH; k++) {
    const it = v.items[k] as Item;
    if (isHardStop(it)) return from;
    if (it.text === ",") return k + 1;
  }
  return from;
}

const resolve = (g: ArgGroup | "accused", claim: Claim | undefined) => (g === "accused" ? (claim?.accused ?? []) : entitiesOf(g));

/** "talks between X and Y", "pertemuan antara X dan Y": both sides after the trigger; false when not so. */
function meetBetween(ctx: ExtractionContext, v: SentenceView, hit: TriggerHit, sit: Situation): boolean {
  const between = objectRight(v, hit.i1, { accept: acceptFor(ctx, "MET_WITH", "source"), preps: "betweenPrep", maxGap: 3 });
  if (between.length < 2) return false;
  meet(ctx, v, hit, sit, entitiesOf(between), [], indexAfter(v, between, hit.i1));
  return true;
}

const verb: Rule = (ctx, v, hit) => {
  const sit = situation(ctx, v, hit, false);
  if (!sit) return;
  const accept = acceptFor(ctx, "MET_WITH", "source");
  const a = resolve(verbSubject(v, hit, sit, accept), sit.claim);
  let b = objectRight(v, afterMedium(v, hit.i1), { accept, preps: "withPrep", direct: hit.entry.direct === true, maxGap: 3 });
  // "memanggil Duta Besar Rusia X", "summoned Russian Ambassador X": only an envoy posted here is met; a recall is no meeting
  if (hit.entry.requires === "envoy") {
    if (isMarker(v, hit.i1, "recall")) return;
    b = b.filter((it) => residentEnvoy(ctx, v, v.items.indexOf(it)));
    if (b.length === 0) return;
  }
  // a form that is also a noun ("talks") opening the sentence: "Talks between X and Y lasted …"
  if (a.length === 0) {
    meetBetween(ctx, v, hit, sit);
    return;
  }
  meet(ctx, v, hit, sit, a, entitiesOf(b), indexAfter(v, b, hit.i1));
};

/** Past how persons talk apart at `k` (markers 'medium': "spoke by phone on Saturday with X", "berbicara melalui telepon dengan X"). */
function afterMedium(v: SentenceView, k: number): number {
  return k + markerLength(v, k, "medium");
}

/** "After meeting Cho Tae-yul, Blinken said …": an English "-ing" form with a person right after it is a verb. */
function gerundMeeting(ctx: ExtractionContext, v: SentenceView, hit: TriggerHit, sit: Situation): boolean {
  if (ctx.language !== "en" || !(v.items[hit.i1 - 1] as Item).norm.endsWith("ing")) return false;
  const accept = acceptFor(ctx, "MET_WITH", "source");
  const object = genitiveAt(v, hit.i1, accept);
  if (object.length === 0) return false;
  const subject = subjectLeft(v, hit.i0, { accept, minIndex: sit.minIndex });
  if (subject.length === 0) return false;
  meet(ctx, v, hit, sit, entitiesOf(subject), entitiesOf(object), indexAfter(v, object, hit.i1));
  return true;
}

const noun: Rule = (ctx, v, hit) => {
  const sit = situation(ctx, v, hit, true);
  if (!sit) return;
  const accept = acceptFor(ctx, "MET_WITH", "source");
  if (meetBetween(ctx, v, hit, sit)) return;
  if (gerundMeeting(ctx, v, hit, sit)) return;
  const agent = nounAgent(ctx.language, v, hit, sit, accept);
  const from = agent.genitive ? indexAfter(v, agent.group, hit.i1) : hit.i1;
  const b = objectRight(v, from, { accept, preps: "withPrep", maxGap: 5 });
  // "Kim and Volodin held talks": a coordinated subject meets among itself, unless each held his own
  // ("masing-masing mengadakan pembicaraan", "each held talks")
  if (b.length === 0 && !agent.genitive && entitiesOf(agent.group).length >= 2 && !separately(v, hit)) return meet(ctx, v, hit, sit, entitiesOf(agent.group), [], afterQuote(v, hit.i1));
  if (agent.group.length === 0 || b.length === 0) return;
  meet(ctx, v, hit, sit, entitiesOf(agent.group), entitiesOf(b), indexAfter(v, b, from));
};

const between: Rule = (ctx, v, hit) => {
  const sit = situation(ctx, v, hit, false);
  if (!sit) return;
  const group = objectRight(v, hit.i1, { accept: acceptFor(ctx, "MET_WITH", "source"), preps: "betweenPrep", direct: true, maxGap: 2 });
  if (group.length >= 2) meet(ctx, v, hit, sit, entitiesOf(group), [], indexAfter(v, group, hit.i1));
};

/** "Kim menjamu Zhao Leji", "… menjadi tuan rumah bagi Putin", "hosted Lavrov in Pyongyang". */
const host: Rule = (ctx, v, hit) => {
  const sit = situation(ctx, v, hit, false);
  if (!sit) return;
  if (isEnglishPassive(ctx.language, v, hit)) return passive(ctx, v, hit);
  const hosts = subjectLeft(v, hit.i0, { accept: () => true, minIndex: sit.minIndex });
  const guests = objectRight(v, hit.i1, { accept: acceptFor(ctx, "MET_WITH", "source"), preps: null, maxGap: 2 });
  if (guests.length === 0) return hostingDelegation(ctx, v, hit, sit, hosts);
  hosting(ctx, v, hit, sit, hosts, guests);
};

/** Items between a hosting verb and the delegation word ("received the Russian delegation", "host senior diplomats"). */
const DELEGATION_REACH = 4;

/**
 * "Kim received the Russian delegation", "Beijing prepares to host senior diplomats from Russia and
 * Iran": a delegation hosted, named by its countries (a demonym before it, "from X" after it) or its head
 * ("led by X"), visits the host's country.
 */
function hostingDelegation(ctx: ExtractionContext, v: SentenceView, hit: TriggerHit, sit: Situation, hosts: ArgGroup): void {
  // the host stands before the verb (a subject found after a comma is the guests' own word)
  const host = hosts[0];
  const hostEntity = host?.entities[0];
  if (!host || !hostEntity || v.items.indexOf(host) > hit.i0) return;
  const hostCountry = ctx.discourse.countryOf(hostEntity);
  if (!hostCountry) return;
  const accept = acceptFor(ctx, "VISITED", "source");
  for (let k = hit.i1; k < v.items.length && k < hit.i1 + DELEGATION_REACH; k++) {
    const it = v.items[k] as Item;
    if (isHardStop(it)) return;
    // a delegation, not an ambassador posted there ("received the Russian ambassador")
    if (it.kind !== "word" || !isMarker(v, k, "delegation")) continue;
    const before = v.items.slice(hit.i1, k).filter((x) => x.kind === "actor" && x.mention?.form === "adjective");
    // "diplomats from Russia and Iran"; Indonesian names the country after the noun ("delegasi Rusia")
    const from = isMarker(v, k + 1, "sourcePrep") ? objectRight(v, k + 1, { accept, preps: "sourcePrep", maxGap: 0, enumerations: true }) : [];
    const owner = ctx.language === "id" ? genitiveAt(v, k + 1, (e) => e.type === "Country") : [];
    // "a Russian delegation led by Sergei Shoigu", "delegasi Rusia yang dipimpin X": its head visits too
    let lead = indexAfter(v, owner, k + 1);
    if (isMarker(v, lead, "relative")) lead++;
    const led = isMarker(v, lead, "ledBy") ? genitiveAt(v, lead + markerLength(v, lead, "ledBy"), (e) => e.type === "Person") : [];
    const senders = entitiesOf([...before, ...from, ...owner, ...led]).filter((e) => (e.type === "Country" || e.type === "Person") && ctx.discourse.countryOf(e) !== hostCountry);
    const base = { status: sit.status, view: v, i0: hit.i0, i1: hit.i1, ...(sit.claim ? { claim: sit.claim } : {}) };
    if (senders.length > 0) emit(ctx, { type: "VISITED", sources: senders, targets: [hostCountry], confidence: hit.entry.confidence * 0.8, ...base });
    // the host meets the delegation's head ("Kim received a Russian delegation led by X")
    const leaders = entitiesOf(led);
    if (hostEntity.type === "Person" && leaders.length > 0) emit(ctx, { type: "MET_WITH", sources: [hostEntity], targets: leaders, confidence: hit.entry.confidence * 0.8, ...base });
    return;
  }
}

/** "Ia disambut oleh Kim", "Lavrov diterima Putin di Kremlin", "was welcomed by": the guest is the subject. */
const passive: Rule = (ctx, v, hit) => {
  const sit = situation(ctx, v, hit, false);
  if (!sit) return;
  const guests = subjectLeft(v, hit.i0, { accept: acceptFor(ctx, "MET_WITH", "source"), minIndex: sit.minIndex });
  const hosts = passiveAgent(ctx.language, v, hit.i1, () => true);
  hosting(ctx, v, hit, sit, hosts, guests);
};

function hosting(ctx: ExtractionContext, v: SentenceView, hit: TriggerHit, situationOf: Situation, hosts: ArgGroup, guests: ArgGroup): void {
  let sit = situationOf;
  if (hosts.length === 0 || guests.length === 0) return;
  const hostEntities = entitiesOf(hosts);
  // "menyambut Putin untuk mengunjungi", "welcomed Kim to visit": an invitation, not a visit yet
  const after = v.items[indexAfter(v, guests, hit.i1)];
  if (after?.norm === "untuk" || after?.norm === "to") sit = { ...sit, status: "planned" };
  const guestEntities = entitiesOf(guests).filter((g) => g.type === "Person" || g.type === "Organization");
  const base = { status: sit.status, view: v, i0: hit.i0, i1: hit.i1, confidence: hit.entry.confidence, ...(sit.claim ? { claim: sit.claim } : {}) };
  const people = hostEntities.filter((h) => h.type === "Person" || h.type === "Organization");
  if (people.length > 0) emit(ctx, { type: "MET_WITH", sources: people, targets: guestEntities, ...base });
  const where = objectRight(v, indexAfter(v, guests, hit.i1), { accept: acceptFor(ctx, "VISITED", "target"), preps: "placePrep", maxGap: 2 });
  const placeEntity = where[0]?.entities[0] ?? ctx.discourse.countryOf(hostEntities[0]!) ?? null;
  if (!placeEntity) return;
  const placeCountry = ctx.discourse.countryOf(placeEntity);
  // an ambassador received where he is posted pays no visit ("received the Russian ambassador, X")
  const posted = postedEnvoys(ctx, v);
  const visitors = guestEntities.filter((g) => ctx.discourse.countryOf(g) !== placeCountry && !posted.has(g));
  emit(ctx, { type: "VISITED", sources: visitors, targets: [placeEntity], ...base, confidence: hit.entry.confidence * 0.85 });
}

/** Items before a person his title may stand when it is not part of his mention ("the Russian ambassador to Tehran, X"). */
const TITLE_REACH = 6;

/** Persons the sentence names with a resident envoy's title: met or received, they visit no one. */
function postedEnvoys(ctx: ExtractionContext, v: SentenceView): Set<ArticleEntity> {
  const posted = new Set<ArticleEntity>();
  v.items.forEach((it, k) => {
    if (it.kind === "actor" && residentEnvoy(ctx, v, k)) for (const e of it.entities) if (e.type === "Person") posted.add(e);
  });
  return posted;
}

/**
 * The person at item k holds a resident envoy's title: in his mention ("Russian Ambassador X", "Duta
 * Besar Rusia X") or just before it ("the Russian ambassador to Tehran, X").
 */
function residentEnvoy(ctx: ExtractionContext, v: SentenceView, k: number): boolean {
  const title = (v.items[k] as Item).mention?.role?.title;
  if (title) {
    const tokens = tokenize(title);
    for (let i = 0; i < tokens.length; i++) {
      if (ctx.lang.markers.all(tokens, i, tokens.length).some((m) => m.payloads.includes("residentEnvoy"))) return true;
    }
  }
  for (let j = k - 1; j >= 0 && j >= k - TITLE_REACH; j--) {
    const it = v.items[j] as Item;
    if (isHardStop(it) || (it.kind === "actor" && it.entities.some((e) => e.type === "Person"))) return false;
    if (it.kind === "word" && isMarker(v, j, "residentEnvoy")) return true;
  }
  return false;
}

export const MET_WITH_RULES = { verb, noun, between, host, passive } satisfies Record<string, Rule>;
