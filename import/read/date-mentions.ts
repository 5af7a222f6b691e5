/**
 * Finds date expressions in Indonesian and English news text: "27 April 2024 16:40", "21 Januari 2024,
 * 14:32 WIB", "Kamis (1/2/2024)", "Sabtu (14/9)", "13 April lalu", "April 27, 2024", "Monday (Feb. 1)",
 * "pada bulan Juni", "tahun lalu", "last week". Regexes are compiled once at module load.
 */

export type RelativeDate =
  | "today"
  | "yesterday"
  | "this-week"
  | "last-week"
  | "next-week"
  | "this-month"
  | "last-month"
  | "next-month"
  | "this-year"
  | "last-year"
  | "next-year";

export interface DateMention {
  start: number;
  end: number;
  year?: number;
  month?: number;
  day?: number;
  /** 0 = Sunday. */
  weekday?: number;
  relative?: RelativeDate;
  /** Followed by "lalu", "silam", "ago": refers to the past. */
  past: boolean;
  /** Carries a clock time ("16:40", "14:32 WIB"): typical of a publication line. */
  hasTime: boolean;
  /** Written as "Weekday (d/m[/y])": the Indonesian publication-date convention. */
  weekdayForm: boolean;
}

const MONTHS: Record<string, number> = {};
const MONTH_NAMES: [number, string[]][] = [
  [1, ["januari", "january", "jan"]],
  [2, ["februari", "pebruari", "february", "feb"]],
  [3, ["maret", "march", "mar"]],
  [4, ["april", "apr"]],
  [5, ["mei", "may"]],
  [6, ["juni", "june", "jun"]],
  [7, ["juli", "july", "jul"]],
  [8, ["agustus", "august", "aug", "agu", "agt"]],
  [9, ["september", "sept", "sep"]],
  [10, ["oktober", "october", "okt", "oct"]],
  [11, ["november", "nopember", "nov"]],
  [12, ["desember", "december", "des", "dec"]],
];
for (const [n, names] of MONTH_NAMES) for (const name of names) MONTHS[name] = n;

const WEEKDAYS: Record<string, number> = {};
const WEEKDAY_NAMES: [number, string[]][] = [
  [0, ["minggu", "ahad", "sunday"]],
  [1, ["senin", "monday"]],
  [2, ["selasa", "tuesday"]],
  [3, ["rabu", "wednesday"]],
  [4, ["kamis", "thursday"]],
  [5, ["jumat", "jum'at", "friday"]],
  [6, ["sabtu", "saturday"]],
];
for (const [n, names] of WEEKDAY_NAMES) for (const name of names) WEEKDAYS[name] = n;

const byLength = (a: string, b: string) => b.length - a.length;
const M = `(${Object.keys(MONTHS).sort(byLength).join("|")})\\.?`;
const W = `(${Object.keys(WEEKDAYS).sort(byLength).join("|")})`;
const TIME = String.raw`(?:,?\s*(?:pukul\s*)?\d{1,2}[:.]\d{2}(?:\s*(?:WIB|WITA|WIT|GMT|UTC|[AaPp]\.?[Mm]\.?))?)`;

type Builder = (m: RegExpExecArray) => Omit<DateMention, "start" | "end" | "past" | "hasTime" | "weekdayForm"> | null;

interface Pattern {
  re: RegExp;
  build: Builder;
  /** The month or weekday word must be capitalised (bare "may", "mar", "minggu" are ordinary words). */
  capitalised?: number;
  weekdayForm?: boolean;
}

const num = (s: string | undefined) => (s === undefined ? undefined : Number(s));
const month = (s: string | undefined) => (s === undefined ? undefined : MONTHS[s.toLowerCase().replace(/\.$/, "")]);
const weekday = (s: string | undefined) => (s === undefined ? undefined : WEEKDAYS[s.toLowerCase()]);
const fullYear = (s: string | undefined) => {
  const y = num(s);
  return y === undefined ? undefined : y < 100 ? 2000 + y : y;
};

/** Relative expressions, one alternative per kind, tried as a single regex (one pass over the text). */
const RELATIVE_KINDS: [string, RelativeDate][] = [
  [String.raw`akhir\s+(?:pekan|minggu)\s+lalu|last\s+weekend`, "last-week"],
  [String.raw`(?:pekan|minggu)\s+lalu|last\s+week`, "last-week"],
  [String.raw`(?:pekan|minggu)\s+ini|(?:earlier\s+)?this\s+week`, "this-week"],
  [String.raw`(?:pekan|minggu)\s+depan|next\s+week`, "next-week"],
  [String.raw`bulan\s+lalu|last\s+month`, "last-month"],
  [String.raw`(?:awal\s+|akhir\s+)?bulan\s+ini|(?:earlier\s+|later\s+)?this\s+month`, "this-month"],
  [String.raw`bulan\s+depan|next\s+month`, "next-month"],
  [String.raw`tahun\s+lalu|last\s+year`, "last-year"],
  [String.raw`(?:awal\s+|akhir\s+)?tahun\s+ini|(?:earlier\s+|later\s+)?this\s+year`, "this-year"],
  [String.raw`tahun\s+depan|next\s+year`, "next-year"],
  [String.raw`kemarin|yesterday`, "yesterday"],
  [String.raw`hari\s+ini|today`, "today"],
];
const RELATIVE = new RegExp(String.raw`\b(?:${RELATIVE_KINDS.map(([re]) => `(${re})`).join("|")})\b`, "gi");

/** "18/10/2024": day first (Indonesian and most outlets); month first only when the day cannot be a month ("10/18/2024"). */
function numericDate(a: string | undefined, b: string | undefined, y: string | undefined) {
  const first = num(a) as number;
  const second = num(b) as number;
  const monthFirst = second > 12 && first <= 12;
  return { day: monthFirst ? second : first, month: monthFirst ? first : second, year: fullYear(y) };
}

const PATTERNS: Pattern[] = [
  { re: new RegExp(String.raw`\b(\d{4})-(\d{2})-(\d{2})\b`, "g"), build: (m) => ({ year: num(m[1]), month: num(m[2]), day: num(m[3]) }) },
  // "2024/11/05 10:15" (Yonhap)
  { re: new RegExp(String.raw`\b(\d{4})\/(\d{1,2})\/(\d{1,2})\b${TIME}?`, "g"), build: (m) => ({ year: num(m[1]), month: num(m[2]), day: num(m[3]) }) },
  // "Rabu, 11/09/2024 10:15 WIB", "18/10/2024, 14:20 WIB", "Issued on: 17/01/2025 - 16:40"
  {
    re: new RegExp(String.raw`\b(?:${W}\s*,\s*)?(\d{1,2})\/(\d{1,2})\/(\d{4})\b${TIME}?`, "gi"),
    build: (m) => ({ ...numericDate(m[2], m[3], m[4]), ...(m[1] ? { weekday: weekday(m[1]) } : {}) }),
  },
  {
    re: new RegExp(String.raw`\b${W}\s*,?\s*\(\s*(\d{1,2})\s*\/\s*(\d{1,2})(?:\s*\/\s*(\d{2,4}))?\s*\)`, "gi"),
    build: (m) => ({ weekday: weekday(m[1]), day: num(m[2]), month: num(m[3]), year: fullYear(m[4]) }),
    weekdayForm: true,
    capitalised: 1,
  },
  {
    re: new RegExp(String.raw`\b${W}\s*,?\s*\(\s*${M}\s+(\d{1,2})\s*\)`, "gi"),
    build: (m) => ({ weekday: weekday(m[1]), month: month(m[2]), day: num(m[3]) }),
    weekdayForm: true,
    capitalised: 1,
  },
  {
    re: new RegExp(String.raw`\b(\d{1,2})\s+${M}\s+(\d{4})\b${TIME}?`, "gi"),
    build: (m) => ({ day: num(m[1]), month: month(m[2]), year: num(m[3]) }),
  },
  {
    re: new RegExp(String.raw`\b${M}\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b${TIME}?`, "gi"),
    build: (m) => ({ month: month(m[1]), day: num(m[2]), year: num(m[3]) }),
    capitalised: 1,
  },
  { re: new RegExp(String.raw`\b${M}\s+(\d{4})\b`, "gi"), build: (m) => ({ month: month(m[1]), year: num(m[2]) }), capitalised: 1 },
  { re: new RegExp(String.raw`\b(\d{1,2})\s+${M}(?![A-Za-z])`, "gi"), build: (m) => ({ day: num(m[1]), month: month(m[2]) }), capitalised: 2 },
  {
    re: new RegExp(String.raw`\b${M}\s+(\d{1,2})(?:st|nd|rd|th)?\b(?!\s*[,:]?\s*\d)`, "gi"),
    build: (m) => ({ month: month(m[1]), day: num(m[2]) }),
    capitalised: 1,
  },
  {
    re: new RegExp(
      String.raw`\b(?:pada|bulan|in|on|since|sejak|awal|akhir|pertengahan|early|late|mid|hingga|until|sampai|by)\s+(?:bulan\s+)?${M}(?![A-Za-z]|\s*,?\s*\d)`,
      "gi",
    ),
    build: (m) => ({ month: month(m[1]) }),
    capitalised: 1,
  },
  {
    re: new RegExp(String.raw`\b(?:tahun|pada|in|since|sejak|hingga|until|sampai|of|awal|akhir|early|late)\s+((?:19|20)\d{2})\b`, "gi"),
    build: (m) => ({ year: num(m[1]) }),
  },
  {
    re: new RegExp(String.raw`\b(?:pada\s+(?:hari\s+)?|hari\s+|on\s+|last\s+|next\s+|this\s+)${W}\b`, "gi"),
    build: (m) => ({ weekday: weekday(m[1]) }),
    capitalised: 1,
  },
];

const PAST_AFTER = /^\s*(?:yang\s+)?(?:lalu|silam|ago)\b/i;
const TIME_IN = /\d{1,2}[:.]\d{2}/;

function isCapitalised(s: string | undefined): boolean {
  return s !== undefined && s[0] !== undefined && s[0] !== s[0].toLowerCase();
}

let memo: { text: string; mentions: readonly DateMention[] } | null = null;

/**
 * Every date expression in `text`, in order, overlaps resolved in favour of the longer one. The last
 * result is remembered: reading an article and extracting it ask for the same text one after the other.
 */
export function findDateMentions(text: string): readonly DateMention[] {
  if (memo?.text === text) return memo.mentions;
  const mentions = scanDates(text);
  memo = { text, mentions };
  return mentions;
}

function scanDates(text: string): DateMention[] {
  const found: DateMention[] = [];
  for (const p of PATTERNS) {
    p.re.lastIndex = 0;
    for (let m = p.re.exec(text); m; m = p.re.exec(text)) {
      if (p.capitalised !== undefined && !isCapitalised(m[p.capitalised])) continue;
      const fields = p.build(m);
      if (!fields || !valid(fields)) continue;
      found.push(finish(text, m.index, m.index + m[0].length, fields, p.weekdayForm === true));
    }
  }
  RELATIVE.lastIndex = 0;
  for (let m = RELATIVE.exec(text); m; m = RELATIVE.exec(text)) {
    const kind = RELATIVE_KINDS[m.slice(1).findIndex((g) => g !== undefined)];
    if (kind) found.push(finish(text, m.index, m.index + m[0].length, { relative: kind[1] }, false));
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: DateMention[] = [];
  for (const d of found) {
    const last = out[out.length - 1];
    if (!last || d.start >= last.end) out.push(d);
    else if (detail(d) > detail(last)) out[out.length - 1] = d; // "pada Sabtu" vs "Sabtu (14/9)": keep the fuller
  }
  return out;
}

const detail = (d: DateMention) =>
  Number(d.year !== undefined) + Number(d.month !== undefined) + Number(d.day !== undefined) + Number(d.weekday !== undefined);

function finish(
  text: string,
  start: number,
  end: number,
  fields: Omit<DateMention, "start" | "end" | "past" | "hasTime" | "weekdayForm">,
  weekdayForm: boolean,
): DateMention {
  const after = PAST_AFTER.exec(text.slice(end, end + 16));
  const past = after !== null || fields.relative?.startsWith("last") === true || fields.relative === "yesterday";
  return {
    ...fields,
    start,
    end: after ? end + after[0].length : end,
    past,
    hasTime: TIME_IN.test(text.slice(start, end)) && fields.day !== undefined,
    weekdayForm,
  };
}

function valid(f: { year?: number | undefined; month?: number | undefined; day?: number | undefined }): boolean {
  if (f.month !== undefined && (f.month < 1 || f.month > 12)) return false;
  if (f.day !== undefined && (f.day < 1 || f.day > 31)) return false;
  if (f.year !== undefined && (f.year < 1900 || f.year > 2100)) return false;
  return true;
}
