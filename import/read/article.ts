/**
 * One article file or upload -> Article. Pure (no I/O), so the HTTP upload and the CLI share it.
 * Format by extension; then id, language, outlet and publication date are filled in, from the
 * file's own metadata where it has them, else from the text.
 */
import { createHash } from "node:crypto";
import { basename, extname } from "node:path";

import { err, ok, type Article, type DateSource, type Result } from "../../graph-schema/index.js";

import { findDateMentions } from "./date-mentions.js";
import { inferPublicationDate, parseDeclaredDate } from "./dates.js";
import { decodeArticle, maxArticleBytes } from "./decode.js";
import type { ArticleDraft } from "./draft.js";
import { readError, type ArticleReadError } from "./errors.js";
import { draftFromJson } from "./json.js";
import { detectLanguage } from "./language.js";
import { draftFromMarkdown } from "./markdown.js";
import { detectOutlet } from "./outlet.js";
import { draftFromText } from "./txt.js";

export const ARTICLE_EXTENSIONS = [".txt", ".md", ".json"] as const;

export interface ParseArticleInput {
  file: string;
  content: Uint8Array | string;
  /** Size limit in bytes (default: NEWSGRAPH_MAX_ARTICLE_BYTES or 5 MB). */
  maxBytes?: number;
}

/** An Article plus the notes the reader has for the user (e.g. a date it could not find). */
export interface ParsedArticle {
  article: Article;
  warnings: string[];
}

const sha256 = (s: string) => createHash("sha256").update(s, "utf8").digest("hex");

/** Stable id: from the URL when known, else the file's base name (so a moved file keeps its id). */
export function articleId(url: string | null, file: string): string {
  return "art-" + sha256(url ?? basename(file)).slice(0, 12);
}

export function parseArticle(input: ParseArticleInput): Result<Article, ArticleReadError> {
  const parsed = parseArticleWithWarnings(input);
  return parsed.ok ? ok(parsed.value.article) : parsed;
}

export function parseArticleWithWarnings(input: ParseArticleInput): Result<ParsedArticle, ArticleReadError> {
  const { file } = input;
  const ext = extname(file).toLowerCase();
  if (!(ARTICLE_EXTENSIONS as readonly string[]).includes(ext)) {
    return err(
      readError("unsupported-type", file, `unsupported file type "${ext || "(none)"}": use .txt, .md or .json`),
    );
  }
  const decoded = decodeArticle(file, input.content, maxArticleBytes(input.maxBytes));
  if (!decoded.ok) return decoded;

  let draft: ArticleDraft;
  if (ext === ".json") {
    const fromJson = draftFromJson(file, decoded.value);
    if (!fromJson.ok) return fromJson;
    draft = fromJson.value;
  } else {
    draft = ext === ".md" ? draftFromMarkdown(decoded.value) : draftFromText(decoded.value);
  }
  if (!draft.title || draft.text.trim() === "") return err(readError("empty", file, "no article text found"));
  return ok(buildArticle(file, draft));
}

function buildArticle(file: string, draft: ArticleDraft): ParsedArticle {
  const warnings: string[] = [];
  let date = draft.date ? parseDeclaredDate(draft.date) : null;
  let dateSource: DateSource = date ? "metadata" : "none";
  if (draft.date && !date) warnings.push(`declared date "${draft.date}" is not a date; derived from the text instead`);
  if (!date) {
    const inferred = inferPublicationDate(draft.text, findDateMentions(draft.text));
    date = inferred.date;
    dateSource = date ? "text" : "none";
    if (inferred.basis === "latest-mention") {
      warnings.push(`no publication date given; ${date} inferred from the latest date the text mentions`);
    }
  }
  if (!date) warnings.push("no publication date found: event dates relative to it stay unresolved");
  return {
    article: {
      id: articleId(draft.url, file),
      file,
      title: draft.title,
      text: draft.text,
      url: draft.url,
      outlet: draft.outlet ?? detectOutlet(draft.rawText, draft.url),
      language: draft.language ?? detectLanguage(draft.text),
      date,
      dateSource,
      contentHash: sha256(draft.text),
    },
    warnings,
  };
}
