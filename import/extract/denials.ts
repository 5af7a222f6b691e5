/**
 * Denials (DENIES, "reported"): denier -> the party whose claim is denied — the claim's first accuser,
 * or with no accuser, the denier's other party in the denied relation. Found in two steps per sentence:
 * `registerDenial` before the relation rules, so relations stated inside a denial ("membantah telah
 * mengirim drone ke Rusia") are known as denied; `resolveDenials` after them, to link a claim.
 *  verb       "Pyongyang dan Teheran membantah klaim tersebut", "menolak klaim", "denied sending",
 *             and a claim noun heading a relative clause: "a charge that Pyongyang's ambassador rejected"
 *  passive    "Tuduhan itu dibantah (oleh) Korea Utara", "the claims were rejected by Moscow"
 *  predicate  "sebuah klaim yang oleh Pyongyang disebut 'tidak masuk akal'", "kritik AS … telah
 *             dipolitisasi" (said by the subject of the reporting verb), "called the claims baseless"
 *  insist     "Rusia bersikeras bahwa …" counts only for a party of a claim just made
 * Wrongdoing negated in a speaker's words is a denial too (rules/common.ts).
 */
import { entitiesOf, genitiveAt, subjectLeft, type ArgGroup } from "./args.js";
import { newClaimId, type Claim, type Denial, type DraftRelation, type ExtractionContext } from "./context.js";
import type { ArticleEntity } from "./entities.js";
import { acceptFor, emit } from "./emit.js";
import { isEnglishPassive, passiveAgent, type TriggerHit } from "./rules/common.js";
import { isHardStop, isMarker, markerLength, type Item, type SentenceView } from "./sentence-view.js";
import { speakerOf } from "./speech.js";
import { clauseEnd, isNegated } from "./status.js";

const RECENT_SENTENCES = 3;
/** How far back a denial looks for a claim it is a party of (a story tells the accusation, then each answer). */
const PARTY_CLAIM_SENTENCES = 12;
const SPEECH_TO_COMPLEMENT = 5;

/** Function words a dismissive predicate follows ("laporan itu tidak berdasar", "disebut 'tidak masuk akal'", "called … baseless"). */
const PREDICATE_LEADS = ["copula", "auxiliary", "beAux", "relative", "determiner", "demonstrative", "speech", "coordination", "claimNoun", "negation", "agent"] as const;

/** Words that may stand between "as"/"sebagai" or an opening quote and the dismissive word ("as a pack of lies"). */
const PREDICATE_REACH = 4;
const QUOTES = new Set(['"', "“", "”", "«", "»"]);

/** Index of "sebagai"/"as" a few words before `i0` (the dismissive word's phrase starts there), else -1. */
function asBefore(v: SentenceView, i0: number): number {
  for (let k = i0 - 1; k >= 0 && k >= i0 - PREDICATE_REACH; k--) {
    const it = v.items[k] as Item;
    if (it.norm === "as" || it.norm === "sebagai") return k;
    if (it.kind === "actor" || isHardStop(it)) return -1;
  }
  return -1;
}

/** A dismissive word is a predicate on a claim, not the object of a verb ("menyebarkan propaganda", "spreading lies"). */
function predicatePosition(v: SentenceView, i0: number): boolean {
  const prev = v.items[i0 - 1];
  if (!prev || prev.kind === "punct") return true;
  if (prev.kind === "actor") return false;
  if (PREDICATE_LEADS.some((cls) => isMarker(v, i0 - 1, cls))) return true;
  // "sebagai satu lagi kabar bohong", "described it as a pack of lies", "called the reports 'yet another fake'"
  for (let k = i0 - 1; k >= 0 && k >= i0 - PREDICATE_REACH; k--) {
    const it = v.items[k] as Item;
    if (it.norm === "as" || it.norm === "sebagai" || QUOTES.has(it.text)) return true;
    if (it.kind !== "word") return false;
  }
  return false;
}

/** Whether a claim was made before item `item` of sentence `sentence`. */
const madeBefore = (c: Claim, sentence: number, item: number) => c.sentence < sentence || (c.sentence === sentence && c.from <= item);

/** The claim an anaphoric denial answers: the latest one with an accuser in recent sentences, else the latest one. */
const lastClaimBefore = (ctx: ExtractionContext, sentence: number, item: number): Claim | null => {
  let latest: Claim | null = null;
  for (let k = ctx.claims.length - 1; k >= 0; k--) {
    const c = ctx.claims[k] as Claim;
    if (!madeBefore(c, sentence, item)) continue;
    latest ??= c;
    if (c.accusers.length > 0 && c.sentence >= sentence - RECENT_SENTENCES) return c;
  }
  return latest;
};

/** The state an entity stands for or belongs to (itself for a country). */
const stateOf = (e: ArticleEntity): string => (e.type === "Country" ? e.name : (e.country ?? e.name));

/**
 * The latest claim of the last few paragraphs with an accuser in which a denier, or the denier's state, is a party: "Kremlin
 * juga menolak klaim tersebut" answers the accusation that Iran supplied drones to Russia, not Tehran's
 * counter-accusation of the West made in between. None: null (the callers fall back on the latest claim).
 */
function claimOfParty(ctx: ExtractionContext, sentence: number, item: number, deniers: readonly ArticleEntity[]): Claim | null {
  const states = new Set(deniers.map(stateOf));
  for (let k = ctx.claims.length - 1; k >= 0; k--) {
    const c = ctx.claims[k] as Claim;
    if (!madeBefore(c, sentence, item)) continue;
    if (c.sentence < sentence - PARTY_CLAIM_SENTENCES) break;
    if (c.accusers.length === 0 || c.accusers.some((a) => deniers.includes(a))) continue;
    if ([...partiesOf(c)].some((p) => deniers.includes(p) || states.has(stateOf(p)))) return c;
  }
  return null;
}

/** A claim made, or denied by someone, in the last few sentences: a denial after a denial answers the same claim. */
const recentlyDiscussed = (ctx: ExtractionContext, claim: Claim, sentence: number) =>
  claim.sentence >= sentence - RECENT_SENTENCES || ctx.denials.some((d) => d.claim === claim && d.sentence < sentence && d.sentence >= sentence - RECENT_SENTENCES);

const partiesOf = (c: Claim) => new Set([...c.accused, ...c.relations.flatMap((r) => [r.source, r.target])]);

/** Index of a claim noun at or right after `k` ("klaim tersebut", "the allegations"), else -1. */
function claimNounNear(v: SentenceView, k: number, span: number): number {
  for (let j = k; j < v.items.length && j < k + span; j++) if (isMarker(v, j, "claimNoun")) return j;
  return -1;
}

const RELATIVE_WINDOW = 6;

/**
 * A claim noun heading the relative clause the trigger ends ("a charge that Pyongyang's ambassador
 * rejected", "tuduhan yang dibantah Moskow", "klaim yang ditolak oleh Iran", with no relative word:
 * "a claim Tehran has dismissed"), else -1.
 */
function claimNounBefore(v: SentenceView, i0: number): number {
  for (let k = i0 - 1; k > 0 && k >= i0 - RELATIVE_WINDOW; k--) {
    const it = v.items[k] as Item;
    if (isHardStop(it)) return -1;
    if (it.kind === "actor" && isMarker(v, k - 1, "claimNoun")) return k - 1;
    if (it.kind === "actor" || !isMarker(v, k, "relative")) continue;
    for (let j = k - 1; j >= 0 && j >= k - 2; j--) if (isMarker(v, j, "claimNoun")) return j;
    return -1;
  }
  return -1;
}

/** A claim noun right before the passive trigger, or its subject ("Tuduhan itu dibantah", "The claims were rejected"). */
function claimNounSubject(v: SentenceView, i0: number): number {
  for (let k = i0 - 1; k >= 0 && k >= i0 - 5; k--) {
    const it = v.items[k] as Item;
    if (isHardStop(it) || it.kind === "actor") return -1;
    if (isMarker(v, k, "claimNoun")) return k;
  }
  return -1;
}

const anaphoricAt = (v: SentenceView, noun: number) =>
  noun >= 0 && (isMarker(v, noun + markerLength(v, noun, "claimNoun"), "demonstrative") || isMarker(v, noun - 1, "demonstrative") || (v.items[noun] as Item).norm.endsWith("nya"));

/** The denier of a dismissive predicate: "oleh X", else the speaker of "X mengatakan bahwa", else the subject. */
function predicateDenier(ctx: ExtractionContext, v: SentenceView, claimNoun: number, i0: number): ArticleEntity[] {
  const accept = acceptFor(ctx, "DENIES", "source");
  for (let k = Math.max(0, claimNoun); k < i0; k++) {
    if (isMarker(v, k, "agent")) {
      const g = genitiveAt(v, k + 1, accept);
      if (g.length > 0) return entitiesOf(g);
    }
  }
  for (let k = (claimNoun >= 0 ? claimNoun : i0) - 1; k >= 0; k--) {
    const it = v.items[k] as Item;
    if (it.norm === "bahwa" || it.norm === "that") {
      // "Peskov mengatakan (kepada wartawan) bahwa laporan itu …", "said (on Monday) that …"
      for (let j = k - 1; j >= 0 && j >= k - SPEECH_TO_COMPLEMENT; j--) {
        if (v.items[j]?.kind === "actor" && !isMarker(v, j - 1, "preposition")) break;
        if (isMarker(v, j, "speech")) return entitiesOf(subjectLeft(v, j, { accept }));
      }
    }
  }
  // "X, dalam pernyataan …, menyebut tuduhan itu …": from the speech verb, whose subject may stand before an aside
  let at = claimNoun >= 0 ? claimNoun : i0;
  // "called the Ukrainian claims baseless", "Washington's claims": the claim's owner is no denier
  const owner = v.items[at - 1]?.text === "'s" ? at - 2 : at - 1;
  if (ctx.language === "en" && claimNoun >= 0 && v.items[owner]?.kind === "actor") at = owner;
  const subject = entitiesOf(subjectLeft(v, isMarker(v, at - 1, "speech") ? at - 1 : at, { accept }));
  if (subject.length > 0) return subject;
  // '"Tuduhan itu tidak berdasar," kata Lukashenko', '"These claims are absurd," he told reporters'
  return speakerOf(ctx, v, i0).speakers.filter(accept);
}

/**
 * The claim noun a dismissive predicate denies, nearest first, and its deniers: the first noun with a
 * denier to its left (a quote can stand between the nearest noun and the speaker). No noun: the speaker.
 */
function deniedNoun(nouns: readonly number[], deniersFor: (noun: number) => ArticleEntity[]): { noun: number; deniers: ArticleEntity[] } {
  if (nouns.length === 0) return { noun: -1, deniers: deniersFor(-1) };
  for (const noun of nouns) {
    const deniers = deniersFor(noun);
    if (deniers.length > 0) return { noun, deniers };
  }
  return { noun: nouns[0] as number, deniers: [] };
}

export function registerDenial(ctx: ExtractionContext, v: SentenceView, hit: TriggerHit): void {
  if (isNegated(v, hit.i0, false)) return;
  const accept = acceptFor(ctx, "DENIES", "source");
  const frame = hit.entry.frame;
  const base = { sentence: v.sentence.index, triggerStart: (v.items[hit.i0] as Item).start, triggerEnd: (v.items[hit.i1 - 1] as Item).end, i0: hit.i0, i1: hit.i1, confidence: hit.entry.confidence };
  if (frame === "predicate") {
    // "unfounded claims", "baseless accusations", "tuduhan palsu": the dismissive word qualifies the claim noun
    const qualified = isMarker(v, hit.i1, "claimNoun") || (ctx.language === "id" && isMarker(v, hit.i0 - 1, "claimNoun"));
    if (!qualified && !predicatePosition(v, hit.i0)) return;
    // Claim nouns before the predicate, nearest first; one after "sebagai"/"as" belongs to the predicate
    // ("menyebut laporan itu sebagai kabar bohong": the claim denied is "laporan").
    const before = [...Array(hit.i0).keys()].reverse().filter((k) => isMarker(v, k, "claimNoun"));
    const as = asBefore(v, hit.i0);
    const denied = before.filter((k) => k < as);
    const nouns = isMarker(v, hit.i1, "claimNoun") ? [hit.i1] : denied.length > 0 ? denied : before;
    const here = ctx.claims.filter((c) => c.sentence === v.sentence.index && c.from <= hit.i0);
    if (nouns.length === 0 && here.length === 0) return;
    const claim = here[here.length - 1] ?? (nouns.length > 0 ? lastClaimBefore(ctx, v.sentence.index, hit.i0) : null);
    const { noun, deniers } = deniedNoun(nouns, (k) => predicateDenier(ctx, v, k, hit.i0).filter((d) => !claim?.accusers.includes(d)));
    const anaphoric = noun >= 0 && (isMarker(v, noun + 1, "demonstrative") || v.items[noun + 1]?.norm === "nya");
    if (deniers.length === 0 || !claim || (!anaphoric && here.length === 0 && !recentlyDiscussed(ctx, claim, v.sentence.index))) return;
    ctx.denials.push({ deniers, claim, from: hit.i1, to: hit.i1, ...base });
    return;
  }
  if (frame === "passive" || isEnglishPassive(ctx.language, v, hit)) {
    const agent = passiveAgent(ctx.language, v, hit.i1, accept);
    const deniers = entitiesOf(agent);
    const noun = claimNounSubject(v, hit.i0);
    if (deniers.length === 0 || noun < 0) return;
    const claim = lastClaimBefore(ctx, v.sentence.index, hit.i0);
    ctx.denials.push({ deniers, claim: anaphoricAt(v, noun) || claim?.sentence === v.sentence.index ? claim : null, from: hit.i1, to: hit.i1, ...base, pronoun: byPronoun(agent) });
    return;
  }
  const subject = subjectLeft(v, hit.i0, { accept, speechAct: true });
  const deniers = entitiesOf(subject);
  if (deniers.length === 0) return;
  if (frame === "insist") {
    const claim = ctx.claims.filter((c) => c.sentence >= v.sentence.index - 2 && c.accusers.length > 0).pop();
    const party = claim && deniers.every((d) => partiesOf(claim).has(d) && !claim.accusers.includes(d));
    if (claim && party) ctx.denials.push({ deniers, claim, from: hit.i1, to: hit.i1, ...base });
    return;
  }
  const after = claimNounNear(v, hit.i1, 3);
  const noun = after >= 0 ? after : claimNounBefore(v, hit.i0);
  if (hit.entry.requires === "claim" && noun < 0) return;
  const pronounObject = (v.items[hit.i1 - 1] as Item).norm.endsWith("nya");
  const owners = after >= 0 ? claimOwners(ctx, v, after) : [];
  const anaphoric = anaphoricAt(v, noun) || pronounObject;
  const claim = anaphoric
    ? (claimOfParty(ctx, v.sentence.index, hit.i0, deniers) ?? echoedClaim(ctx, v, hit, deniers) ?? lastClaimBefore(ctx, v.sentence.index, hit.i0))
    : owners.length > 0
      ? ownersClaim(ctx, v, owners, deniers, after)
      : null;
  ctx.denials.push({ deniers, claim, from: hit.i1, to: clauseEnd(v, hit.i1), ...base, pronoun: byPronoun(subject) });
}

/**
 * "Nebenzia juga menepis laporan itu", "… also rejected the report": a denial that says it joins
 * another answers the claim the last denial before it answered (not a claim made in between, such
 * as the first denier's counter-accusation).
 */
function echoedClaim(ctx: ExtractionContext, v: SentenceView, hit: TriggerHit, deniers: ArticleEntity[]): Claim | null {
  let additive = false;
  for (let k = Math.max(0, hit.i0 - 3); k < hit.i0; k++) additive ||= isMarker(v, k, "additive");
  if (!additive) return null;
  const last = ctx.denials.filter((d) => d.claim && d.sentence < v.sentence.index && d.sentence >= v.sentence.index - RECENT_SENTENCES).pop();
  const claim = last?.claim ?? null;
  return claim && !claim.accusers.some((a) => deniers.includes(a)) && !last?.deniers.some((d) => deniers.includes(d)) ? claim : null;
}

/** Words after a claim noun that end it instead of describing it ("laporan soal …", "klaim itu", "claims that …"). */
const NOT_DESCRIPTORS = ["preposition", "demonstrative", "relative", "complementizer", "clauseBoundary"] as const;

/**
 * Whose claim a denied claim noun names: after it, "membantah laporan intelijen Korea Selatan", "menepis
 * tuduhan Seoul", "rejected the claims by Kyiv" (one descriptive word may come between), or in English
 * before it, "rejected U.S. accusations"; else none.
 */
function claimOwners(ctx: ExtractionContext, v: SentenceView, noun: number): ArticleEntity[] {
  const accept = acceptFor(ctx, "ACCUSES", "source");
  // English names the owner before the noun: "rejected U.S. accusations", "Washington's claims"
  const before = v.items[noun - 1]?.text === "'s" ? v.items[noun - 2] : v.items[noun - 1];
  if (ctx.language === "en" && before?.kind === "actor" && !before.pronoun && before.entities.some(accept)) return before.entities.filter(accept);
  let k = noun + markerLength(v, noun, "claimNoun");
  const descriptor = v.items[k];
  if (descriptor?.kind === "word" && v.items[k + 1]?.kind === "actor" && !NOT_DESCRIPTORS.some((cls) => isMarker(v, k, cls))) k++;
  if (isMarker(v, k, "agent") || isMarker(v, k, "sourcePrep")) k += 1;
  return entitiesOf(genitiveAt(v, k, accept));
}

/**
 * The claim those owners made lately, else one of theirs known only from the denial: the denial answers
 * them, and no accusation is inferred from it (a denied media report is no accusation by the outlet).
 */
function ownersClaim(ctx: ExtractionContext, v: SentenceView, owners: ArticleEntity[], deniers: ArticleEntity[], noun: number): Claim {
  const made = ctx.claims.filter((c) => c.sentence <= v.sentence.index && c.sentence >= v.sentence.index - RECENT_SENTENCES && c.accusers.some((a) => owners.includes(a))).pop();
  if (made) return made;
  const claim: Claim = { id: newClaimId(ctx), accusers: owners, accused: deniers.filter((d) => !owners.includes(d)), sentence: v.sentence.index, from: noun, to: noun + 1, relations: [] };
  ctx.claims.push(claim);
  return claim;
}

const byPronoun = (group: ArgGroup) => group.length > 0 && group.every((it) => it.pronoun);

/**
 * Who denies a claim: never one of its accusers. A pronoun resolved to them ("…, tuduhan yang dibantah
 * kedua negara", said right after "AS dan Korea Selatan menuduh …") stands for the claim's parties.
 */
function claimDeniers(d: Denial, claim: Claim): ArticleEntity[] {
  const deniers = d.deniers.filter((x) => !claim.accusers.includes(x));
  if (deniers.length > 0 || !d.pronoun) return deniers;
  return [...partiesOf(claim)].filter((x) => !claim.accusers.includes(x));
}

/** The claim a denial answers when it names none: one about the same facts, else one involving the denier, else a recent one. */
function findClaim(ctx: ExtractionContext, d: Denial, content: DraftRelation[]): Claim | null {
  const before = ctx.claims.filter((c) => c.sentence <= d.sentence);
  // the same parties in the same direction ("accused NK of sending troops to Russia … denied supplying weapons to Moscow")
  const sameFact = before.filter((c) => c.relations.some((r) => content.some((x) => x.source === r.source && x.target === r.target)));
  if (sameFact.length > 0) return sameFact[sameFact.length - 1] as Claim;
  const involving = before.filter((c) => d.deniers.some((x) => partiesOf(c).has(x) || partiesOf(c).has(countryOf(ctx, x))) && c.accusers.length > 0);
  // "Kremlin menepis kabar bahwa Rusia mengirim jet tempur ke Iran": a denial that says what it denies
  // answers no earlier claim, even one about the denier ("Belarus denied supplying weapons"); only one
  // made in its own sentence ("rejected U.S. accusations that …")
  if (content.length > 0) return involving.filter((c) => c.sentence === d.sentence).pop() ?? null;
  if (involving.length > 0) return involving[involving.length - 1] as Claim;
  const recent = before.filter((c) => c.sentence >= d.sentence - RECENT_SENTENCES && c.accusers.length > 0);
  return recent[recent.length - 1] ?? null;
}

const countryOf = (ctx: ExtractionContext, e: ArticleEntity) => ctx.discourse.countryOf(e) ?? e;

/** A party and a speaker of the same side: the same entity or country ("Pezeshkian" for Iran). */
const sameSide = (ctx: ExtractionContext, party: ArticleEntity, speaker: ArticleEntity) =>
  countryOf(ctx, party) === countryOf(ctx, speaker) || speaker.country === countryOf(ctx, party).name;

/** Whom a denier answers: the claim's first accuser, else its other party in the claim's relations (none when it is no party). */
function targetFor(ctx: ExtractionContext, denier: ArticleEntity, claim: Claim): ArticleEntity | null {
  const accuser = claim.accusers.find((a) => a !== denier);
  if (accuser) return accuser;
  const mine = countryOf(ctx, denier);
  for (const r of claim.relations) {
    if (r.source === denier || countryOf(ctx, r.source) === mine) return r.target;
    if (r.target === denier || countryOf(ctx, r.target) === mine) return r.source;
  }
  return null;
}

export function resolveDenials(ctx: ExtractionContext, v: SentenceView): void {
  for (const d of ctx.denials) {
    if (d.sentence !== v.sentence.index) continue;
    const content = ctx.relations.filter((r) => r.sentence === d.sentence && r.status === "denied" && r.triggerStart >= (v.items[d.from]?.start ?? Infinity));
    // "Pengamat … menilai Rusia tidak akan memberikan teknologi roket kepada Iran": an observer denies nothing
    if (d.bySpeaker && content.length > 0 && !content.some((r) => d.deniers.some((x) => [r.source, r.target].some((p) => sameSide(ctx, p, x))))) continue;
    const claim = d.claim ?? findClaim(ctx, d, content);
    const base = { status: "reported" as const, view: v, i0: d.i0, i1: d.i1, confidence: d.confidence };
    if (claim) {
      for (const r of content) {
        r.status = claim.accusers.length > 0 ? "alleged" : "denied";
        r.claimId = claim.id;
        claim.relations.push(r);
      }
      // a claim nobody is named making, denied by its party: only the denial is reported
      if (claim.accusers.length === 0) {
        for (const r of claim.relations) if (r.status === "alleged" && d.deniers.some((x) => [r.source, r.target].some((p) => countryOf(ctx, p) === countryOf(ctx, x)))) r.status = "denied";
      }
      for (const denier of claimDeniers(d, claim)) {
        const target = targetFor(ctx, denier, claim);
        if (target && target !== denier) emit(ctx, { type: "DENIES", sources: [denier], targets: [target], ...base, claim });
      }
      continue;
    }
    for (const r of content) {
      const own = new Set(d.deniers.map((x) => countryOf(ctx, x)));
      const other = d.deniers.includes(r.source) || own.has(countryOf(ctx, r.source)) ? r.target : r.source;
      emit(ctx, { type: "DENIES", sources: d.deniers.filter((x) => x !== other), targets: [other], ...base });
    }
  }
}
