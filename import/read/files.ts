/**
 * Article files on disk: expand paths (folders recursively) into a sorted, deterministic file list,
 * and read one file into an Article without reading files above the size limit.
 */
import { readFileSync, statSync } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import { extname, join, resolve } from "node:path";

import { err, type Article, type Result } from "../../graph-schema/index.js";

import { ARTICLE_EXTENSIONS, parseArticleWithWarnings, type ParsedArticle } from "./article.js";
import { maxArticleBytes, tooLarge } from "./decode.js";
import { readError, type ArticleReadError } from "./errors.js";

const isArticleFile = (p: string) => (ARTICLE_EXTENSIONS as readonly string[]).includes(extname(p).toLowerCase());

function ioError(file: string, e: unknown): ArticleReadError {
  const code = (e as NodeJS.ErrnoException | null)?.code;
  const reason =
    code === "ENOENT" ? "no such file or folder" : code === "EACCES" ? "permission denied" : e instanceof Error ? e.message : String(e);
  return readError("io", file, reason);
}

/**
 * Files named directly are kept whatever their extension (so an unsupported one is reported when
 * read); inside folders only .txt, .md and .json count, hidden entries are skipped.
 */
export async function listArticleFiles(paths: string[]): Promise<{ files: string[]; errors: ArticleReadError[] }> {
  const files = new Set<string>();
  const errors: ArticleReadError[] = [];
  for (const p of paths) {
    try {
      const s = await stat(p);
      if (s.isDirectory()) await walk(p, files, errors);
      else files.add(p);
    } catch (e) {
      errors.push(ioError(p, e));
    }
  }
  return { files: [...files].sort(), errors };
}

async function walk(dir: string, out: Set<string>, errors: ArticleReadError[]): Promise<void> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (e) {
    errors.push(ioError(dir, e));
    return;
  }
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (entry.name.startsWith(".")) continue;
    const full = join(dir, entry.name);
    if (entry.isDirectory()) await walk(full, out, errors);
    else if (entry.isFile() && isArticleFile(full)) out.add(full);
  }
}

export interface ReadArticleOptions {
  maxBytes?: number;
}

export async function readArticleFileWithWarnings(
  path: string,
  options: ReadArticleOptions = {},
): Promise<Result<ParsedArticle, ArticleReadError>> {
  const limit = maxArticleBytes(options.maxBytes);
  try {
    // Synchronous on purpose: articles are small, and the promise API's open/stat/read/close round
    // trips through the thread pool cost as much CPU as extracting the article.
    const s = statSync(path);
    if (s.isDirectory()) return err(readError("io", path, "is a folder, not a file"));
    if (s.size > limit) return err(tooLarge(path, s.size, limit));
    const content = readFileSync(resolve(path));
    return parseArticleWithWarnings({ file: path, content, maxBytes: limit });
  } catch (e) {
    return err(ioError(path, e));
  }
}

export async function readArticleFile(path: string, options: ReadArticleOptions = {}): Promise<Result<Article, ArticleReadError>> {
  const r = await readArticleFileWithWarnings(path, options);
  return r.ok ? { ok: true, value: r.value.article } : r;
}
