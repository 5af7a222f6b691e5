/**
 * What a format reader (txt, md, json) hands to the article builder: the headline, the cleaned text
 * (headline first, so relations stated in the headline get evidence offsets) and whatever metadata the
 * file itself declares. Dates, language and outlet not declared are derived later from the text.
 */
import type { Language } from "../../graph-schema/index.js";

import { isBoilerplateLine } from "./boilerplate.js";

export interface ArticleDraft {
  title: string;
  /** Headline line, blank line, then the body: what offsets of evidence refer to. */
  text: string;
  url: string | null;
  outlet: string | null;
  /** Declared publication date, as written (parsed by the builder). */
  date: string | null;
  language: Language | null;
  /** The text before chrome removal, for outlet detection (copyright lines, datelines). */
  rawText: string;
}

const SOURCE_LINE = /^(?:source|sumber|url|link)\s*:\s*(https?:\/\/\S+)\s*$/i;
const MIN_HEADLINE_WORDS = 3;

/** Finds and removes a "Source: <url>" line. */
export function takeSourceUrl(lines: string[]): { url: string | null; lines: string[] } {
  let url: string | null = null;
  const rest: string[] = [];
  for (const line of lines) {
    const m: RegExpExecArray | null = url === null ? SOURCE_LINE.exec(line.trim()) : null;
    if (m?.[1]) url = m[1];
    else rest.push(line);
  }
  return { url, lines: rest };
}

/**
 * Drops chrome above the headline: lines too short to be one ("Sukses", "Home") and breadcrumbs, i.e.
 * a line that ends with the next line's text after some navigation words ("Home Internasional <headline>").
 */
function dropLeadingChrome(lines: string[]): string[] {
  const out = [...lines];
  for (;;) {
    const i = out.findIndex((l) => l.trim() !== "");
    if (i < 0) return out;
    const first = (out[i] as string).trim();
    const nextIdx = out.findIndex((l, j) => j > i && l.trim() !== "");
    const next = nextIdx >= 0 ? (out[nextIdx] as string).trim() : "";
    const words = first.split(/\s+/).length;
    const breadcrumb = next !== "" && first !== next && first.endsWith(next);
    if (nextIdx >= 0 && (words < MIN_HEADLINE_WORDS || breadcrumb)) out.splice(0, i + 1);
    else return out;
  }
}

/** Headline + body from plain lines: chrome and boilerplate dropped, blank-line runs collapsed. */
export function draftFromLines(
  lines: string[],
  meta: Partial<Omit<ArticleDraft, "title" | "text" | "rawText">> & { title?: string | null },
  rawText: string,
): ArticleDraft {
  let title = meta.title?.trim() ?? "";
  const content = lines.filter((l) => !isBoilerplateLine(l));
  // A declared title tells where the article starts; otherwise chrome above the headline must go.
  const kept = (title ? content : dropLeadingChrome(content)).map((l) => l.replace(/[ \t]+$/, ""));
  let body = kept;
  if (!title) {
    const i = kept.findIndex((l) => l.trim() !== "");
    title = i >= 0 ? (kept[i] as string).trim() : "";
    body = kept.slice(i + 1);
  } else if ((kept.find((l) => l.trim() !== "") ?? "").trim() === title) {
    body = kept.slice(kept.findIndex((l) => l.trim() !== "") + 1);
  }
  const bodyText = body
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
  return {
    title,
    text: bodyText ? `${title}\n\n${bodyText}` : title,
    url: meta.url ?? null,
    outlet: meta.outlet ?? null,
    date: meta.date ?? null,
    language: meta.language ?? null,
    rawText,
  };
}
