/**
 * COOPERATES_WITH (symmetric): "bekerja sama dengan", "X dan Y bekerja sama"; strengthening ties
 * ("meningkatkan hubungan dengan Korea Utara dan negara-negara lain …, seperti Iran", "deepen
 * cooperation with"); tie nouns with their parties ("kerja sama antara Rusia dan Korea Utara",
 * "hubungan Rusia-Korea Utara", "kerja sama militer kedua negara", "hubungannya dengan Rusia");
 * joint exercises of a pair; and alliances stated ("X dan Y merupakan sekutu", "Rusia, sebagai sekutu
 * lama Korea Utara"). A hostile word before a party ("memusuhi AS") keeps it out.
 */
import { classWithin, entitiesOf, genitiveAt, objectRight, subjectLeft, type ArgGroup } from "../args.js";
import type { ExtractionContext } from "../context.js";
import type { ArticleEntity } from "../entities.js";
import { acceptFor, emit, pairs } from "../emit.js";
import { isMarker, type Item, type SentenceView } from "../sentence-view.js";
import { nounAgent, situation, verbSubject, type Rule, type Situation, type TriggerHit } from "./common.js";

function cooperate(ctx: ExtractionContext, v: SentenceView, hit: TriggerHit, sit: Situation, a: ArticleEntity[], b: ArticleEntity[]): void {
  const base = { type: "COOPERATES_WITH" as const, status: sit.status, view: v, i0: hit.i0, i1: hit.i1, confidence: hit.entry.confidence, ...(sit.claim ? { claim: sit.claim } : {}) };
  if (b.length > 0) {
    if (a.length > 0) emit(ctx, { ...base, sources: a, targets: b });
    return;
  }
  for (const [x, y] of pairs(a)) emit(ctx, { ...base, sources: [x], targets: [y] });
}

const accept = (ctx: ExtractionContext) => acceptFor(ctx, "COOPERATES_WITH", "source");
const partners = (ctx: ExtractionContext, v: SentenceView, from: number, maxGap = 3): ArgGroup =>
  objectRight(v, from, { accept: accept(ctx), preps: "withPrep", maxGap, enumerations: true });
const subjectOf = (ctx: ExtractionContext, v: SentenceView, hit: TriggerHit, sit: Situation) => {
  const g = verbSubject(v, hit, sit, accept(ctx));
  return g === "accused" ? (sit.claim?.accused ?? []) : entitiesOf(g);
};

const verb: Rule = (ctx, v, hit) => {
  const sit = situation(ctx, v, hit, false);
  if (sit) cooperate(ctx, v, hit, sit, subjectOf(ctx, v, hit, sit), entitiesOf(partners(ctx, v, hit.i1)));
};

const tieVerb: Rule = (ctx, v, hit) => {
  const tie = classWithin(v, hit.i1, "tie", 4);
  if (tie < 0) return;
  const sit = situation(ctx, v, hit, false);
  if (!sit) return;
  const b = entitiesOf(partners(ctx, v, tie + 1, 4));
  const a = subjectOf(ctx, v, hit, sit);
  if (b.length > 0 || a.length >= 2) cooperate(ctx, v, hit, sit, a, b);
};

const noun: Rule = (ctx, v, hit) => {
  const sit = situation(ctx, v, hit, true);
  if (!sit) return;
  const acc = accept(ctx);
  const between = objectRight(v, hit.i1, { accept: acc, preps: "betweenPrep", maxGap: 4 });
  if (between.length >= 2) return cooperate(ctx, v, hit, sit, entitiesOf(between), []);
  // "hubungan Rusia-Korea Utara"
  const first = v.items[hit.i1];
  const second = v.items[hit.i1 + 1];
  if (first?.kind === "actor" && second?.kind === "actor" && second.hyphenPrev) return cooperate(ctx, v, hit, sit, [...first.entities, ...second.entities], []);
  // "kerja sama militer kedua negara", "kedekatan Pyongyang dan Moskow"
  for (let k = hit.i1; k < v.items.length && k <= hit.i1 + 2; k++) {
    const it = v.items[k] as Item;
    if (it.kind !== "actor") continue;
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

const joint: Rule = (ctx, v, hit) => {
  const sit = situation(ctx, v, hit, false);
  if (!sit) return;
  const a = entitiesOf(subjectLeft(v, hit.i0, { accept: accept(ctx), minIndex: sit.minIndex }));
  const b = entitiesOf(partners(ctx, v, hit.i1));
  if (b.length > 0 || a.length >= 2) cooperate(ctx, v, hit, sit, a, b);
};

/** "X dan Y merupakan sekutu", "Rusia, sebagai sekutu lama Korea Utara". */
const ally: Rule = (ctx, v, hit) => {
  if (!isMarker(v, hit.i0 - 1, "copula")) return;
  const sit = situation(ctx, v, hit, true);
  if (!sit) return;
  const a = entitiesOf(subjectLeft(v, hit.i0, { accept: accept(ctx), minIndex: sit.minIndex }));
  let k = hit.i1;
  while (k < v.items.length && (v.items[k] as Item).kind === "word" && k < hit.i1 + 2 && !isMarker(v, k, "relative")) k++;
  const b = entitiesOf(genitiveAt(v, k, accept(ctx)));
  if (b.length > 0 || a.length >= 2) cooperate(ctx, v, hit, sit, a, b);
};

export const COOPERATES_RULES = { verb, "tie-verb": tieVerb, noun, joint, ally } satisfies Record<string, Rule>;
