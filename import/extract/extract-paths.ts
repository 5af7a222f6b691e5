/**
 * extractPaths: files and folders -> one extraction at a time (an async generator), so memory stays
 * flat however large the corpus: each article is read, extracted, yielded and dropped.
 */
import type { Article, ExtractedArticle } from "../../graph-schema/index.js";

import { listArticleFiles, readArticleFileWithWarnings, type ArticleReadError, type ReadArticleOptions } from "../read/index.js";
import { extractArticle } from "./extract-article.js";
import type { Lexicon } from "./lexicon/load.js";

export type ExtractionEvent =
  | { kind: "article"; article: Article; extraction: ExtractedArticle }
  | { kind: "error"; error: ArticleReadError };

export interface ExtractPathsOptions extends ReadArticleOptions {
  lexicon?: Lexicon;
}

export async function* extractPaths(paths: string[], options: ExtractPathsOptions = {}): AsyncGenerator<ExtractionEvent> {
  const { files, errors } = await listArticleFiles(paths);
  for (const error of errors) yield { kind: "error", error };
  for (const file of files) yield await extractFile(file, options);
}

/** Reads and extracts one article file (a bad file is an "error" event, never a throw). */
export async function extractFile(file: string, options: ExtractPathsOptions = {}): Promise<ExtractionEvent> {
  const read = await readArticleFileWithWarnings(file, options);
  if (!read.ok) return { kind: "error", error: read.error };
  const { article, warnings } = read.value;
  const extraction = extractArticle(article, options.lexicon);
  extraction.warnings = [...new Set([...warnings, ...extraction.warnings])];
  return { kind: "article", article, extraction };
}
