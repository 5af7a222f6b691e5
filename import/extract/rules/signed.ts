/**
 * SIGNED_AGREEMENT_WITH (symmetric), with an agreement word near the verb or heading its relative
 * clause: "menandatangani perjanjian pertahanan bersama dengan Kim", "X dan Y menandatangani pakta",
 * "perjanjian yang mereka tandatangani", "a mutual defence pact that Kim Jong Un and Putin signed",
 * "signed a treaty with"; passives and participles with their agents ("pakta yang ditandatangani Putin
 * dan Kim", "the treaty signed by Kim Jong Un and Vladimir Putin") or the parties named with the
 * agreement ("Kesepakatan antara A dan B ditandatangani", "gencatan senjata antara Israel dan
 * Hizbullah yang disepakati"). Two persons signing together also met.
 */
import { accepts, entitiesOf, indexAfter, isOblique, objectRight, widen, type Accept, type ArgGroup } from "../args.js";
import type { ExtractionContext } from "../context.js";
import type { ArticleEntity } from "../entities.js";
import { acceptFor, emit, pairs } from "../emit.js";
import { isHardStop, isMarker, type Item, type SentenceView } from "../sentence-view.js";
import { negatedAfterNoun } from "../status.js";
import { visitsByMeeting } from "./met-with.js";
import { isEnglishPassive, nounAgent, passiveAgent, situation, verbSubject, type Rule, type Situation, type TriggerHit } from "./common.js";

const RELATIVE_HEAD_WINDOW = 12;

/** The agreement word heading the trigger's clause ("pakta yang …", "the treaty that …"), or -1. */
function agreementBefore(v: SentenceView, i0: number): number {
  for (let k = i0 - 1; k >= 0 && k >= i0 - RELATIVE_HEAD_WINDOW; k--) {
    if (isHardStop(v.items[k])) return -1;
    if (isMarker(v, k, "agreement")) return k;
  }
  return -1;
}

/** Items after the verb the agreement word may stand at: "signed a 20-year comprehensive strategic partnership treaty". */
const AGREEMENT_AFTER = 9;

function agreementNear(v: SentenceView, hit: TriggerHit): number {
  for (let k = Math.max(0, hit.i0 - 4); k < Math.min(v.items.length, hit.i1 + AGREEMENT_AFTER); k++) {
    if (k >= hit.i1 && isHardStop(v.items[k])) break;
    if (isMarker(v, k, "agreement")) return k;
  }
  return agreementBefore(v, hit.i0);
}

function sign(ctx: ExtractionContext, v: SentenceView, hit: TriggerHit, sit: Situation, a: ArticleEntity[], b: ArticleEntity[]): void {
  const base = { status: sit.status, view: v, i0: hit.i0, i1: hit.i1, confidence: hit.entry.confidence, ...(sit.claim ? { claim: sit.claim } : {}) };
  const couples: [ArticleEntity, ArticleEntity][] = b.length > 0 ? a.flatMap((x) => b.map((y): [ArticleEntity, ArticleEntity] => [x, y])) : pairs(a);
  const signers = new Set<ArticleEntity>();
  for (const [x, y] of couples) {
    emit(ctx, { type: "SIGNED_AGREEMENT_WITH", sources: [x], targets: [y], ...base });
    if (x.type === "Person" && y.type === "Person") {
      emit(ctx, { type: "MET_WITH", sources: [x], targets: [y], ...base, confidence: base.confidence * 0.8 });
      signers.add(x).add(y);
    }
  }
  // signed together "di Pyongyang" / "in Pyongyang": the signer from elsewhere visited
  if (signers.size > 0) visitsByMeeting(ctx, v, hit, sit, [...signers], hit.i1, PLACE_GAP);
}

const PLACE_GAP = 9;

const resolve = (g: ArgGroup | "accused", sit: Situation) => (g === "accused" ? (sit.claim?.accused ?? []) : entitiesOf(g));

/** Parties of a passive signing: its agents, else "antara A dan B" after the agreement word or the verb. */
function passiveSign(ctx: ExtractionContext, v: SentenceView, hit: TriggerHit, sit: Situation, agreement: number): void {
  const accept = acceptFor(ctx, "SIGNED_AGREEMENT_WITH", "source");
  // "was signed in Beijing by X and Y": the place may come before the agents
  const at = afterPlace(v, hit.i1);
  const agents = passiveAgent(ctx.language, v, at, accept);
  if (agents.length > 0) {
    const after = indexAfter(v, agents, at);
    const others = entitiesOf(objectRight(v, after, { accept, preps: "withPrep", maxGap: 2 }));
    return sign(ctx, v, hit, sit, entitiesOf(agents), others);
  }
  for (const from of [agreement + 1, hit.i1]) {
    if (from <= 0) continue;
    const between = entitiesOf(objectRight(v, from, { accept, preps: "betweenPrep", maxGap: 4 }));
    if (between.length >= 2) return sign(ctx, v, hit, sit, between, []);
  }
}

/** The item after a place phrase at `k` ("in Beijing", "di Teheran"), else `k`. */
function afterPlace(v: SentenceView, k: number): number {
  if (!isMarker(v, k, "placePrep")) return k;
  let j = k + 1;
  while (isMarker(v, j, "determiner")) j++;
  return v.items[j]?.kind === "actor" ? j + 1 : k;
}

const verb: Rule = (ctx, v, hit) => {
  const agreement = agreementNear(v, hit);
  if (agreement < 0) return;
  const sit = situation(ctx, v, hit, false);
  if (!sit) return;
  if (isEnglishPassive(ctx.language, v, hit)) return passiveSign(ctx, v, hit, sit, agreement);
  const accept = acceptFor(ctx, "SIGNED_AGREEMENT_WITH", "source");
  const a = resolve(verbSubject(v, hit, sit, accept), sit);
  // "meneken pakta pertahanan bersama di Pyongyang": "bersama" (joint) qualifies the pact; the place after it is no partner
  const b = entitiesOf(objectRight(v, hit.i1, { accept, preps: "withPrep", maxGap: 6, firstPhraseOnly: true }));
  sign(ctx, v, hit, sit, a, b);
};

const passive: Rule = (ctx, v, hit) => {
  const agreement = agreementNear(v, hit);
  if (agreement < 0) return;
  const sit = situation(ctx, v, hit, false);
  if (sit) passiveSign(ctx, v, hit, sit, agreement);
};

/** Plain words an Indonesian agreement phrase may hold before its owner ("pakta pertahanan bersama Rusia"). */
const OWNER_AFTER_WORDS = 4;

/**
 * The owner of an agreement noun and the item after it: "Moscow's 2024 pact" (before), "pakta
 * pertahanan Rusia" (after, across a few plain words).
 */
function agreementOwner(ctx: ExtractionContext, v: SentenceView, hit: TriggerHit, sit: Situation, accept: Accept): { owner: ArgGroup; next: number } {
  const agent = nounAgent(ctx.language, v, hit, sit, accept);
  if (agent.genitive && v.items.indexOf(agent.group[0] as Item) < hit.i0) return { owner: agent.group, next: hit.i1 };
  for (let k = hit.i1; k < v.items.length && k <= hit.i1 + OWNER_AFTER_WORDS; k++) {
    const it = v.items[k] as Item;
    if (it.kind === "actor") {
      const owner = accepts(it, accept) && !isOblique(v, k) ? widen(v, k, accept) : [];
      return { owner, next: indexAfter(v, owner, k) };
    }
    if (it.kind !== "word" || isMarker(v, k, "preposition") || isMarker(v, k, "clauseBoundary")) break;
  }
  return { owner: [], next: hit.i1 };
}

const noun: Rule = (ctx, v, hit) => {
  if (agreementNear(v, hit) < 0 || negatedAfterNoun(v, hit.i1)) return;
  const sit = situation(ctx, v, hit, true);
  if (!sit) return;
  const accept = acceptFor(ctx, "SIGNED_AGREEMENT_WITH", "source");
  const between = entitiesOf(objectRight(v, hit.i1, { accept, preps: "betweenPrep", maxGap: 5 }));
  if (between.length >= 2) return sign(ctx, v, hit, sit, between, []);
  // "Moscow's pact with North Korea", "pakta pertahanan Rusia dengan Korea Utara": owner and partner
  const { owner, next } = agreementOwner(ctx, v, hit, sit, accept);
  if (owner.length === 0 || !isMarker(v, next, "withPrep")) return;
  const partner = entitiesOf(objectRight(v, next, { accept, preps: "withPrep", maxGap: 0 }));
  if (partner.length > 0) sign(ctx, v, hit, sit, entitiesOf(owner), partner);
};

export const SIGNED_RULES = { verb, passive, noun } satisfies Record<string, Rule>;
