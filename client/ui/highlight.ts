/**
 * Splitting text into plain and marked segments, for evidence sentences (trigger words) and article
 * bodies (evidence offsets). Pure: the DOM side turns segments into text nodes and <mark> elements.
 */
export interface Segment {
  text: string;
  mark: boolean;
  /** The range the segment belongs to, when marked. */
  id?: string;
}

export interface TextRange {
  start: number;
  end: number;
  id?: string;
}

/** Marks ranges of `text`; overlapping or out-of-bounds ranges are clipped, never duplicated. */
export function markRanges(text: string, ranges: readonly TextRange[]): Segment[] {
  const sorted = ranges
    .map((r) => ({ ...r, start: Math.max(0, Math.min(text.length, r.start)), end: Math.max(0, Math.min(text.length, r.end)) }))
    .filter((r) => r.end > r.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const segments: Segment[] = [];
  let cursor = 0;
  for (const range of sorted) {
    const start = Math.max(range.start, cursor);
    if (start >= range.end) continue;
    if (start > cursor) segments.push({ text: text.slice(cursor, start), mark: false });
    segments.push({ text: text.slice(start, range.end), mark: true, ...(range.id !== undefined ? { id: range.id } : {}) });
    cursor = range.end;
  }
  if (cursor < text.length) segments.push({ text: text.slice(cursor), mark: false });
  return segments;
}

const escapeRegExp = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Marks every case-insensitive occurrence of the terms (longest first, so "menuduh" wins over "tuduh"). */
export function markTerms(text: string, terms: readonly string[]): Segment[] {
  const cleaned = [...new Set(terms.map((t) => t.trim()).filter((t) => t.length > 0))].sort((a, b) => b.length - a.length);
  if (cleaned.length === 0) return text ? [{ text, mark: false }] : [];
  const pattern = new RegExp(cleaned.map(escapeRegExp).join("|"), "giu");
  const ranges: TextRange[] = [];
  for (const match of text.matchAll(pattern)) {
    if (match.index !== undefined && match[0].length > 0) ranges.push({ start: match.index, end: match.index + match[0].length });
  }
  return markRanges(text, ranges);
}
