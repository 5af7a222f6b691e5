/**
 * Reported speech: who says what a clause states. The speaker of a trigger is the subject of a speech
 * verb before it ("Blinken mengatakan …", "Austin said …"), the actor after "menurut/according to",
 * the actor after a speech verb that follows ("…," kata X', "…, Kyiv said"), or — for a report named
 * by a noun ("Laporan itu juga menyebut …", "The report said …") — the last source the article named.
 */
import { entitiesOf, genitiveAt, subjectLeft } from "./args.js";
import type { ExtractionContext } from "./context.js";
import type { ArticleEntity } from "./entities.js";
import { acceptFor } from "./emit.js";
import { isHardStop, isMarker, markerLength, type Item, type SentenceView } from "./sentence-view.js";
import { negatedDirectly } from "./status.js";

const REPORT_NOUN_WINDOW = 3;

/** A report named by a noun just before the speech verb at `k` ("Laporan itu juga menyebut"). */
function reportNounBefore(v: SentenceView, k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - REPORT_NOUN_WINDOW; j--) {
    const it = v.items[j];
    if (!it || it.kind === "actor" || isHardStop(it)) return false;
    if (isMarker(v, j, "claimNoun")) return true;
  }
  return false;
}

export interface Speaker {
  speakers: ArticleEntity[];
  /** Told by a report or source the article does not name ("Laporan itu menyebut …" with no source known). */
  unnamed: boolean;
  /** The speech verb is negated: nobody says it ("Seoul tidak mencurigai …", "does not believe …"). */
  negated?: boolean;
}

const none: Speaker = { speakers: [], unnamed: false };
const said = (speakers: ArticleEntity[]): Speaker => ({ speakers, unnamed: false });

export function speakerOf(ctx: ExtractionContext, v: SentenceView, trigger: number): Speaker {
  const accept = acceptFor(ctx, "ACCUSES", "source");
  for (let k = trigger - 1; k >= 0; k--) {
    if (!isMarker(v, k, "speech") || v.items[k]?.kind === "actor") continue;
    if (isMarker(v, k, "accordingTo")) {
      // "Menurut X, …": the comma closes the source, it does not list another one
      const g = untilComma(v, genitiveAt(v, k + markerLength(v, k, "accordingTo"), accept));
      if (g.length > 0) return said(remember(ctx, entitiesOf(g)));
      continue;
    }
    if (negatedDirectly(v, k, false)) return { ...none, negated: true };
    const subject = entitiesOf(subjectLeft(v, k, { accept }));
    if (subject.length > 0) return said(remember(ctx, subject));
    if (reportNounBefore(v, k)) return ctx.discourse.lastReporter ? said([ctx.discourse.lastReporter]) : { speakers: [], unnamed: true };
  }
  for (let k = trigger + 1; k < v.items.length; k++) {
    if (!isMarker(v, k, "speech") || v.items[k]?.kind === "actor") continue;
    // '"…," kata X', '…, Kata Pejabat AS', '…, according to X'
    for (let j = k + markerLength(v, k, "speech"); j < v.items.length && j <= k + 3; j++) {
      const g = genitiveAt(v, j, accept);
      if (g.length > 0) return said(remember(ctx, entitiesOf(g)));
    }
    // '…, Kyiv said'
    const subject = entitiesOf(subjectLeft(v, k, { accept, minIndex: trigger + 1 }));
    if (subject.length > 0) return said(remember(ctx, subject));
    return none;
  }
  return none;
}

/** The members of a group up to the first one joined by a bare comma. */
function untilComma(v: SentenceView, group: Item[]): Item[] {
  const out: Item[] = [];
  for (const it of group) {
    const last = out[out.length - 1];
    if (last) {
      const between = v.items.slice(v.items.indexOf(last) + 1, v.items.indexOf(it));
      if (between.every((b) => b.text === ",")) break;
    }
    out.push(it);
  }
  return out;
}

function remember(ctx: ExtractionContext, speakers: ArticleEntity[]): ArticleEntity[] {
  const first = speakers[0];
  if (first && first.type !== "Person") ctx.discourse.lastReporter = first;
  return speakers;
}

/** Sources named with a report in this sentence ("laporan CAR", "the NIS report", "a report by X"). */
export function noteReporters(ctx: ExtractionContext, v: SentenceView): void {
  for (let k = 0; k < v.items.length; k++) {
    if (v.items[k]?.kind === "actor" || !isMarker(v, k, "claimNoun")) continue;
    const len = markerLength(v, k, "claimNoun");
    let j = k + len;
    if (isMarker(v, j, "agent") || v.items[j]?.norm === "of") j++;
    const after = v.items[j];
    const before = v.items[k - 1]?.kind === "actor" ? v.items[k - 1] : v.items[k - 1]?.text === "'s" ? v.items[k - 2] : undefined;
    const source = (after?.kind === "actor" ? after : before)?.entities[0];
    if (source && source.type !== "Person") ctx.discourse.lastReporter = source;
  }
}
