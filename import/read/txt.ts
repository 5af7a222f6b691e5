/**
 * Plain-text articles: first non-empty line (after site chrome) is the headline; an optional
 * "Source: <url>" line gives the URL.
 */
import { draftFromLines, takeSourceUrl, type ArticleDraft } from "./draft.js";

export function draftFromText(text: string): ArticleDraft {
  const { url, lines } = takeSourceUrl(text.split("\n"));
  return draftFromLines(lines, { url }, text);
}
