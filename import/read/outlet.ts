/**
 * The outlet (publisher) of an article when no metadata names it: the host of a source URL, else a
 * site name written the way news sites sign their text — a dateline "CITY, Outlet.com - …", a line
 * start "Outlet.co - …", a credit "Copyright © 2025 by Outlet.co" — any name shaped like a domain.
 */

const TLDS = "co.id|or.id|go.id|ac.id|com|co|id|net|org|tv|news|info|uk|de|fr|ru|kr|jp|cn|au|ca|in|us|io|me|my|sg|eu|ir|kp";
// Sites write their name in any case ("KOMPAS.TV"); the TLD list keeps ordinary abbreviations ("U.S.") out.
const TLD = `(?:${TLDS}|${TLDS.toUpperCase()})`;
const DOMAIN_NAME = String.raw`[A-Za-z][A-Za-z0-9-]*(?:\.[A-Za-z0-9-]+)*?\.${TLD}(?![A-Za-z0-9])`;
const DATELINE = new RegExp(String.raw`(?:^|\n|[A-Z][A-Za-z.\s]{1,40},\s*)(${DOMAIN_NAME})\s*[-–—|:]\s`, "u");
const CREDIT = new RegExp(String.raw`(?:©|copyright|hak cipta)[^\n]{0,40}?\b(?:by|oleh)?\s*(${DOMAIN_NAME})\b`, "iu");
const ANYWHERE = new RegExp(String.raw`(?:^|[\s(,])(${DOMAIN_NAME})(?=[\s,.)]|$)`, "u");

/** "https://www.gatra.com/news/…" -> "gatra.com". */
export function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./, "") || null;
  } catch {
    return null;
  }
}

export function detectOutlet(rawText: string, url: string | null): string | null {
  const fromUrl = url ? hostOf(url) : null;
  if (fromUrl) return fromUrl;
  const head = rawText.slice(0, 1500);
  const dateline = DATELINE.exec(head);
  if (dateline?.[1]) return dateline[1];
  const credit = CREDIT.exec(rawText);
  if (credit?.[1]) return credit[1];
  const anywhere = ANYWHERE.exec(head);
  return anywhere?.[1] ?? null;
}
