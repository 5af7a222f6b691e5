/**
 * Arms transfers a third party says happened ("Blinken mengatakan Iran telah mengirimkan rudal ke
 * Rusia", "… to Russia, Kyiv said") are its allegation, not the article's statement: the relation
 * becomes "alleged" under a claim of the speaker, with an ACCUSES edge. A speaker who is a party of
 * the transfer (or of its country) is not a third party.
 */
import { entitiesOf, genitiveAt, subjectLeft } from "./args.js";
import { newClaimId, type Claim, type ExtractionContext } from "./context.js";
import type { ArticleEntity } from "./entities.js";
import { acceptFor, emit } from "./emit.js";
import { isMarker, markerLength, type SentenceView } from "./sentence-view.js";

function speakerOf(ctx: ExtractionContext, v: SentenceView, trigger: number): ArticleEntity[] {
  const accept = acceptFor(ctx, "ACCUSES", "source");
  for (let k = trigger - 1; k >= 0; k--) {
    if (isMarker(v, k, "speech")) return entitiesOf(subjectLeft(v, k, { accept }));
  }
  for (let k = trigger + 1; k < v.items.length; k++) {
    if (!isMarker(v, k, "speech")) continue;
    // '"…," kata X', '…, Kata Pejabat AS', '…, Kyiv said'
    for (let j = k + markerLength(v, k, "speech"); j < v.items.length && j <= k + 3; j++) {
      const g = genitiveAt(v, j, accept);
      if (g.length > 0) return entitiesOf(g);
    }
    return entitiesOf(subjectLeft(v, k, { accept }));
  }
  return [];
}

export function attributeTransfers(ctx: ExtractionContext, v: SentenceView): void {
  const mine = ctx.relations.filter((r) => r.sentence === v.sentence.index && r.type === "SUPPLIES_WEAPONS_TO" && r.status === "reported" && !r.claimId);
  for (const r of mine) {
    const trigger = v.items.findIndex((it) => it.start >= r.triggerStart);
    const speakers = speakerOf(ctx, v, trigger);
    const parties = new Set([r.source, r.target].map((e) => ctx.discourse.countryOf(e) ?? e));
    const third = speakers.filter((s) => !parties.has(ctx.discourse.countryOf(s) ?? s));
    if (third.length === 0 || third.length < speakers.length) continue;
    const claim: Claim = { id: newClaimId(ctx), accusers: third, accused: [r.source], sentence: v.sentence.index, from: trigger, to: trigger + 1, relations: [r] };
    ctx.claims.push(claim);
    r.status = "alleged";
    r.claimId = claim.id;
    emit(ctx, { type: "ACCUSES", sources: third, targets: [r.source], status: "reported", view: v, i0: trigger, i1: trigger + 1, confidence: r.confidence * 0.8, claim });
  }
}

