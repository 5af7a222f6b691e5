/**
 * Time-window logic over the two clocks of a relation: the event clock (`eventDate`, when it happened)
 * and the report clock (`firstReported`..`lastReported`, when articles said it). Dates are partial ISO
 * strings ("2024", "2024-06", "2024-06-13"); the window works in months, inclusive at both ends.
 * A year-only date covers its twelve months, so "2024" overlaps any 2024 window.
 * Pure: used by filters, the slider, playback and the reducers ("denied as of" the window's end).
 */
import type { PartialDate, RelationEdgeAttributes } from "../../graph-schema/index.js";
import type { Clock, TimeWindow } from "./app-state.js";

export const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;

export type MonthInterval = readonly [start: string, end: string];

type DatedRelation = Pick<RelationEdgeAttributes, "eventDate" | "firstReported" | "lastReported">;

/** The months a partial date covers: "2024" -> 2024-01..2024-12, "2024-06-13" -> 2024-06..2024-06. */
export function monthsOf(date: PartialDate): MonthInterval {
  if (date.length >= 7) {
    const month = date.slice(0, 7);
    return [month, month];
  }
  const year = date.slice(0, 4);
  return [`${year}-01`, `${year}-12`];
}

/** The months a relation spans on a clock, or null when it has no date on that clock. */
export function relationInterval(relation: DatedRelation, clock: Clock): MonthInterval | null {
  if (clock === "event") return relation.eventDate ? monthsOf(relation.eventDate) : null;
  const first = relation.firstReported ?? relation.lastReported;
  const last = relation.lastReported ?? relation.firstReported;
  if (!first || !last) return null;
  const start = monthsOf(first)[0];
  const end = monthsOf(last)[1];
  return start <= end ? [start, end] : [end, start];
}

export function windowIsOpen(window: TimeWindow): boolean {
  return window.from === null && window.to === null;
}

/**
 * Whether a relation is visible in the window. On the report clock with an open start, a relation
 * appears from the month it was first reported: that is what playback ("month by month") relies on.
 */
export function inTimeWindow(relation: DatedRelation, window: TimeWindow): boolean {
  if (windowIsOpen(window)) return true;
  const interval = relationInterval(relation, window.clock);
  if (!interval) return window.keepUndated;
  const [start, end] = interval;
  if (window.to !== null && start > window.to) return false;
  if (window.from !== null && end < window.from) return false;
  return true;
}

/** First and last month any relation covers on a clock; null when none is dated. */
export function timeDomain(relations: Iterable<DatedRelation>, clock: Clock): MonthInterval | null {
  let min: string | null = null;
  let max: string | null = null;
  for (const relation of relations) {
    const interval = relationInterval(relation, clock);
    if (!interval) continue;
    if (min === null || interval[0] < min) min = interval[0];
    if (max === null || interval[1] > max) max = interval[1];
  }
  return min !== null && max !== null ? [min, max] : null;
}

export function addMonths(month: string, count: number): string {
  const year = Number(month.slice(0, 4));
  const index = year * 12 + Number(month.slice(5, 7)) - 1 + count;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}`;
}

/** Every month from `from` to `to` inclusive (empty when reversed). */
export function monthRange(from: string, to: string): string[] {
  const months: string[] = [];
  for (let month = from; month <= to; month = addMonths(month, 1)) months.push(month);
  return months;
}

/**
 * "Play the evolution": the window starts at the domain's first month on the report clock and its end
 * moves one month per frame, so a claim appears when first reported and changes style when its denial is.
 */
export function firstPlaybackFrame(window: TimeWindow, domain: MonthInterval): TimeWindow {
  return { ...window, clock: "report", from: domain[0], to: domain[0] };
}

/** The next frame, or null once the end of the domain is shown. */
export function nextPlaybackFrame(window: TimeWindow, domain: MonthInterval): TimeWindow | null {
  if (window.to === null || window.to >= domain[1]) return null;
  return { ...window, from: domain[0], to: addMonths(window.to, 1) };
}

/** The month used as "now" for status changes (a denial reported after it is not yet known). */
export function asOfMonth(window: TimeWindow): string | null {
  return window.clock === "report" ? window.to : null;
}

/** Human label of a month: "Jun 2024". */
export function formatMonth(month: string): string {
  const names = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  const index = Number(month.slice(5, 7)) - 1;
  return `${names[index] ?? "?"} ${month.slice(0, 4)}`;
}

/** Human label of a partial date: "2024", "Jun 2024", "13 Jun 2024". */
export function formatPartialDate(date: PartialDate | null): string {
  if (!date) return "undated";
  if (date.length === 4) return date;
  const month = formatMonth(date.slice(0, 7));
  return date.length >= 10 ? `${Number(date.slice(8, 10))} ${month}` : month;
}
