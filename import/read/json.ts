/**
 * JSON articles: `{title, text, date?, url?, outlet?, language?}` (articleJsonInputSchema).
 */
import { articleJsonInputSchema, err, ok, type Result } from "../../graph-schema/index.js";

import { draftFromLines, type ArticleDraft } from "./draft.js";
import { readError, type ArticleReadError } from "./errors.js";

export function draftFromJson(file: string, source: string): Result<ArticleDraft, ArticleReadError> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(source);
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    return err(readError("malformed-json", file, `malformed JSON: ${reason}`));
  }
  const input = articleJsonInputSchema.safeParse(parsed);
  if (!input.success) {
    const issues = input.error.issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`).join("; ");
    return err(
      readError("invalid-article", file, `not an article ({title, text, date?, url?, outlet?, language?}): ${issues}`),
    );
  }
  const a = input.data;
  const lines = a.text.replace(/\r\n?/g, "\n").normalize("NFC").split("\n");
  return ok(
    draftFromLines(
      lines,
      { title: a.title, url: a.url ?? null, outlet: a.outlet ?? null, date: a.date ?? null, language: a.language ?? null },
      a.text,
    ),
  );
}
