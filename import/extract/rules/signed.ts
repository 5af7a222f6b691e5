/**
 * SIGNED_AGREEMENT_WITH (symmetric), with an agreement word near the verb: "menandatangani perjanjian
 * pertahanan bersama dengan Kim", "X dan Y menandatangani pakta", "perjanjian yang mereka
 * tandatangani", "signed a treaty with". Two persons signing together also met.
 */
import { entitiesOf, objectRight, type ArgGroup } from "../args.js";
import type { ExtractionContext } from "../context.js";
import type { ArticleEntity } from "../entities.js";
import { acceptFor, emit, pairs } from "../emit.js";
import { isMarker, type SentenceView } from "../sentence-view.js";
import { situation, verbSubject, type Rule, type Situation, type TriggerHit } from "./common.js";

function hasAgreementNear(v: SentenceView, hit: TriggerHit): boolean {
  for (let k = Math.max(0, hit.i0 - 4); k < Math.min(v.items.length, hit.i1 + 5); k++) if (isMarker(v, k, "agreement")) return true;
  return false;
}

function sign(ctx: ExtractionContext, v: SentenceView, hit: TriggerHit, sit: Situation, a: ArticleEntity[], b: ArticleEntity[]): void {
  const base = { status: sit.status, view: v, i0: hit.i0, i1: hit.i1, confidence: hit.entry.confidence, ...(sit.claim ? { claim: sit.claim } : {}) };
  const couples: [ArticleEntity, ArticleEntity][] = b.length > 0 ? a.flatMap((x) => b.map((y): [ArticleEntity, ArticleEntity] => [x, y])) : pairs(a);
  for (const [x, y] of couples) {
    emit(ctx, { type: "SIGNED_AGREEMENT_WITH", sources: [x], targets: [y], ...base });
    if (x.type === "Person" && y.type === "Person") emit(ctx, { type: "MET_WITH", sources: [x], targets: [y], ...base, confidence: base.confidence * 0.8 });
  }
}

const resolve = (g: ArgGroup | "accused", sit: Situation) => (g === "accused" ? (sit.claim?.accused ?? []) : entitiesOf(g));

const verb: Rule = (ctx, v, hit) => {
  if (!hasAgreementNear(v, hit)) return;
  const sit = situation(ctx, v, hit, false);
  if (!sit) return;
  const accept = acceptFor(ctx, "SIGNED_AGREEMENT_WITH", "source");
  const a = resolve(verbSubject(v, hit, sit, accept), sit);
  const b = entitiesOf(objectRight(v, hit.i1, { accept, preps: "withPrep", maxGap: 6 }));
  sign(ctx, v, hit, sit, a, b);
};

const noun: Rule = (ctx, v, hit) => {
  if (!hasAgreementNear(v, hit)) return;
  const sit = situation(ctx, v, hit, true);
  if (!sit) return;
  const accept = acceptFor(ctx, "SIGNED_AGREEMENT_WITH", "source");
  const between = entitiesOf(objectRight(v, hit.i1, { accept, preps: "betweenPrep", maxGap: 5 }));
  if (between.length >= 2) sign(ctx, v, hit, sit, between, []);
};

export const SIGNED_RULES = { verb, noun } satisfies Record<string, Rule>;
