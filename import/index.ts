/**
 * Public API of import/: read articles (txt, md, json) and extract their entities and relations.
 * See import/README.md.
 */
export { parseArticle, parseArticleWithWarnings, readArticleFile, readArticleFileWithWarnings, listArticleFiles, articleId, detectLanguage, DEFAULT_MAX_ARTICLE_BYTES } from "./read/index.js";
export type { ArticleReadError, ArticleReadErrorKind, ParseArticleInput, ParsedArticle, ReadArticleOptions } from "./read/index.js";
export { extractArticle, loadLexicon, loadLexiconFrom, LexiconError } from "./extract/index.js";
export type { Lexicon, LoadLexiconOptions } from "./extract/index.js";
export { extractPaths, extractFile } from "./extract/extract-paths.js";
export { extractPathsInParallel } from "./extract/extract-parallel.js";
export type { ParallelOptions } from "./extract/extract-parallel.js";
export type { ExtractionEvent, ExtractPathsOptions } from "./extract/extract-paths.js";
export { runExtractCommand } from "./cli-extract.js";
