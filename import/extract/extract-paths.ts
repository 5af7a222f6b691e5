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
  for (const file of files) {
    const read = await readArticleFileWithWarnings(file, options);
    if (!read.ok) {
      yield { kind: "error", error: read.error };
      continue;
    }
    const { article, warnings } = read.value;
    const extraction = extractArticle(article, options.lexicon);
    extraction.warnings = [...new Set([...warnings, ...extraction.warnings])];
    yield { kind: "article", article, extraction };
  }
}
