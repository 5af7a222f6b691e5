/**
 * Errors of reading an article file or upload. Every bad input ends as one of these, never as a throw,
 * so a corpus import can report the file and go on with the next one.
 */
export type ArticleReadErrorKind =
  | "empty"
  | "binary"
  | "encoding"
  | "too-large"
  | "malformed-json"
  | "invalid-article"
  | "unsupported-type"
  | "io";

export type ArticleReadError = { kind: ArticleReadErrorKind; file: string; message: string };

export function readError(kind: ArticleReadErrorKind, file: string, message: string): ArticleReadError {
  return { kind, file, message };
}
