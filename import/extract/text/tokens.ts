/**
 * Tokenizer shared by the article text and the lexicon phrases, so both split alike. Hyphens inside a
 * word are dropped and flagged on the next token: "Son-hui", "negara-negara", "Korea Utara-Rusia" then
 * match "Son Hui", "negara negara", "Korea Utara" + "Rusia". English possessive "'s" is its own token.
 */

export type TokenKind = "word" | "num" | "punct";

export interface Token {
  text: string;
  /** Lower case, diacritics stripped, curly apostrophe straightened. */
  norm: string;
  /** norm without the Indonesian possessive "-nya" ("serangannya" -> "serangan"). */
  stem: string;
  start: number;
  end: number;
  kind: TokenKind;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** Two or more letters, all upper case ("AS", "KCNA"). */
  upper: boolean;
  /** Joined to the previous word by a hyphen ("hui" in "Son-hui"). */
  hyphenPrev: boolean;
  /** Whitespace between the previous token and this one contains a line break. */
  newlineBefore: boolean;
}

const TOKEN = /[\p{L}\p{N}]+(?:['’](?![sS]\b)\p{L}+)*|['’][sS]\b|[^\s\p{L}\p{N}]/gu;
const HYPHENS = new Set(["-", "‐", "‑"]);
const isLetter = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

const ASCII = /^[\x00-\x7f]*$/;

export function normalize(s: string): string {
  if (ASCII.test(s)) return s.toLowerCase(); // the common case, without Unicode decomposition
  return s.normalize("NFKD").replace(/\p{M}+/gu, "").replace(/’/g, "'").toLowerCase();
}

const LETTER = /\p{L}/u;
const DIGIT = /\p{N}/u;

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let hyphen = false;
  let prevEnd = 0;
  let nextNewline = text.indexOf("\n");
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const raw = m[0];
    const start = m.index;
    const end = start + raw.length;
    if (raw.length === 1 && HYPHENS.has(raw) && start === prevEnd && out.length > 0 && isLetter(text[end])) {
      hyphen = true;
      prevEnd = end;
      continue;
    }
    const first = raw[0] as string;
    const lower = first.toLowerCase();
    const isWord = first !== first.toUpperCase() || first !== lower || LETTER.test(first) || first === "'" || first === "’";
    const kind: TokenKind = isWord ? "word" : DIGIT.test(first) ? "num" : "punct";
    const norm = normalize(raw);
    while (nextNewline >= 0 && nextNewline < prevEnd) nextNewline = text.indexOf("\n", nextNewline + 1);
    out.push({
      text: raw,
      norm,
      stem: norm.length > 6 && norm.endsWith("nya") ? norm.slice(0, -3) : norm,
      start,
      end,
      kind,
      cap: kind === "word" && first !== lower,
      upper: kind === "word" && raw.length >= 2 && raw !== norm && raw === raw.toUpperCase() && /\p{L}.*\p{L}/u.test(raw),
      hyphenPrev: hyphen,
      newlineBefore: nextNewline >= 0 && nextNewline < start,
    });
    hyphen = false;
    prevEnd = end;
  }
  return out;
}
