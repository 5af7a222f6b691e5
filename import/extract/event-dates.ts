/**
 * Event dates of relations: the date expression of the relation's sentence nearest its trigger,
 * resolved against the publication date ("pada bulan Juni" -> 2024-06, "tahun lalu" -> 2023,
 * "September lalu" in January -> last September; a plan's month is this year's or next). A date told
 * of the report ("kata media pada Rabu") is not the event's; "saat itu/at the time" reuses the date of
 * the sentence before.
 */
import type { PartialDate } from "../../graph-schema/index.js";

import type { DateMention } from "../read/date-mentions.js";
import { resolveDateMention } from "../read/dates.js";
import type { DraftRelation } from "./context.js";
import { isMarker, markerLength, type SentenceView } from "./sentence-view.js";

function itemAt(v: SentenceView, charPos: number): number {
  const i = v.items.findIndex((it) => it.end > charPos);
  return i < 0 ? v.items.length : i;
}

/** Dates of the sentence a relation can take, in order. */
export function sentenceDates(v: SentenceView, all: readonly DateMention[]): DateMention[] {
  return all.filter((m) => m.start >= v.sentence.start && m.start < v.sentence.end);
}

function reportsAbout(v: SentenceView, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (isMarker(v, k, "speech")) return true;
  return false;
}

export function carriesTime(v: SentenceView): boolean {
  return v.markers.some((m, i) => m.has("timeCarry") && markerLength(v, i, "timeCarry") > 0);
}

export function eventDate(
  r: DraftRelation,
  v: SentenceView,
  dates: DateMention[],
  ref: PartialDate | null,
  carried: PartialDate | null,
): PartialDate | null {
  const trigger = itemAt(v, r.triggerStart);
  let best: DateMention | null = null;
  let bestDistance = Infinity;
  for (const m of dates) {
    const at = itemAt(v, m.start);
    if (at > trigger && reportsAbout(v, trigger, at)) continue;
    const distance = m.start >= r.triggerEnd ? m.start - r.triggerEnd : r.triggerStart - m.end;
    if (distance < bestDistance) {
      best = m;
      bestDistance = distance;
    }
  }
  if (best) return resolveDateMention(best, ref, r.status === "planned" ? "future" : "past");
  return carriesTime(v) ? carried : null;
}
