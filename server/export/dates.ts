/**
 * Partial dates ("2024", "2024-06", "2024-06-13") as the real calendar days they cover, for formats
 * that need full dates (GEXF time intervals), and the date stamp of export file names.
 */
import { isPartialDate } from "../../graph-schema/index.js";

export interface DaySpan {
  /** First day, YYYY-MM-DD. */
  start: string;
  /** Last day, YYYY-MM-DD (real month lengths, leap years included). */
  end: string;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (n: number) => String(n).padStart(2, "0");

/** The days a partial date covers, or null for anything that is not a partial date. */
export function daySpan(date: string | null | undefined): DaySpan | null {
  if (!isPartialDate(date)) return null;
  const [y, m, d] = date.split("-");
  const year = Number(y);
  if (d !== undefined) return { start: date, end: date };
  if (m !== undefined) return { start: `${y}-${m}-01`, end: `${y}-${m}-${pad(daysInMonth(year, Number(m)))}` };
  return { start: `${y}-01-01`, end: `${y}-12-31` };
}

/** Union of two spans (either may be missing). */
export function joinSpans(a: DaySpan | null, b: DaySpan | null): DaySpan | null {
  if (!a) return b;
  if (!b) return a;
  return { start: a.start < b.start ? a.start : b.start, end: a.end > b.end ? a.end : b.end };
}

/** YYYY-MM-DD (UTC) of an ISO timestamp, for file names and report headers. */
export function isoDay(timestamp: string): string {
  return new Date(timestamp).toISOString().slice(0, 10);
}
