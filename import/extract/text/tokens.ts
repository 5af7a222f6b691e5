/**
 * Tokenizer shared by the article text and the lexicon phrases, so both split alike. Hyphens inside a
 * word are dropped and flagged on the next token: "Son-hui", "negara-negara", "Korea Utara-Rusia" then
 * match "Son Hui", "negara negara", "Korea Utara" + "Rusia". English possessive "'s" is its own token.
 * A number keeps its digit-group separators ("13.000", "10,000", "3.5" are one token).
 *
 * Hand-written (one pass over the characters, ASCII fast paths) rather than a global regex: it is the
 * first step of every extraction and runs over every character of the text.
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

const ASCII = /^[\x00-\x7f]*$/;

export function normalize(s: string): string {
  if (ASCII.test(s)) return s.toLowerCase(); // the common case, without Unicode decomposition
  return s.normalize("NFKD").replace(/\p{M}+/gu, "").replace(/’/g, "'").toLowerCase();
}

const LETTER_RE = /\p{L}/u;
const ALNUM_RE = /[\p{L}\p{N}]/u;
const SPACE_RE = /\s/u;

/** Character classes of code units: 1 letter, 2 digit, 4 space (ASCII by table, the rest by regex). */
const ASCII_CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  if (/[A-Za-z]/.test(ch)) ASCII_CLASS[c] = 1;
  else if (/[0-9]/.test(ch)) ASCII_CLASS[c] = 2;
  else if (/\s/.test(ch)) ASCII_CLASS[c] = 4;
}
const LETTER = 1;
const DIGIT = 2;
const SPACE = 4;

/** Class of the character at `i` (a surrogate pair counts as one letter when it is one). */
function classAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return ASCII_CLASS[c] as number;
  if (c >= 0xd800 && c <= 0xdbff) {
    const cp = text.codePointAt(i) as number;
    return ALNUM_RE.test(String.fromCodePoint(cp)) ? (LETTER_RE.test(String.fromCodePoint(cp)) ? LETTER : DIGIT) : 0;
  }
  const ch = text[i] as string;
  if (LETTER_RE.test(ch)) return LETTER;
  if (ALNUM_RE.test(ch)) return DIGIT;
  return SPACE_RE.test(ch) ? SPACE : 0;
}

/** Length in code units of the character at `i`. */
const widthAt = (text: string, i: number) => {
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && i + 1 < text.length ? 2 : 1;
};

const isQuote = (c: number) => c === 39 /* ' */ || c === 0x2019; /* ’ */
const isHyphen = (c: number) => c === 45 /* - */ || c === 0x2010 || c === 0x2011;
/** A character `\b` in the original pattern saw as a word character (ASCII only, as JS regexes do). */
const isAsciiWordChar = (c: number) => c < 128 && (ASCII_CLASS[c] !== 0 && ASCII_CLASS[c] !== SPACE || c === 95);

/** End of the letter/digit run starting at `i`. */
function alnumRunEnd(text: string, i: number): number {
  let k = i;
  while (k < text.length) {
    const cls = classAt(text, k);
    if (cls !== LETTER && cls !== DIGIT) break;
    k += widthAt(text, k);
  }
  return k;
}

/** End of the letter run starting at `i`. */
function letterRunEnd(text: string, i: number): number {
  let k = i;
  while (k < text.length && classAt(text, k) === LETTER) k += widthAt(text, k);
  return k;
}

/** "'s"/"’s" standing alone as a possessive at `i` (not "'sa…"). */
function possessiveAt(text: string, i: number): boolean {
  const s = text.charCodeAt(i + 1);
  if (s !== 115 && s !== 83) return false;
  const after = text.charCodeAt(i + 2);
  return Number.isNaN(after) || !isAsciiWordChar(after);
}

function makeToken(text: string, raw: string, start: number, kind: TokenKind, hyphenPrev: boolean, newlineBefore: boolean): Token {
  const norm = normalize(raw);
  const first = raw[0] as string;
  const cap = kind === "word" && first !== first.toLowerCase();
  let upper = false;
  if (kind === "word" && raw.length >= 2 && raw !== norm && raw === raw.toUpperCase()) {
    let letters = 0;
    for (let k = 0; k < raw.length && letters < 2; k++) if (classAt(raw, k) === LETTER) letters++;
    upper = letters >= 2;
  }
  return {
    text: raw,
    norm,
    stem: norm.length > 6 && norm.endsWith("nya") ? norm.slice(0, -3) : norm,
    start,
    end: start + raw.length,
    kind,
    cap,
    upper,
    hyphenPrev,
    newlineBefore,
  };
}

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let hyphen = false;
  let newline = false;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const cls = c < 128 ? (ASCII_CLASS[c] as number) : classAt(text, i);
    if (cls === SPACE) {
      if (c === 10) newline = true;
      i++;
      continue;
    }
    if (cls === LETTER || cls === DIGIT) {
      let end = alnumRunEnd(text, i);
      let kind: TokenKind = cls === LETTER ? "word" : "num";
      if (kind === "num") {
        // digit groups: "13.000", "10,000", "3.5" (a separator between digits only)
        for (;;) {
          const sep = text.charCodeAt(end);
          if ((sep === 46 || sep === 44) && classAt(text, end + 1) === DIGIT) {
            const e2 = alnumRunEnd(text, end + 1);
            if (e2 === end + 1) break;
            end = e2;
          } else break;
        }
      }
      // apostrophes inside a word ("Jum'at", "O'Brien"), but not a possessive "'s"
      while (end < n && isQuote(text.charCodeAt(end)) && classAt(text, end + 1) === LETTER && !possessiveAt(text, end)) {
        end = letterRunEnd(text, end + 1);
      }
      out.push(makeToken(text, text.slice(i, end), i, kind, hyphen, newline));
      hyphen = false;
      newline = false;
      i = end;
      continue;
    }
    if (isQuote(c) && possessiveAt(text, i)) {
      // one spelling for the rules, whichever apostrophe the text uses ("’s" is as common as "'s")
      out.push(makeToken(text, "'s", i, "word", hyphen, newline));
      hyphen = false;
      newline = false;
      i += 2;
      continue;
    }
    const w = widthAt(text, i);
    // a hyphen joining two words is dropped and flagged on the next word
    if (isHyphen(c) && out.length > 0 && (out[out.length - 1] as Token).end === i && i + 1 < n) {
      const nextCls = classAt(text, i + 1);
      if (nextCls === LETTER || nextCls === DIGIT) {
        hyphen = true;
        i += 1;
        continue;
      }
    }
    out.push(makeToken(text, text.slice(i, i + w), i, "punct", hyphen, newline));
    hyphen = false;
    newline = false;
    i += w;
  }
  return out;
}
