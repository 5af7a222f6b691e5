/**
 * Wrongdoing a third party says happened ("Blinken mengatakan Rusia telah menerima rudal dari Iran",
 * "Austin said 10,000 North Korean soldiers had been sent to Russia", "… to Russia, Kyiv said",
 * "Laporan itu juga menyebut …", "according to X") is its allegation, not the article's statement: the
 * relation becomes "alleged" under a claim of the speaker, with an ACCUSES edge to the party said to
 * do it. Wrongdoing here: arms transfers and troop deployments. A speaker who is a party (or of its
 * country) is not a third party; a report with no named source leaves the relation alleged without
 * an accuser.
 */
import { newClaimId, type Claim, type DraftRelation, type ExtractionContext } from "./context.js";
import { emit } from "./emit.js";
import { isMarker, type SentenceView } from "./sentence-view.js";
import { speakerOf } from "./speech.js";

/** Relations whose mere statement by a third party accuses the source. */
export const isWrongdoing = (r: DraftRelation) => r.type === "SUPPLIES_WEAPONS_TO" || (r.type === "COOPERATES_WITH" && r.military === true);

export function attributeTransfers(ctx: ExtractionContext, v: SentenceView): void {
  // an allegation nobody is named making ("diduga", "reportedly") gets its accuser from "…, menurut Seoul"
  const unattributed = (r: DraftRelation) => r.status === "alleged" && ctx.claims.some((c) => c.id === r.claimId && c.accusers.length === 0);
  const mine = ctx.relations.filter((r) => r.sentence === v.sentence.index && isWrongdoing(r) && (((r.status === "reported" || r.status === "planned") && !r.claimId) || unattributed(r)));
  for (const r of mine) {
    const trigger = v.items.findIndex((it) => it.start >= r.triggerStart);
    const { speakers, unnamed, negated } = speakerOf(ctx, v, trigger);
    // "Seoul tidak mencurigai Beijing memasok senjata": nobody states it
    if (negated) {
      // unless a contrasting clause reports it: "Russia has never acknowledged receiving missiles from Iran, but
      // Ukraine says it has", "…, though it admitted supplying a small number"
      const contrast = v.items.findIndex((_, k) => k > trigger && isMarker(v, k, "contrast"));
      const stated = contrast > 0 && v.items.some((_, k) => k > contrast && isMarker(v, k, "speech"));
      if (!r.claimId && !stated) ctx.relations.splice(ctx.relations.indexOf(r), 1);
      continue;
    }
    if (unnamed && r.status === "reported") r.status = "alleged";
    const parties = new Set([r.source, r.target].map((e) => ctx.discourse.countryOf(e) ?? e));
    const third = speakers.filter((s) => !parties.has(ctx.discourse.countryOf(s) ?? s));
    if (third.length === 0 || third.length < speakers.length) continue;
    const claim = claimFor(ctx, r, third, v.sentence.index, trigger);
    if (r.status === "reported") r.status = "alleged";
    r.claimId = claim.id;
    emit(ctx, { type: "ACCUSES", sources: third, targets: [r.source], status: "reported", view: v, i0: trigger, i1: trigger + 1, confidence: r.confidence * 0.8, claim });
  }
}

/** The relation's unattributed claim, now with its accusers, else a new claim of theirs. */
function claimFor(ctx: ExtractionContext, r: DraftRelation, accusers: Claim["accusers"], sentence: number, trigger: number): Claim {
  const open = ctx.claims.find((c) => c.id === r.claimId && c.accusers.length === 0);
  if (open) {
    open.accusers = accusers;
    if (open.accused.length === 0) open.accused = [r.source];
    if (!open.relations.includes(r)) open.relations.push(r);
    return open;
  }
  const claim: Claim = { id: newClaimId(ctx), accusers, accused: [r.source], sentence, from: trigger, to: trigger + 1, relations: [r] };
  ctx.claims.push(claim);
  return claim;
}
