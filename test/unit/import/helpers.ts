/**
 * Shared helpers of the import tests: repository paths and an in-memory article builder.
 */
import { dirname, join, resolve } from "node:path";
import { Writable } from "node:stream";
import { fileURLToPath } from "node:url";

import type { Article, ExtractedArticle, ExtractedRelation, Language, PartialDate } from "../../../graph-schema/index.js";
import { parseArticle } from "../../../import/index.js";

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..", "..");
export const FIXTURES = join(REPO_ROOT, "test", "fixtures");
export const ARTICLE_FIXTURES = join(FIXTURES, "articles");

/** An Article from plain text, the way the .txt reader builds it, with language and date fixed. */
export function articleOf(text: string, language: Language, date: PartialDate | null = "2024-06-15"): Article {
  const parsed = parseArticle({ file: "inline.txt", content: text });
  if (!parsed.ok) throw new Error(parsed.error.message);
  return { ...parsed.value, language, date, dateSource: date ? "metadata" : "none" };
}

/** "TYPE source -> target status", the compact form the tables below use. */
export function describe4(r: ExtractedRelation): string {
  return `${r.type} ${r.source} -> ${r.target} ${r.status}`;
}

export const relationsOf = (a: ExtractedArticle) => a.relations.map(describe4);

/** A writable stream that keeps what the CLI prints, for the extract command tests. */
export function sink(): { stream: Writable; text: () => string } {
  let out = "";
  return {
    stream: new Writable({
      write(chunk, _enc, done) {
        out += String(chunk);
        done();
      },
    }),
    text: () => out,
  };
}
