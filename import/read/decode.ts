/**
 * Bytes -> text for article files: size limit, binary sniffing, strict UTF-8, BOM and line endings.
 * Runs before any format parsing so every format shares the same checks.
 */
import { err, ok, type Result } from "../../graph-schema/index.js";

import { readError, type ArticleReadError } from "./errors.js";

/** Default size limit of one article (bytes); override per call or with NEWSGRAPH_MAX_ARTICLE_BYTES. */
export const DEFAULT_MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

/** The limit in force: explicit option, else the environment (read at call time), else the default. */
export function maxArticleBytes(explicit?: number): number {
  if (explicit !== undefined && explicit > 0) return explicit;
  const fromEnv = Number(process.env["NEWSGRAPH_MAX_ARTICLE_BYTES"]);
  return Number.isFinite(fromEnv) && fromEnv > 0 ? fromEnv : DEFAULT_MAX_ARTICLE_BYTES;
}

const SNIFF_BYTES = 8192;
const utf8 = new TextDecoder("utf-8", { fatal: true });

export function tooLarge(file: string, size: number, limit: number): ArticleReadError {
  const mb = (n: number) => (n / (1024 * 1024)).toFixed(1);
  return readError(
    "too-large",
    file,
    `file is ${mb(size)} MB, above the ${mb(limit)} MB limit (raise NEWSGRAPH_MAX_ARTICLE_BYTES to accept it)`,
  );
}

/** Decodes article content to normalised text (NFC, "\n" line ends, no BOM). */
export function decodeArticle(
  file: string,
  content: Uint8Array | string,
  limit: number = maxArticleBytes(),
): Result<string, ArticleReadError> {
  const size = typeof content === "string" ? Buffer.byteLength(content, "utf8") : content.byteLength;
  if (size > limit) return err(tooLarge(file, size, limit));

  let text: string;
  if (typeof content === "string") {
    text = content;
  } else {
    if (hasUtf16Bom(content)) {
      return err(readError("encoding", file, "UTF-16 text is not supported: re-save the file as UTF-8"));
    }
    if (looksBinary(content)) return err(readError("binary", file, "binary content, not a text article"));
    try {
      text = utf8.decode(content);
    } catch {
      return err(readError("encoding", file, "not valid UTF-8: re-save the file as UTF-8"));
    }
  }
  if (text.includes("\u0000")) return err(readError("binary", file, "binary content, not a text article"));
  text = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n").normalize("NFC");
  if (text.trim() === "") return err(readError("empty", file, "the file is empty"));
  return ok(text);
}

/** NUL bytes or many control characters in the first bytes mean an image, archive or other binary. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i] as number;
    if (b === 0) return true;
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12) control++;
  }
  return n > 0 && control / n > 0.1;
}

function hasUtf16Bom(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
}
