/**
 * Where the editor marks a syntax error: the server gives an offset into the query; the marker covers
 * the word that starts there (at least one character). Pure (unit-tested).
 */

/** The token starting at (or containing) `offset`, at least one character. */
export function errorRange(text: string, offset: number): { from: number; to: number } | null {
  if (text.length === 0) return null;
  let from = Math.max(0, Math.min(offset, text.length - 1));
  // An error at the very end (or on whitespace) points at the last visible character before it.
  while (from > 0 && /\s/.test(text[from] ?? "")) from -= 1;
  let to = from + 1;
  if (/\w/.test(text[from] ?? "")) while (to < text.length && /\w/.test(text[to] ?? "")) to += 1;
  return { from, to };
}
