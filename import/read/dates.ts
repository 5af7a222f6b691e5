/**
 * Turns date mentions into partial ISO dates: resolution against a reference date (the publication
 * date, for event dates) and inference of the publication date itself when no metadata gives it.
 */
import { isPartialDate, type PartialDate } from "../../graph-schema/index.js";

import { findDateMentions, type DateMention } from "./date-mentions.js";

export type Tense = "past" | "future";

interface Ymd {
  y: number;
  m?: number | undefined;
  d?: number | undefined;
}

const pad = (n: number) => String(n).padStart(2, "0");

export function formatDate(p: Ymd): PartialDate {
  if (p.m === undefined) return String(p.y);
  if (p.d === undefined) return `${p.y}-${pad(p.m)}`;
  return `${p.y}-${pad(p.m)}-${pad(p.d)}`;
}

export function parsePartial(date: PartialDate): Ymd {
  const [y, m, d] = date.split("-").map(Number);
  return { y: y as number, m, d };
}

/** Compares at the precision both dates have (a month is not "before" a day inside it). */
function compare(a: Ymd, b: Ymd): number {
  if (a.y !== b.y) return a.y - b.y;
  if (a.m === undefined || b.m === undefined) return 0;
  if (a.m !== b.m) return a.m - b.m;
  if (a.d === undefined || b.d === undefined) return 0;
  return a.d - b.d;
}

const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const toYmd = (t: Date): Ymd => ({ y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() });
function addDays(p: Ymd, days: number): Ymd {
  const t = utc(p.y, p.m ?? 1, p.d ?? 1);
  t.setUTCDate(t.getUTCDate() + days);
  return toYmd(t);
}
function dayExists(y: number, m: number, d: number): boolean {
  return utc(y, m, d).getUTCDate() === d;
}

/**
 * A mention -> partial date, given the reference date (publication date) and whether the statement
 * is about the past or the future (a month later than the reference month is last year's in a past
 * statement, next year's in a plan). Null when the mention needs a reference that is missing.
 */
export function resolveDateMention(m: DateMention, ref: PartialDate | null, tense: Tense): PartialDate | null {
  const r = ref ? parsePartial(ref) : null;
  const future = tense === "future" && !m.past;
  if (m.relative) return r ? resolveRelative(m.relative, r) : null;
  if (m.year !== undefined) return formatDate({ y: m.year, m: m.month, d: m.month === undefined ? undefined : m.day });
  if (m.month !== undefined) {
    if (!r) return null;
    // a year-less date is the publication year's, or the year before for a past event after the
    // publication date; never a later year ("8 dan 13 Oktober" in a plan is not next October)
    const candidate: Ymd = { y: r.y, m: m.month, d: m.day };
    const c = compare(candidate, r);
    if (!future && c > 0) candidate.y -= 1;
    return formatDate(candidate);
  }
  if (m.weekday !== undefined) {
    if (!r || r.m === undefined || r.d === undefined) return r ? formatDate({ y: r.y, m: r.m }) : null;
    const refDay = utc(r.y, r.m, r.d).getUTCDay();
    const back = (refDay - m.weekday + 7) % 7;
    return formatDate(future ? addDays(r, back === 0 ? 7 : 7 - back) : addDays(r, -back));
  }
  return null;
}

function resolveRelative(rel: NonNullable<DateMention["relative"]>, r: Ymd): PartialDate | null {
  const month = r.m;
  switch (rel) {
    case "this-year":
      return String(r.y);
    case "last-year":
      return String(r.y - 1);
    case "next-year":
      return String(r.y + 1);
    case "this-month":
    case "this-week":
      return month === undefined ? String(r.y) : formatDate({ y: r.y, m: month });
    case "last-month":
    case "next-month": {
      if (month === undefined) return null;
      const shifted = (r.y * 12 + month - 1 + (rel === "last-month" ? -1 : 1)) | 0;
      return formatDate({ y: Math.floor(shifted / 12), m: (shifted % 12) + 1 });
    }
    case "last-week":
    case "next-week": {
      if (month === undefined) return null;
      if (r.d === undefined) return formatDate({ y: r.y, m: month });
      const p = addDays(r, rel === "last-week" ? -7 : 7);
      return formatDate({ y: p.y, m: p.m });
    }
    case "today":
    case "yesterday":
      if (r.d === undefined) return month === undefined ? String(r.y) : formatDate({ y: r.y, m: month });
      return formatDate(rel === "today" ? r : addDays(r, -1));
    default: {
      const never: never = rel;
      return never;
    }
  }
}

/** A declared date ("2024-04-27", "27 April 2024", "April 27, 2024T…") -> partial date, or null. */
export function parseDeclaredDate(value: string): PartialDate | null {
  const iso = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(value.trim());
  if (iso?.[0] && isPartialDate(iso[0])) return iso[0];
  const first = findDateMentions(value).find((m) => m.year !== undefined);
  return first ? resolveDateMention(first, null, "past") : null;
}

export interface InferredDate {
  date: PartialDate | null;
  /** How sure: "dateline" (a publication line), or "latest-mention" (derived from dates in the text). */
  basis: "dateline" | "latest-mention" | "none";
}

/** Characters from the start of the text where publication lines and datelines are looked for. */
const HEAD_CHARS = 700;

/**
 * The publication date from the text: a publication line near the top ("27 April 2024 16:40",
 * "Kamis (1/2/2024)", "Sabtu (14/9)" with the year inferred); else the latest date the article
 * mentions, to month precision (an article postdates what it reports).
 */
export function inferPublicationDate(text: string, mentions: readonly DateMention[] = findDateMentions(text)): InferredDate {
  const head = mentions.filter((m) => m.start < HEAD_CHARS && !m.past);
  const dateline = head.find(
    (m) =>
      m.year !== undefined &&
      m.month !== undefined &&
      m.day !== undefined &&
      (m.hasTime || m.weekdayForm || isOwnLine(text, m) || /^\s*(\([^()\n]{1,40}\)\s*)?[-–—|]\s/.test(text.slice(m.end, m.end + 48))),
  );
  if (dateline) return { date: formatDate({ y: dateline.year as number, m: dateline.month, d: dateline.day }), basis: "dateline" };
  // the Indonesian "Jumat (18/10/2024)" convention anywhere in the body dates the report
  const bodyDateline = mentions.find((m) => m.weekdayForm && m.year !== undefined && m.month !== undefined && m.day !== undefined);
  if (bodyDateline) return { date: formatDate({ y: bodyDateline.year as number, m: bodyDateline.month, d: bodyDateline.day }), basis: "dateline" };

  const anchor = latestExplicit(mentions);
  const yearless = head.find((m) => m.weekdayForm && m.year === undefined && m.month !== undefined && m.day !== undefined);
  if (yearless && anchor) {
    const y = inferYear(yearless, anchor);
    if (y !== null) return { date: formatDate({ y, m: yearless.month, d: yearless.day }), basis: "dateline" };
  }

  if (!anchor) return { date: null, basis: "none" };
  let latest: Ymd = anchor;
  for (const m of mentions) {
    if (m.month === undefined || m.relative) continue;
    const y = m.year ?? inferYear(m, anchor);
    if (y === null) continue;
    const p: Ymd = { y, m: m.month, d: m.day };
    if (compare(p, latest) > 0 || (compare(p, latest) === 0 && (p.d !== undefined || p.m !== undefined) && latest.m === undefined)) latest = p;
  }
  if (latest.m === undefined) return { date: null, basis: "none" };
  return { date: formatDate({ y: latest.y, m: latest.m }), basis: "latest-mention" };
}

function isOwnLine(text: string, m: DateMention): boolean {
  const lineStart = text.lastIndexOf("\n", m.start - 1) + 1;
  const lineEnd = text.indexOf("\n", m.end);
  const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd).trim();
  return line.length <= text.slice(m.start, m.end).length + 30;
}

/** The latest date written with its year, as the anchor for dates written without one. */
function latestExplicit(mentions: readonly DateMention[]): Ymd | null {
  let best: Ymd | null = null;
  for (const m of mentions) {
    if (m.year === undefined) continue;
    const p: Ymd = { y: m.year, m: m.month, d: m.month === undefined ? undefined : m.day };
    if (!best || compare(p, best) > 0 || (compare(p, best) === 0 && (p.m ?? 0) > (best.m ?? 0))) best = p;
  }
  return best;
}

/**
 * The year of a date written without one: the first year from the anchor's on where it does not
 * precede the anchor and, when a weekday is given, falls on that weekday (this year or the next; a typo'd weekday is ignored).
 */
function inferYear(m: DateMention, anchor: Ymd): number | null {
  if (m.month === undefined) return null;
  const fits = (y: number) =>
    compare({ y, m: m.month, d: m.day }, anchor) >= 0 &&
    (m.day === undefined || dayExists(y, m.month as number, m.day));
  if (m.weekday !== undefined && m.day !== undefined) {
    for (let y = anchor.y; y <= anchor.y + 1; y++) {
      if (fits(y) && utc(y, m.month, m.day).getUTCDay() === m.weekday) return y;
    }
  }
  for (let y = anchor.y; y <= anchor.y + 1; y++) if (fits(y)) return y;
  return null;
}
